import type { BuildStep } from '../steps.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settings } from '../../site/settings.ts';
import { articleHtml, htmlText, missingText, type MissingText } from './fidelity.ts';
import { partKey } from '../../import/emit/content.ts';
import { importReport } from '../../import/read/read-report.ts';
import { toContentReport } from '../../import/emit/model.ts';

/** The built pages of one report: its home and each part's page, by the part's key. */
async function reportPages(dist: string, slug: string): Promise<{ home: string | undefined; parts: Map<string, { page: string; html: string }> }> {
  const parts = new Map<string, { page: string; html: string }>();
  const home = await readFile(join(dist, slug, 'index.html'), 'utf8').catch(() => undefined);
  for (const entry of await readdir(join(dist, slug), { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name === 'report') continue;
    const page = `${slug}/${entry.name}/`;
    const html = await readFile(join(dist, slug, entry.name, 'index.html'), 'utf8').catch(() => '');
    const key = /<article\b[^>]*data-part="([^"]+)"/.exec(html)?.[1];
    if (key) parts.set(key, { page, html });
  }
  return { home, parts };
}

/**
 * Everything of one report's text that its pages do not hold, as "<source>:<line>: …" lines:
 * the findings on the report's home, each part's paragraphs, code and cells on that part's page,
 * the closing lines on the last part's page.
 */
async function checkReport(dist: string, reportsDir: string, slug: string): Promise<string[]> {
  const sourceFile = join(reportsDir, slug, 'source.txt');
  const source = await readFile(sourceFile);
  const facts = JSON.parse(await readFile(join(reportsDir, slug, 'report.json'), 'utf8')) as { title: string };
  const model = toContentReport(importReport(source, sourceFile, { title: facts.title }));
  const { home, parts } = await reportPages(dist, slug);
  const problems: string[] = [];
  const report = (page: string, missing: MissingText[]) =>
    problems.push(...missing.map((m) => `${sourceFile}:${m.line}: “${m.text}” is not on the page ${page}`));
  const homeArticle = home && articleHtml(home, slug, undefined);
  if (!homeArticle) problems.push(`${sourceFile}: the report has no home page ${slug}/ with its findings`);
  else report(`${slug}/`, missingText(model.findings.map((text, index) => ({ kind: 'paragraph', text, line: model.findingLines[index] ?? 1 })), htmlText(homeArticle)));
  model.parts.forEach((part, index) => {
    const built = parts.get(partKey(part));
    const article = built && articleHtml(built.html, slug, partKey(part));
    if (!built || !article) {
      problems.push(`${sourceFile}:${part.line}: “${part.title}” has no page of its own`);
      return;
    }
    const closing = index === model.parts.length - 1 ? model.closingLines : [];
    // The closing lines sit after the article, at the end of the last part's page.
    report(built.page, missingText(part.blocks, htmlText(article)));
    report(built.page, missingText(closing, htmlText(built.html)));
  });
  return problems;
}

/** Fails the build when a page no longer holds every sentence, snippet and cell of its part of the report. */
export const checkFidelity: BuildStep = {
  name: 'fidelity',
  async run({ dir: dist, logger }) {
    const reportsDir = join(settings.contentDir, 'reports');
    const slugs = (await readdir(reportsDir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
    const problems = (await Promise.all(slugs.map((slug) => checkReport(dist, reportsDir, slug)))).flat();
    if (problems.length > 0) {
      throw new Error(`Words of a report are missing from its pages:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
    logger.info(`every sentence of ${slugs.length} report(s) is on its part's page`);
  },
};
