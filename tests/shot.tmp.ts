import { launchBrowser } from '/work/wt/library/tests/support/browser.ts';
const browser = await launchBrowser();
const [,, url, out, width = '1280', scheme = 'light'] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(url!);
await page.screenshot({ path: out!, fullPage: true });
await browser.close();
