import { createServer, connect, type Socket } from 'node:net';

/** A loopback TCP proxy in front of the simulator. */
export interface TcpProxy {
  /** The proxy's own loopback port: point clients at `http://127.0.0.1:${port}`. */
  readonly port: number;
  /** Live client connections through the proxy. */
  readonly connections: number;
  /** Every client connection made to the proxy, refused ones included: whether any client tried to reach the server. */
  readonly accepted: number;
  /**
   * Destroys every live socket, both sides: a transport drop without a Close message, so SignalR's automatic
   * reconnect runs (unlike `/admin/abort`, whose Close forbids reconnecting). New connections are still accepted.
   */
  dropAll(): number;
  /** While refusing, new connections are destroyed at once (a server that is down); `dropAll` is separate. */
  refuse(refusing: boolean): void;
  /** Stops listening and destroys every socket. */
  close(): Promise<void>;
}

/** Starts a loopback TCP proxy to `127.0.0.1:targetPort` on `port` (0 = any free port). */
export function startTcpProxy(targetPort: number, port = 0): Promise<TcpProxy> {
  const pairs = new Set<readonly [Socket, Socket]>();
  let refusing = false;
  let accepted = 0;
  const server = createServer((client) => {
    accepted++;
    if (refusing) return void client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    const pair = [client, upstream] as const;
    pairs.add(pair);
    const teardown = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', teardown).on('close', teardown);
    upstream.on('error', teardown).on('close', teardown);
    client.pipe(upstream);
    upstream.pipe(client);
  });

  const dropAll = (): number => {
    const n = pairs.size;
    for (const [client, upstream] of [...pairs]) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
    return n;
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('proxy has no TCP address'));
      resolve({
        port: address.port,
        get connections() {
          return pairs.size;
        },
        get accepted() {
          return accepted;
        },
        dropAll,
        refuse: (value) => {
          refusing = value;
        },
        close: () =>
          new Promise<void>((done) => {
            dropAll();
            server.close(() => done());
          }),
      });
    });
  });
}
