/** A JSDoc comment of one line of text, or nothing for no text. */
export function docComment(text: string | undefined): string {
  return text ? `/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}
