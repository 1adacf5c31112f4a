import { simulatorConnection } from '../../cli/simulatorConnection';

describe('simulatorConnection', () => {
  it("is the simulator's MT4 hub with its demo client credentials", () => {
    expect(simulatorConnection('http://127.0.0.1:5080')).toEqual({
      hubUrl: 'http://127.0.0.1:5080/hubs/mt4/v1',
      credentials: {
        tokenUrl: 'http://127.0.0.1:5080/connect/token',
        clientId: 'rxhub-demo',
        clientSecret: 'rxhub-secret',
      },
    });
  });
});
