import type { HubConnectionState, IStreamResult } from '@microsoft/signalr';

/**
 * The part of `@microsoft/signalr`'s `HubConnection` that RxHub uses. The real connection satisfies it, and so
 * does `TestHubConnection` from `rxhub/testing`.
 */
export interface HubConnectionLike {
  readonly state: HubConnectionState;
  readonly connectionId: string | null;
  start(): PromiseLike<void>;
  stop(): PromiseLike<void>;
  on(methodName: string, newMethod: (...args: any[]) => any): void;
  off(methodName: string, method: (...args: any[]) => void): void;
  invoke<T = any>(methodName: string, ...args: any[]): PromiseLike<T>;
  send(methodName: string, ...args: any[]): PromiseLike<void>;
  stream<T = any>(methodName: string, ...args: any[]): IStreamResult<T>;
  onclose(callback: (error?: Error) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
}
