import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags every test browser starts with: headless, and no calls home on a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the one the
 * @sparticuz/chromium devDependency ships (so a fresh `npm install` is enough).
 */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** Starts a real Chromium driven by playwright-core, with `extraArgs` after the usual flags. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: [...chromiumArgs, ...extraArgs] });
}
