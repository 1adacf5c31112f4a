/**
 * A JSDoc comment of `text`, or nothing for no text: on one line when it fits in `width`, else wrapped at word
 * boundaries (prettier leaves comments as they are).
 */
export function docComment(text: string | undefined, width = Infinity): string {
  if (!text) return '';
  const safe = text.replace(/\*\//g, '*\\/');
  if (safe.length + 7 <= width) return `/** ${safe} */\n`;
  const lines: string[] = [];
  for (const word of safe.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length + 4 <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return `/**\n${lines.map((line) => ` * ${line}\n`).join('')} */\n`;
}
