/** A comma-separated list of symbols, trimmed, without blanks and repeats; empty when it names none. */
export function symbolList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
