/**
 * A full-screen view on a terminal: the alternate screen with the cursor hidden while it is open, each frame
 * drawn over the previous one from the top left (no scrolling, no flicker), and the terminal restored on close.
 */
export class TerminalScreen {
  private open = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  get width(): number {
    return this.out.columns || 100;
  }

  get height(): number {
    return this.out.rows || 40;
  }

  /** Switches to the alternate screen and hides the cursor. */
  start(): void {
    if (this.open) return;
    this.open = true;
    this.out.write('\x1b[?1049h\x1b[?25l\x1b[2J');
  }

  /** Draws a frame: each line over the old one, clearing the rest of the line and the screen below. */
  draw(lines: readonly string[]): void {
    if (!this.open) return;
    const visible = lines.slice(0, this.height - 1);
    this.out.write(`\x1b[H${visible.map((line) => `${line}\x1b[K`).join('\n')}\n\x1b[J`);
  }

  /** Restores the normal screen and the cursor. Safe to call more than once. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.out.write('\x1b[?25h\x1b[?1049l');
  }
}
