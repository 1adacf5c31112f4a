import { HubConnectionState } from '@microsoft/signalr';
import type { Period } from 'rxhub/operators';
import { periodName } from '../cli/periodName';
import type { Board } from './Board';
import { clockTime } from './clockTime';
import type { DemoEvent } from './DemoEvent';
import { formatAlert } from './formatAlert';
import { formatCandle } from './formatCandle';
import { formatGap } from './formatGap';
import { formatQuote } from './formatQuote';

/**
 * The output for a pipe or a CI log: one timestamped line per event worth a line (connected, each completed
 * candle, each margin alert, disconnect, reconnect and resubscription, decode reports), and a quotes snapshot
 * when asked. Ticks and forming candles print nothing.
 */
export class PlainOutput {
  private state: HubConnectionState = HubConnectionState.Disconnected;
  private connectedOnce = false;
  /** Set while the demo shuts down, so that the hub's stopping is not reported as a lost connection. */
  stopping = false;

  constructor(
    private readonly write: (line: string) => void,
    private readonly board: Board,
    private readonly context: { readonly hubUrl: string; readonly platform: string; readonly timeframe: Period },
    /** Tags not to print, e.g. `margin` where the screen has a panel of its own for them. */
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {}

  /** Prints a line, timestamped, with a tag in a fixed column. */
  line(tag: string, text: string, at = new Date()): void {
    if (this.skip.has(tag)) return;
    this.write(`${clockTime(at)} ${tag.padEnd(12)} ${text}`);
  }

  /** The line an event is worth, if any. Call after the board has applied it. */
  event(event: DemoEvent, at = new Date()): void {
    switch (event.kind) {
      case 'info':
        return this.line('info', event.text, at);
      case 'state':
        return this.changeState(event.state, at);
      case 'platform':
        return this.line('platform', `${event.status.tradePlatform} ${event.status.connected ? 'up' : 'down'}`, at);
      case 'candle': {
        if (!event.candle.complete) return;
        const digits = this.board.quotes.get(event.candle.symbol)?.digits ?? 5;
        return this.line('candle', `${periodName(this.context.timeframe)} ${formatCandle(event.candle, digits)}`, at);
      }
      case 'margin':
        return this.line('margin', formatAlert(event.alert), at);
      case 'gap':
        return this.line('reconnected', formatGap(event.gap), at);
      case 'report':
        return this.line('report', event.error.message.split('\n')[0], at);
      case 'symbol-error':
        return this.line('refused', `${event.symbol}: ${event.message}`, at);
      case 'tick':
        return;
    }
  }

  /** `quotes EURUSD 1.08512/1.08527 ▲ spread 0.00015 | GBPUSD …`. */
  snapshot(at = new Date()): void {
    this.line('quotes', [...this.board.quotes.values()].map(formatQuote).join(' | '), at);
  }

  private changeState(state: HubConnectionState, at: Date): void {
    const previous = this.state;
    this.state = state;
    if (state === previous) return;
    if (state === HubConnectionState.Connected) {
      if (this.connectedOnce) return this.line('connected', 'again; resubscribing', at);
      this.connectedOnce = true;
      return this.line('connected', `${this.context.hubUrl}, platform ${this.context.platform}`, at);
    }
    if (this.stopping) return;
    if (previous === HubConnectionState.Connected)
      return this.line(
        'disconnected',
        `connection lost; ${state === HubConnectionState.Disconnected ? 'restarting' : 'reconnecting'}`,
        at,
      );
    if (state === HubConnectionState.Connecting && !this.connectedOnce)
      return this.line('connecting', this.context.hubUrl, at);
  }
}
