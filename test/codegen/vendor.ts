import { readFileSync } from 'node:fs';

/** The vendor's interface file as rxhub generates from it. */
export const VENDOR_FILE = 'codegen/vendor/CPlugin.WebAPI.Realtime.ts';

/** The vendor's interface, as committed. */
export const vendorText = readFileSync(VENDOR_FILE, 'utf8');

/** The vendor's interface with `from` replaced by `to`: a changed copy. Fails if `from` is not in it exactly once. */
export function changed(from: string, to: string, text = vendorText): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly once in the vendor file: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
