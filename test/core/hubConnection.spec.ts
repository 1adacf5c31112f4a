import { hubConnection } from '../../src';

describe('hubConnection', () => {
  it("passes SignalR's server timeout and keep-alive interval to the connection it builds", () => {
    const connection = hubConnection('http://127.0.0.1:5080/hubs/chat/v1', {
      serverTimeoutInMilliseconds: 4000,
      keepAliveIntervalInMilliseconds: 1500,
    })();
    expect(connection.serverTimeoutInMilliseconds).toBe(4000);
    expect(connection.keepAliveIntervalInMilliseconds).toBe(1500);
  });

  it("keeps SignalR's own defaults (30 s and 15 s) without them", () => {
    const connection = hubConnection('http://127.0.0.1:5080/hubs/chat/v1')();
    expect(connection.serverTimeoutInMilliseconds).toBe(30_000);
    expect(connection.keepAliveIntervalInMilliseconds).toBe(15_000);
  });
});
