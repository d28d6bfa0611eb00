import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/import/command.ts';
import { languageLabel } from '../../src/report/languages.ts';
import { copyContent, runBuild, type BuildResult } from '../../tools/build.ts';
import { htmlFiles, readPage, readerText, sitePath } from '../../tools/dist.ts';
import { jsonFeedErrors, xmlError } from '../support/feeds.ts';
import { pageProblems } from '../support/page-invariants.ts';
import { fixturesRoot, libraryContent, rustReport, subpathCache } from '../support/paths.ts';
import { unseenReport, unseenSeed } from '../support/unseen-report.ts';

// Publishing a report must never need a developer: a report no test has seen, written afresh each
// run (tests/support/unseen-report.ts), is imported with `npm run import` into a copy of the test
// library and built with the real `npm run build`, and the suite's own invariants are checked on the
// result. The seed is in the test's name: UNSEEN_SEED=<seed> repeats a run.
const written = unseenReport(unseenSeed());
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe(`a report no test has seen, published as a publisher would (UNSEEN_SEED=${written.seed})`, () => {
  let imported: { code: number; out: string; err: string };
  let built: BuildResult;
  let dist: string;

  beforeAll(async () => {
    // It joins the Rust report, with the share cards of the test builds as a publisher's cache keeps
    // the last build's: its own cards and every PDF (their addresses differ) are made afresh.
    const content = await copyContent('unseen', fixturesRoot, libraryContent, { reports: [rustReport], cacheFrom: subpathCache });
    const file = join(content, '..', `${written.slug}.txt`);
    await writeFile(file, written.text);
    let out = '';
    let err = '';
    const argv = written.titleLine ? [file] : [file, '--title', written.title];
    const code = await runImportCommand(argv, content, { out: (text) => (out += text), err: (text) => (err += text) });
    imported = { code, out, err };
    dist = join(content, '..', 'dist');
    built = await runBuild({ contentDir: content, outDir: dist, cacheDir: join(content, '..', 'cache'), env: { SITE_URL: 'https://reports.example.org' } });
  }, 240_000);

  it('is imported by npm run import, which lists each snippet it fences as plain text and any closing line it lacks', () => {
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain(`Imported “${written.title}”`);
    const unknown = written.snippets.filter((s) => s.language === undefined).length;
    expect((imported.out.match(/snippet language unsure/g) ?? []).length).toBeGreaterThanOrEqual(unknown);
    expect(/No closing lines|No sign-off|No "Data as of/.test(imported.out)).toBe(written.author === undefined || written.dataAsOf === undefined);
  });

  it('builds, through every check of the build: the content guard, every word on its page, the links, the search index', () => {
    expect(built.code, built.output).toBe(0);
  });

  it('gives every page of the library it joins what every page of the test library has', () => {
    const problems = htmlFiles(dist)
      .map((file) => ({ file, doc: readPage(dist, file) }))
      .filter(({ doc }) => doc.querySelector('meta[http-equiv="refresh"]') === null)
      .flatMap(({ file, doc }) => pageProblems(doc).map((problem) => `${sitePath(file) || '/'}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('shows every part, every finding and every paragraph, and each snippet as one code block under its language’s name', () => {
    const whole = readPage(dist, `${written.slug}/report/`);
    const text = readerText(whole.querySelector('main')?.textContent ?? '');
    for (const part of written.parts) expect(text).toContain(readerText(part));
    for (const paragraph of written.paragraphs) expect(text).toContain(readerText(paragraph));
    const figures = [...whole.querySelectorAll('[data-pagefind-body] figure.code-block')];
    expect(figures.map((f) => squeezed(f.querySelector('pre code')?.textContent ?? ''))).toEqual(written.snippets.map((s) => squeezed(s.lines.join('\n'))));
    figures.forEach((figure, i) => {
      const known = written.snippets[i]?.language;
      // A language the detector knows by its name, or "Text" when it was unsure; one it does not know, "Text".
      expect([known ? languageLabel(known) : 'Text', 'Text']).toContain(figure.querySelector('.code-language')?.textContent);
    });
    expect(whole.querySelectorAll('[data-pagefind-body] table')).toHaveLength(written.tables);
  });

  it('is in the library with its byline, and in both feeds with its date and author', async () => {
    const item = [...readPage(dist, '').querySelectorAll('.library-list > li')].find((li) => li.querySelector('h2 a')?.getAttribute('href') === `/${written.slug}/`);
    expect(item?.querySelector('h2')?.textContent).toBe(written.title);
    const byline = readerText(item?.textContent ?? '');
    if (written.author) expect(byline).toContain(written.author);
    if (written.dataAsOf) expect(byline).toContain(written.dataAsOf);
    const rss = await readFile(join(dist, 'rss.xml'), 'utf8');
    expect(xmlError(rss)).toBeUndefined();
    expect(rss).toContain(`<link>https://reports.example.org/${written.slug}/</link>`);
    const feed = JSON.parse(await readFile(join(dist, 'feed.json'), 'utf8')) as { items: { id: string; date_published?: string; authors?: { name: string }[] }[] };
    expect(jsonFeedErrors(feed)).toEqual([]);
    const entry = feed.items.find((i) => i.id === `https://reports.example.org/${written.slug}/`);
    expect(entry?.authors?.[0]?.name).toBe(written.author);
    expect(entry?.date_published !== undefined).toBe(written.dataAsOf !== undefined);
  });
});
