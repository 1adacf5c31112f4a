import { HubConnectionState } from '@microsoft/signalr';
import type { Period } from 'rxhub/operators';
import { periodName } from '../cli/periodName';
import type { Board } from './Board';
import { candleChart } from './candleChart';
import { clockTime } from './clockTime';
import { directionMark } from './directionMark';
import { formatAlert } from './formatAlert';
import { formatGap } from './formatGap';
import { formatPrice } from './formatPrice';
import { paint } from './paint';

/** What the screen shows besides the board. */
export interface ScreenContext {
  readonly hubUrl: string;
  readonly platform: string;
  readonly timeframe: Period;
  readonly chart: string;
  /** A note under the title, e.g. where the chart's ticks come from. */
  readonly note?: string;
  /** When the demo stops by itself, if it does. */
  readonly endsAt?: Date;
  readonly width: number;
  readonly color: boolean;
}

/** The whole terminal dashboard as lines of text, drawn from the board. */
export function renderScreen(board: Board, context: ScreenContext, now = new Date()): string[] {
  const { color, width } = context;
  const bold = (text: string): string => paint('bold', text, color);
  const dim = (text: string): string => paint('dim', text, color);
  const lines: string[] = [];
  const seconds = (from: Date): string => `${Math.max(0, Math.round((now.getTime() - from.getTime()) / 1000))} s`;

  const stateColor = board.state === HubConnectionState.Connected ? 'green' : 'yellow';
  const platform =
    board.platformUp === undefined ? '' : ` · platform ${context.platform} ${board.platformUp ? 'up' : 'down'}`;
  lines.push(`${bold('rxhub demo')}  ${context.hubUrl}${platform}`);
  lines.push(
    `${paint(stateColor, board.state, color)} for ${seconds(board.stateSince)}` +
      ` · ${board.gaps.length} gap${board.gaps.length === 1 ? '' : 's'} · ${board.reportCount} decode reports`,
  );
  if (board.gaps[0]) lines.push(dim(`last gap: ${formatGap(board.gaps[0])}`));
  if (board.reports[0]) lines.push(paint('yellow', `last report: ${board.reports[0]}`, color));
  if (context.note) lines.push(dim(context.note));
  lines.push('');

  const period = periodName(context.timeframe);
  const rows = [...board.quotes.values()];
  const priceWidth = Math.max(7, ...rows.map((row) => formatPrice(row.bid, row.digits).length)) + 1;
  const column = (text: string): string => text.padStart(priceWidth);
  lines.push(
    bold(
      `${'QUOTES'.padEnd(8)}${column('bid')}${column('ask')}${column('spread')}  ${'ticks'.padStart(6)}  ` +
        `${`${period} candle`.padEnd(11)}${column('open')}${column('high')}${column('low')}${column('close')}${'n'.padStart(5)}`,
    ),
  );
  for (const row of rows) {
    if (row.error) {
      lines.push(`${row.symbol.padEnd(8)} ${paint('red', row.error, color)}`);
      continue;
    }
    const price = (value: number | undefined): string => column(formatPrice(value, row.digits));
    const mark = directionMark(row.direction);
    const arrow =
      row.direction === 'up'
        ? paint('green', mark, color)
        : row.direction === 'down'
          ? paint('red', mark, color)
          : mark;
    const spread = row.bid === undefined || row.ask === undefined ? undefined : row.ask - row.bid;
    const candles = board.candles.get(row.symbol);
    const candle = candles?.forming ?? candles?.completed[candles.completed.length - 1];
    const candlePart = candle
      ? candle.lastTime.toISOString().slice(5, 16).replace('T', ' ') +
        [candle.open.bid, candle.maximum.bid, candle.minimum.bid, candle.close.bid].map(price).join('') +
        String(candle.volume).padStart(5)
      : dim('waiting for ticks');
    lines.push(
      `${row.symbol.padEnd(8)}${price(row.bid)}${price(row.ask)}${price(spread)} ${arrow}${String(row.ticks).padStart(6)}  ` +
        candlePart,
    );
  }
  lines.push('');

  const chartRow = board.candles.get(context.chart);
  const digits = board.quotes.get(context.chart)?.digits ?? 2;
  const completed = chartRow?.completed.length ?? 0;
  lines.push(
    bold(`${context.chart} ${period} closing bid`) +
      dim(`  ${completed} completed candle${completed === 1 ? '' : 's'} + the forming one`),
  );
  const chart = chartRow && candleChart(chartRow, digits, Math.min(width, 100) - 2, 8);
  lines.push(...(chart ? chart.split('\n') : [dim('  waiting for two candles…'), ...Array<string>(8).fill('')]));
  lines.push('');

  lines.push(bold('MARGIN CALLS') + dim(`  ${board.alertCount} alert${board.alertCount === 1 ? '' : 's'}`));
  if (board.alerts.length === 0) lines.push(dim('  none yet'));
  for (const { at, alert } of board.alerts) lines.push(`  ${dim(clockTime(at))} ${formatAlert(alert)}`);
  lines.push('');

  lines.push(bold('EVENTS'));
  for (const line of board.log) lines.push(`  ${line}`);
  lines.push('');
  const ends = context.endsAt
    ? ` · stops in ${Math.max(0, Math.ceil((context.endsAt.getTime() - now.getTime()) / 1000))} s`
    : '';
  lines.push(dim(`Ctrl-C to quit${ends}`));
  return lines.map((line) => (visibleLength(line) > width ? clip(line, width) : line));
}

function visibleLength(line: string): number {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;]*m/g, '').length;
}

/** Cuts a line to `width` visible columns, keeping its colour codes and resetting at the end. */
function clip(line: string, width: number): string {
  let out = '';
  let visible = 0;
  // eslint-disable-next-line no-control-regex
  for (const part of line.split(/(\x1b\[[0-9;]*m)/)) {
    if (part.startsWith('\x1b[')) out += part;
    else {
      const room = width - visible;
      out += part.slice(0, Math.max(0, room));
      visible += Math.min(part.length, Math.max(0, room));
    }
  }
  return `${out}\x1b[0m`;
}
