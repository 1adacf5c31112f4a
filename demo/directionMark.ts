import type { QuoteRow } from './Board';

/** ▲ up, ▼ down, = unchanged. */
export function directionMark(direction: QuoteRow['direction']): string {
  return direction === 'up' ? '▲' : direction === 'down' ? '▼' : '=';
}
