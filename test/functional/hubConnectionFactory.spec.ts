// hubConnectionFactory's real HubConnection against a loopback server that negotiates Server-Sent Events and then drops
// every event stream: what a server going away between negotiate and connect looks like.
import { HttpTransportType, LogLevel } from '@microsoft/signalr';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hubConnectionFactory } from '../../src';

describe('hubConnectionFactory', () => {
  let server: Server;
  let streams = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.method === 'POST' && request.url?.startsWith('/hub/negotiate')) {
        response.setHeader('Content-Type', 'application/json');
        response.end(
          JSON.stringify({
            negotiateVersion: 1,
            connectionId: 'c1',
            connectionToken: 't1',
            availableTransports: [{ transport: 'ServerSentEvents', transferFormats: ['Text'] }],
          }),
        );
        return;
      }
      streams++;
      request.socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('leaves no EventSource retrying behind when a Server-Sent Events start fails', async () => {
    const { port } = server.address() as AddressInfo;
    const connection = hubConnectionFactory(`http://127.0.0.1:${port}/hub`, {
      transport: HttpTransportType.ServerSentEvents,
      reconnect: false,
      logLevel: LogLevel.None,
    })();
    await expect(connection.start()).rejects.toThrow(/EventSource failed to connect/);
    expect(streams).toBe(1);
    // An orphaned EventSource would connect again every second, for good.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(streams).toBe(1);
  });
});
