import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, readerText } from '../../tools/dist.ts';
import { missingText } from '../../src/checks/fidelity/fidelity.ts';
import { htmlText } from '../../src/lib/html-text.ts';
import type { Block } from '../../src/report/model.ts';
import { indexedText } from '../../src/search/build/indexed-text.ts';
import { libraryContent, rootDist, rustReport } from '../support/paths.ts';
import { testLibrary } from '../support/library.ts';

const library = testLibrary();
const articleText = (path: string) => htmlText(readPage(rootDist, path).querySelector('article[data-report]')?.innerHTML ?? '');

describe('every word of every report on the site', () => {
  it('splits the Rust report into Sections 1–5 and the Verdict', () => {
    expect(library.find((r) => r.slug === rustReport)!.parts.map((p) => p.heading)).toEqual([
      'Section 1 — Rust\'s Trajectory: Beyond the Hype Cycle',
      'Section 2 — Replacing Python in ML Infrastructure',
      'Section 3 — Rust vs C++ vs Go vs Python',
      'Section 4 — Where C++ Replacement Is Actually Happening',
      'Section 5 — The Learning Curve in 2026',
      'Verdict',
    ]);
  });

  for (const report of library) {
    it(`${report.slug}: every finding, character for character, is on the report's home`, () => {
      const findings: Block[] = report.model.findings.map((f) => ({ kind: 'paragraph', text: f.text, line: f.line }));
      expect(missingText(findings, articleText(`${report.slug}/`))).toEqual([]);
    });

    for (const part of report.parts) {
      it(`${report.slug}: every sentence, line of code and cell of "${part.heading}" is on its own page, character for character`, () => {
        expect(missingText(part.source.blocks, articleText(part.path))).toEqual([]);
      });
    }

    it(`${report.slug}: search indexes every finding and every sentence, line of code and cell, on the whole-report page`, () => {
      // The text Pagefind reads there: its data-pagefind-body, less what it skips (ignored chrome, buttons, footers).
      const text = indexedText(readFileSync(join(rootDist, report.slug, 'report', 'index.html'), 'utf8'));
      const findings: Block[] = report.model.findings.map((f) => ({ kind: 'paragraph', text: f.text, line: f.line }));
      const blocks = [...findings, ...report.parts.flatMap((part) => part.source.blocks)];
      expect(text.length).toBeGreaterThan(0);
      expect(missingText(blocks, text)).toEqual([]);
    });
  }

  it('keeps the report’s straight quotes straight (no typographic curling of the author’s characters)', () => {
    expect(articleText(`${rustReport}/trajectory/`)).toContain('Rust has spent five years being "the language everyone loves but nobody uses in production."');
    expect(articleText(`${rustReport}/verdict/`)).toContain('"wait and see"');
  });

  it('puts no words of ours in the reports’ paragraphs and list items', () => {
    const source = library.map((r) => readerText(readFileSync(join(libraryContent, 'reports', r.slug, 'source.txt'), 'utf8'))).join(' ');
    const foreign = htmlFiles(rootDist)
      .filter((file) => library.some((r) => file.startsWith(`${r.slug}/`)))
      .flatMap((file) => [...readPage(rootDist, file).querySelectorAll('article p, article li')])
      .filter((el) => !el.closest('nav, figure, table, pre, .editor-note, .byline, .pdf-link, .sign-off'))
      .map((el) => readerText(el.textContent ?? ''))
      .filter((text) => text !== '' && !source.includes(text));
    expect(foreign).toEqual([]);
  });

  it('keeps the spaces around inline elements when HTML is compressed', () => {
    expect(articleText(`${rustReport}/cpp-replacement/`)).toContain("Cloudflare's Pingora (their Nginx replacement written in Rust) handles");
  });

  it('shows the report’s tildes as written rather than as strikethrough', () => {
    const article = readPage(rootDist, `${rustReport}/learning-curve/`).querySelector('article');
    expect(article?.querySelector('del, s')).toBeNull();
    expect(article?.textContent).toContain('from ~6 months to ~3 months');
  });
});
