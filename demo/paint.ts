const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;

/** Wraps text in an ANSI colour or style, unless colours are off. */
export function paint(style: keyof typeof CODES, text: string, enabled: boolean): string {
  return enabled ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;
}
