import { HubConnectionState } from '@microsoft/signalr';
import type { Gap } from 'rxhub';
import type { Candle, MarginAlert } from 'rxhub/operators';
import type { DemoEvent } from './DemoEvent';

/** The latest quote of one symbol. */
export interface QuoteRow {
  readonly symbol: string;
  bid: number | undefined;
  ask: number | undefined;
  /** How the bid moved on the latest tick that changed it. */
  direction: 'up' | 'down' | 'flat';
  /** Decimal places seen in this symbol's prices. */
  digits: number;
  ticks: number;
  time: Date | undefined;
  error: string | undefined;
}

/** One symbol's candles: the completed ones (the latest few) and the one forming. */
export interface CandleRow {
  readonly completed: Candle[];
  forming: Candle | undefined;
}

const KEEP_CANDLES = 60;
const KEEP_ALERTS = 6;
const KEEP_LOG = 8;

/**
 * What the dashboard knows, folded from the events as they come: the state of the board, not a history. The
 * terminal screen is drawn from it, and the plain output's quotes snapshots too.
 */
export class Board {
  readonly quotes = new Map<string, QuoteRow>();
  readonly candles = new Map<string, CandleRow>();
  readonly alerts: { readonly at: Date; readonly alert: MarginAlert }[] = [];
  readonly gaps: Gap[] = [];
  readonly reports: string[] = [];
  /** The latest lines of the event log, newest first. */
  readonly log: string[] = [];
  state: HubConnectionState = HubConnectionState.Disconnected;
  stateSince = new Date();
  platformUp: boolean | undefined;
  completedCandles = 0;
  reportCount = 0;
  alertCount = 0;

  constructor(readonly symbols: readonly string[]) {
    for (const symbol of symbols) {
      this.quotes.set(symbol, {
        symbol,
        bid: undefined,
        ask: undefined,
        direction: 'flat',
        digits: 0,
        ticks: 0,
        time: undefined,
        error: undefined,
      });
      this.candles.set(symbol, { completed: [], forming: undefined });
    }
  }

  /** Folds one event in. */
  apply(event: DemoEvent, now = new Date()): void {
    switch (event.kind) {
      case 'info':
        break;
      case 'state':
        if (event.state !== this.state) {
          this.state = event.state;
          this.stateSince = now;
        }
        break;
      case 'platform':
        this.platformUp = event.status.connected;
        break;
      case 'tick': {
        const { tick } = event;
        const row = tick.symbol ? this.quotes.get(tick.symbol) : undefined;
        if (!row) break;
        if (row.bid !== undefined && tick.bid !== row.bid) row.direction = tick.bid > row.bid ? 'up' : 'down';
        row.bid = tick.bid;
        row.ask = tick.ask;
        row.digits = Math.max(row.digits, decimals(tick.bid), decimals(tick.ask));
        row.ticks++;
        row.time = tick.lastTime ?? undefined;
        row.error = undefined;
        break;
      }
      case 'candle': {
        const { candle } = event;
        const row = this.candles.get(candle.symbol);
        if (!row) break;
        if (!candle.complete) {
          row.forming = candle;
          break;
        }
        row.completed.push(candle);
        row.completed.splice(0, Math.max(0, row.completed.length - KEEP_CANDLES));
        if (row.forming?.lastTime.getTime() === candle.lastTime.getTime()) row.forming = undefined;
        this.completedCandles++;
        break;
      }
      case 'margin':
        this.alertCount++;
        this.alerts.unshift({ at: now, alert: event.alert });
        this.alerts.splice(KEEP_ALERTS);
        break;
      case 'gap':
        this.gaps.unshift(event.gap);
        break;
      case 'report':
        this.reportCount++;
        this.reports.unshift(event.error.message);
        this.reports.splice(3);
        break;
      case 'symbol-error': {
        const row = this.quotes.get(event.symbol);
        if (row) row.error = event.message;
        break;
      }
    }
  }

  /** Adds a line to the event log. */
  note(line: string): void {
    this.log.unshift(line);
    this.log.splice(KEEP_LOG);
  }
}

/** The decimal places a price is quoted with: the fewest (up to 8) that give it back, float noise aside. */
function decimals(value: number): number {
  for (let digits = 0; digits < 8; digits++)
    if (Math.abs(value - Number(value.toFixed(digits))) <= 1e-9 * Math.max(1, Math.abs(value))) return digits;
  return 8;
}
