import type { NgZone } from '@angular/core';
import type { HubConnectionLike } from '../../src/core/HubConnectionLike';
import type { RenderGate } from './RenderGate';

/**
 * `connection`, started only once the app has rendered (`gate`), and driven outside the Angular zone: its socket,
 * its timers and the promises of its calls are never zone tasks, so ticks neither keep a zone.js app unstable nor
 * run change detection by themselves (the signals they set schedule it).
 */
export function angularConnection(connection: HubConnectionLike, zone: NgZone, gate: RenderGate): HubConnectionLike {
  const outside = <T>(run: () => T): T => zone.runOutsideAngular(run);
  // A start still waiting for the first render when the hub stops is dropped: nothing would stop it afterwards.
  let stops = 0;
  return {
    get state() {
      return connection.state;
    },
    get connectionId() {
      return connection.connectionId;
    },
    start: () => {
      const asked = stops;
      return gate.after(() =>
        asked === stops
          ? outside(() => connection.start())
          : Promise.reject(new Error('the hub stopped before the first render')),
      );
    },
    stop: () => {
      stops++;
      return outside(() => connection.stop());
    },
    on: (method, handler) => connection.on(method, handler),
    off: (method, handler) => connection.off(method, handler),
    invoke: (method, ...args) => outside(() => connection.invoke(method, ...args)),
    send: (method, ...args) => outside(() => connection.send(method, ...args)),
    stream: (method, ...args) => outside(() => connection.stream(method, ...args)),
    onclose: (callback) => connection.onclose(callback),
    onreconnecting: (callback) => connection.onreconnecting(callback),
    onreconnected: (callback) => connection.onreconnected(callback),
  };
}
