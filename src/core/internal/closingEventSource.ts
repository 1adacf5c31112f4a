/** An EventSource class, as SignalR's HttpConnection takes one in its `EventSource` option (no longer in its types). */
export type EventSourceClass = new (url: string, init?: EventSourceInit) => EventSource;

/**
 * `Base`, with each source closed when it fails before it ever opened. SignalR's Server-Sent Events transport gives
 * up on such a source without closing it, and an EventSource reconnects by itself after a network error: the
 * orphan would retry every few seconds for as long as the page or the process lives (and keep Node from exiting).
 */
export function closingEventSource(Base: EventSourceClass): EventSourceClass {
  class ClosingEventSource {
    private readonly source: EventSource;
    private opened = false;

    constructor(url: string, init?: EventSourceInit) {
      this.source = new Base(url, init);
    }

    set onmessage(handler: EventSource['onmessage']) {
      this.source.onmessage = handler;
    }

    set onopen(handler: EventSource['onopen']) {
      this.source.onopen = (event) => {
        this.opened = true;
        handler?.call(this.source, event);
      };
    }

    set onerror(handler: EventSource['onerror']) {
      this.source.onerror = (event) => {
        if (!this.opened) this.source.close();
        handler?.call(this.source, event);
      };
    }

    close(): void {
      this.source.close();
    }
  }
  // SignalR uses no more of an EventSource than these three handlers and close().
  return ClosingEventSource as unknown as EventSourceClass;
}
