import {
  HttpClient,
  HttpResponse,
  HubConnectionBuilder,
  LogLevel,
  MessageType,
  NullLogger,
  type HttpRequest,
  type HubConnection,
  type IHubProtocol,
  type ITransport,
} from '@microsoft/signalr';

/** The SignalR JSON protocol's record separator. */
export const RS = '\x1e';

/** A server-to-client invocation frame, exactly as the JSON hub protocol puts it on the wire. */
export function invocationFrame(target: string, ...args: unknown[]): string {
  return JSON.stringify({ type: 1, target, arguments: args }) + RS;
}

/** Answers the client's one HTTP request, negotiate, so that the connection goes on to the in-memory transport. */
class NegotiateOnly extends HttpClient {
  override send(request: HttpRequest): Promise<HttpResponse> {
    if (!request.url?.includes('/negotiate')) return Promise.resolve(new HttpResponse(404, 'Not Found', ''));
    const body = { connectionId: 'bench', connectionToken: 'bench', negotiateVersion: 1, availableTransports: [] };
    return Promise.resolve(new HttpResponse(200, 'OK', JSON.stringify(body)));
  }
}

/** What the in-memory server answers to an invocation: its result. */
export type Responder = (method: string, args: readonly unknown[]) => unknown;

/**
 * An in-memory ITransport for the real `@microsoft/signalr` HubConnection: it completes the hub handshake,
 * answers invocations (result `true` for `Connect`, `null` otherwise) and counts them, and lets the caller push
 * pre-built frames straight into the client's `onreceive`, one transport message per `push`. It speaks JSON, or
 * after the (always JSON) handshake the binary `protocol` it is given, as a server's MessagePack protocol would.
 */
export class MemoryTransport implements ITransport {
  onreceive: ((data: string | ArrayBuffer) => void) | null = null;
  onclose: ((error?: Error) => void) | null = null;
  /** Invocations the client made, by method name. */
  readonly invocations = new Map<string, number>();
  private handshaken = false;
  private open = false;

  constructor(
    private readonly respond: Responder = (method) => (method === 'Connect' ? true : null),
    private readonly protocol?: IHubProtocol,
  ) {}

  connect(): Promise<void> {
    this.handshaken = false;
    this.open = true;
    return Promise.resolve();
  }

  send(data: unknown): Promise<void> {
    if (!this.open) return Promise.reject(new Error('The in-memory transport is closed.'));
    if (data instanceof ArrayBuffer && this.protocol) {
      for (const message of this.protocol.parseMessages(data, NullLogger.instance)) {
        if (message.type === MessageType.Invocation)
          this.invoked(message.target, message.arguments, message.invocationId);
      }
      return Promise.resolve();
    }
    for (const record of String(data).split(RS)) {
      if (record) this.receiveRecord(record);
    }
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.close();
    return Promise.resolve();
  }

  /** Delivers one transport message (one or more frames) to the client, synchronously. */
  push(message: string | ArrayBuffer): void {
    this.onreceive!(message);
  }

  /** Ends the connection as a lost socket would, with `error`. */
  drop(error = new Error('The in-memory connection was dropped.')): void {
    this.close(error);
  }

  /** How many invocations of `method` the client made. */
  count(method: string): number {
    return this.invocations.get(method) ?? 0;
  }

  private close(error?: Error): void {
    if (!this.open) return;
    this.open = false;
    const onclose = this.onclose;
    queueMicrotask(() => onclose?.(error));
  }

  private receiveRecord(record: string): void {
    const message = JSON.parse(record) as {
      type?: number;
      target?: string;
      arguments?: unknown[];
      invocationId?: string;
    };
    if (!this.handshaken) {
      this.handshaken = true;
      this.reply(`{}${RS}`);
      return;
    }
    if (message.type !== 1 || message.target === undefined) return;
    this.invoked(message.target, message.arguments ?? [], message.invocationId);
  }

  private invoked(target: string, args: unknown[], invocationId: string | undefined): void {
    this.invocations.set(target, this.count(target) + 1);
    if (invocationId === undefined) return;
    const result = this.respond(target, args);
    if (this.protocol) {
      const completion = { type: MessageType.Completion, invocationId, result, headers: {} } as const;
      this.reply(this.protocol.writeMessage(completion));
    } else this.reply(JSON.stringify({ type: 3, invocationId, result }) + RS);
  }

  /** Answers asynchronously, as a server would: never inside the client's own `send`. */
  private reply(message: string | ArrayBuffer): void {
    setImmediate(() => {
      if (this.open) this.onreceive?.(message);
    });
  }
}

/** A real HubConnection over a MemoryTransport (no logging, no reconnect), speaking JSON or `protocol`. */
export function memoryConnection(transport: MemoryTransport, protocol?: IHubProtocol): HubConnection {
  const builder = new HubConnectionBuilder()
    .withUrl('http://in-memory.invalid/hubs/mt4/v1', { transport, httpClient: new NegotiateOnly() })
    .configureLogging(LogLevel.None);
  if (protocol) builder.withHubProtocol(protocol);
  return builder.build();
}

/** Resolves once the event loop has run pending I/O callbacks: every microtask and reply before it has run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Settles until `done()` holds, or fails after `timeoutMs`. */
export async function until(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await settle();
  }
}

/** The number of handlers the connection holds, over all event names (a private field of the real client). */
export function handlerCount(connection: HubConnection): number {
  const methods = (connection as unknown as { _methods: Record<string, unknown[]> })._methods;
  return Object.values(methods).reduce((sum, list) => sum + list.length, 0);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs a full GC (needs `--expose-gc`) and returns the used heap in bytes. */
export async function heapUsed(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc for heap figures.');
  for (let i = 0; i < 3; i++) {
    await settle();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** A status line on stderr: benchmarks print their progress there, and only the summary on stdout. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
