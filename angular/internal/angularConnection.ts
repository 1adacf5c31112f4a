import type { NgZone } from '@angular/core';
import { HubConnectionState } from '@microsoft/signalr';
import type { HubConnectionLike } from '../../src/core/HubConnectionLike';
import type { RenderGate } from './RenderGate';

/** The connection RxHub holds in an Angular app; `replace` moves it to a new underlying connection. */
export interface AngularConnection extends HubConnectionLike {
  /**
   * The settings behind the connection changed (a URL or credentials signal): the current connection closes, and
   * RxHub's restart opens one from `make`, with every handler, topic and set-up again (a gap).
   */
  replace(): void;
}

type Handler = (...args: any[]) => any;

/**
 * One connection for RxHub over the ones `make` builds: started only once the app has rendered (`gate`), and
 * driven outside the Angular zone, so its socket, its timers and the promises of its calls are never zone tasks:
 * ticks neither keep a zone.js app unstable nor run change detection by themselves (the signals they set
 * schedule it). Handlers and callbacks are kept here and given to each connection `make` builds.
 */
export function angularConnection(make: () => HubConnectionLike, zone: NgZone, gate: RenderGate): AngularConnection {
  const outside = <T>(run: () => T): T => zone.runOutsideAngular(run);
  const handlers = new Map<string, Set<Handler>>();
  const closed: ((error?: Error) => void)[] = [];
  const reconnecting: ((error?: Error) => void)[] = [];
  const reconnected: ((connectionId?: string) => void)[] = [];
  let current: HubConnectionLike | undefined;
  let stale = false;
  // A start still waiting for the first render when the hub stops is dropped: nothing would stop it afterwards.
  let stops = 0;

  const open = (): HubConnectionLike => {
    const connection = make();
    for (const [method, set] of handlers) for (const handler of set) connection.on(method, handler);
    // Only the current connection speaks for RxHub: a replaced one closing late is no outage of the new one.
    connection.onclose((error) => connection === current && closed.forEach((callback) => callback(error)));
    connection.onreconnecting((error) => connection === current && reconnecting.forEach((callback) => callback(error)));
    connection.onreconnected((id) => connection === current && reconnected.forEach((callback) => callback(id)));
    return connection;
  };
  const connection = (): HubConnectionLike => (current ??= open());

  return {
    get state() {
      return current?.state ?? HubConnectionState.Disconnected;
    },
    get connectionId() {
      return current?.connectionId ?? null;
    },
    start: () => {
      if (stale && current?.state === HubConnectionState.Disconnected) {
        for (const [method, set] of handlers) for (const handler of set) current.off(method, handler);
        current = undefined;
      }
      stale = false;
      const asked = stops;
      return gate.after(() =>
        asked === stops
          ? outside(() => connection().start())
          : Promise.reject(new Error('the hub stopped before the first render')),
      );
    },
    stop: () => {
      stops++;
      return outside(() => connection().stop());
    },
    on: (method, handler) => {
      const set = handlers.get(method) ?? new Set();
      handlers.set(method, set.add(handler));
      current?.on(method, handler);
    },
    off: (method, handler) => {
      handlers.get(method)?.delete(handler);
      current?.off(method, handler);
    },
    invoke: (method, ...args) => outside(() => connection().invoke(method, ...args)),
    send: (method, ...args) => outside(() => connection().send(method, ...args)),
    stream: (method, ...args) => outside(() => connection().stream(method, ...args)),
    onclose: (callback) => void closed.push(callback),
    onreconnecting: (callback) => void reconnecting.push(callback),
    onreconnected: (callback) => void reconnected.push(callback),
    replace: () => {
      stale = true;
      if (current && current.state !== HubConnectionState.Disconnected) void outside(() => current!.stop());
    },
  };
}
