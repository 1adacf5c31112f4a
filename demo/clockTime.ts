/** `HH:MM:SS.mmm` in UTC: the timestamp of the plain output's lines. */
export function clockTime(date: Date): string {
  return date.toISOString().slice(11, 23);
}
