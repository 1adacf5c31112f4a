import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback stand-in for the WebAPI's HTTP side: what was asked of it, and where. */
export interface LoopbackWebApi {
  readonly url: string;
  /** Every request, as `POST /hubs/mt4/v1/negotiate Bearer token-1`, with `-` for no Authorization. */
  readonly requests: string[];
  /** Every request's headers, in order. */
  readonly headers: Record<string, string | string[] | undefined>[];
  readonly server: Server;
}

/**
 * A server on 127.0.0.1 whose `/connect/token` hands out `token-1`, `token-2`, … and which answers every other
 * request (a hub's negotiation) with `status`.
 */
export async function loopbackWebApi(status: number): Promise<LoopbackWebApi> {
  const requests: string[] = [];
  const headers: LoopbackWebApi['headers'] = [];
  let issued = 0;
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]} ${request.headers.authorization ?? '-'}`);
    headers.push(request.headers);
    if (request.url === '/connect/token') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: `token-${++issued}`, expires_in: 300 }));
    } else {
      response.writeHead(status);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, headers, server };
}
