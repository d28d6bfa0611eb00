import type { BuildStep } from '../../lib/build-steps.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlText, tagPattern } from '../../lib/html-text.ts';
import { filesUnder } from '../../lib/files.ts';
import { dataAsOfLine, partKey, signOffLine } from '../../report/labels.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from '../../report/folders.ts';
import type { Block } from '../../report/model.ts';
import { sourceSchema } from '../../report/schemas/source.ts';
import { sourceLocation, writerFacingError } from '../../report/errors.ts';
import { articleHtml, missingText, type MissingText } from './fidelity.ts';

/** The built pages of one report: its home and each part's page, by the part's key. */
async function reportPages(dist: string, slug: string): Promise<{ home: string | undefined; parts: Map<string, { page: string; html: string }> }> {
  const parts = new Map<string, { page: string; html: string }>();
  const home = await readFile(join(dist, slug, 'index.html'), 'utf8').catch(() => undefined);
  for (const file of filesUnder(join(dist, slug), 'index.html')) {
    const folder = file.split('/')[0];
    if (file !== `${folder}/index.html` || folder === 'report') continue;
    const html = await readFile(join(dist, slug, file), 'utf8');
    const key = /\sdata-part="([^"]+)"/.exec(new RegExp(tagPattern('article')).exec(html)?.[1] ?? '')?.[1];
    if (key) parts.set(key, { page: `${slug}/${folder}/`, html });
  }
  return { home, parts };
}

/**
 * Everything of one report's text that its pages do not hold, as "<source>:<line>: …" lines: the
 * findings on the report's home, each part's paragraphs, code and cells on that part's page, the
 * closing lines on the last part's page. The text is the importer's record of it (source.json), so
 * the build never re-reads the report's text with the importer.
 */
async function checkReport(dist: string, contentDir: string, slug: string): Promise<string[]> {
  const dir = join(reportsDir(contentDir), slug);
  const sourceFile = join(dir, REPORT_FILES.text);
  const { report } = sourceSchema.parse(JSON.parse(await readFile(join(dir, REPORT_FILES.record), 'utf8')));
  const { home, parts } = await reportPages(dist, slug);
  const problems: string[] = [];
  const note = (page: string, missing: MissingText[]) => problems.push(...missing.map((m) => `${sourceLocation(sourceFile, m.line)}“${m.text}” is not on the page ${page}`));
  const homeArticle = home && articleHtml(home, slug, undefined);
  if (!homeArticle) problems.push(`${sourceFile}: the report has no home page ${slug}/ with its findings`);
  else note(`${slug}/`, missingText(report.findings.map(({ text, line }) => ({ kind: 'paragraph', text, line })), htmlText(homeArticle)));
  const closing: Block[] = [
    ...(report.dataAsOf ? [{ kind: 'paragraph' as const, text: dataAsOfLine(report.dataAsOf), line: report.dataAsOf.line }] : []),
    ...(report.author ? [{ kind: 'paragraph' as const, text: signOffLine(report.author), line: report.author.line }] : []),
  ];
  report.parts.forEach((part, index) => {
    const built = parts.get(partKey(part));
    const article = built && articleHtml(built.html, slug, partKey(part));
    if (!built || !article) {
      problems.push(`${sourceLocation(sourceFile, part.line)}“${part.title}” has no page of its own`);
      return;
    }
    note(built.page, missingText(part.blocks, htmlText(article)));
    // The closing lines sit after the article, at the end of the last part's page.
    if (index === report.parts.length - 1) note(built.page, missingText(closing, htmlText(built.html)));
  });
  return problems;
}

/** Fails the build when a page no longer holds every sentence, snippet and cell of its part of the report. */
export const checkFidelity: BuildStep = {
  name: 'fidelity',
  async run({ dir: dist, contentDir, logger }) {
    const slugs = reportSlugs(contentDir);
    const problems = (await Promise.all(slugs.map((slug) => checkReport(dist, contentDir, slug)))).flat();
    if (problems.length > 0) {
      throw writerFacingError(`Words of a report are missing from its pages:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
    logger.info(`every sentence of ${slugs.length} report(s) is on its part's page`);
  },
};
