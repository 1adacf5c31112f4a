import { hubConnectionFactory } from '../../src';

describe('hubConnectionFactory', () => {
  it("passes SignalR's server timeout and keep-alive interval to the connection it builds", () => {
    const connection = hubConnectionFactory('http://127.0.0.1:5080/hubs/chat/v1', {
      serverTimeoutInMilliseconds: 4000,
      keepAliveIntervalInMilliseconds: 1500,
    })();
    expect(connection.serverTimeoutInMilliseconds).toBe(4000);
    expect(connection.keepAliveIntervalInMilliseconds).toBe(1500);
  });

  it("keeps SignalR's own defaults (30 s and 15 s) without them", () => {
    const connection = hubConnectionFactory('http://127.0.0.1:5080/hubs/chat/v1')();
    expect(connection.serverTimeoutInMilliseconds).toBe(30_000);
    expect(connection.keepAliveIntervalInMilliseconds).toBe(15_000);
  });
});
