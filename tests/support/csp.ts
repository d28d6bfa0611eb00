import type { BrowserContext } from 'playwright-core';

/**
 * Reports every Content-Security-Policy violation in the context's pages from now on: the DOM's
 * securitypolicyviolation event, and Chromium's console report (from workers too, where the event
 * does not reach the page). Call it before the context opens its first page.
 */
export async function recordCspViolations(context: BrowserContext, report: (text: string) => void): Promise<void> {
  await context.exposeFunction('reportCspViolation', report);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const fromConsole = (text: string): void => {
    if (/content security policy/i.test(text)) report(text);
  };
  context.on('page', (page) => {
    page.on('console', (message) => fromConsole(message.text()));
    page.on('worker', (worker) => worker.on('console', (message) => fromConsole(message.text())));
    page.on('pageerror', (error) => fromConsole(error.message));
  });
}
