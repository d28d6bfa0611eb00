import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe-core violation, reduced to what a failing test should print. */
export interface Violation {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** The rules whose verdict depends on the colours alone: a view that differs from one already checked only by its colour scheme needs only these. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) in the page, optionally within one element, or
 * only the given rules.
 */
export async function axeViolations(page: Page, include?: string, rules?: readonly string[]): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the site's CSP forbids those.
  // Once per document: a page checked in several views parses axe-core's 500 kB only once.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async ({ selector, rules }) => {
    const context = selector ? { include: [selector] } : document;
    const result = await (window as unknown as { axe: typeof axe }).axe.run(context as axe.ElementContext, {
      runOnly: rules ? { type: 'rule', values: [...rules] } : ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      // Only violations are reported; skipping the other result types makes each run faster.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }));
  }, { selector: include, rules });
}
