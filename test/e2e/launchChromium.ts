import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from './ensureChromium';

/** Flags that keep Chromium quiet on a machine without a network; Playwright adds a fresh --user-data-dir itself. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Debian Chromium with those flags, for the e2e specs and the Angular board benchmark. */
export function launchChromium(executablePath = ensureChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}
