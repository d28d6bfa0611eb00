import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildTarget } from '../../tools/build.ts';

export { projectRoot } from '../../tools/paths.ts';

// TEST_OUT moves every test build to another folder, so that two test runs (two people, or
// a test run next to `npm run dev`) never write the same files.
const testOut = process.env['TEST_OUT'] ? resolve(process.env['TEST_OUT']) : undefined;

/** Where tests write builds and fixtures (git-ignored); never dist/, which is the reader's own build. */
export const outputRoot = testOut ?? fileURLToPath(new URL('../.output/', import.meta.url));
/** The site built at the root path, as `npm run build` makes it, but in the tests' own folder. */
export const rootDist = resolve(outputRoot, 'root-dist');
/** The subpath a self-hoster might use; the second build is made under it. */
export const subpathBase = '/reports/rust-2026/';
/** The site built with BASE_PATH=/reports/rust-2026/. */
export const subpathDist = resolve(outputRoot, 'subpath-dist');
/** Where fixture builds (bad input) copy the content and write their sites. */
export const fixturesRoot = resolve(outputRoot, 'fixtures');

/**
 * The library the test builds are made from: fixture reports only (tests/fixtures/reports/), each
 * imported by the real importer into a fresh content folder, never the site's own src/content, so that
 * publishing a report never changes what the tests see. Every page kind is tested with several
 * reports, the smallest possible one among them.
 */
export const libraryContent = resolve(outputRoot, 'library-content');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/reports/${name}`, import.meta.url));
/** A report of the test library: its text, its slug, and the editors' touches it is imported with. */
export interface FixtureReport {
  slug: string;
  file: string;
  /** For a text without a title line, as `npm run import -- … --title` gives it. */
  title?: string;
  /** An editorial.yaml put in the report's folder before the import. */
  editorial?: string;
}
/** "Rust in 2026", with the editors' touches of tests/fixtures/editorial/: the report every test knows by heart. */
export const rustFixture: FixtureReport = {
  slug: 'rust-in-2026',
  title: 'Rust in 2026',
  file: fixture('rust-in-2026.txt'),
  editorial: fileURLToPath(new URL('../fixtures/editorial/rust-in-2026.yaml', import.meta.url)),
};
/** The databases sample, the test library's second full report: a title line, SQL and C++, a table. */
export const sampleReport = { slug: 'sample-databases-2026', title: 'Databases in 2026', file: fixture('sample-databases-2026.txt') };
/** The smallest possible report: one finding, one section, nothing else. */
export const minimalReport = { slug: 'sample-minimal', title: 'The Smallest Report', file: fixture('sample-minimal.txt') };
/**
 * A report whose text holds markup characters literally (the entity `&lt;kbd&gt;` and a bare `<kbd>`), signed
 * by an author no other report names: what search shows of such text, and a search for its author. Its
 * words stay clear of the ranking table's queries (tests/browser/search-index.test.ts).
 */
export const markupReport = { slug: 'sample-markup-2026', title: 'Markup Escaping in 2026', author: 'Acme Markup Collective', file: fixture('sample-markup-2026.txt') };
/**
 * The regression corpus of texts that once broke the pipeline (issue 18): titles of every kind (&, an
 * en dash, _, accents, CJK, punctuation only, `>` and `<`), MDX and HTML written as prose, URLs with
 * _#&~? and <…>, a lone CR before an `export` line, cells that look like code, and editorial touches
 * made of syntax. Built by the real build with the rest: every word on its page, nothing run.
 */
export const hostileCorpus: FixtureReport = {
  slug: 'hostile-corpus',
  file: fixture('hostile-corpus.txt'),
  editorial: fileURLToPath(new URL('../fixtures/editorial/hostile-corpus.yaml', import.meta.url)),
};
/** Every report of the test library, in the order the global setup imports them. */
export const fixtureReports: readonly FixtureReport[] = [
  rustFixture,
  { slug: sampleReport.slug, file: sampleReport.file },
  // No title line: the publisher gives it, as `npm run import -- … --title` does.
  minimalReport,
  { slug: markupReport.slug, file: markupReport.file },
  hostileCorpus,
];
/** The report every test knows by heart. */
export const rustReport = rustFixture.slug;

/** Written by the global setup once the test builds are done or have failed; test files wait for it. */
export const buildsDone = resolve(outputRoot, 'builds-done.json');
/** What `buildsDone` holds. */
export type BuildsOutcome = { ok: true } | { ok: false; error: string };

/** What `npm run build` printed while making the root-path test build (tests read its warnings). */
export const rootBuildLog = resolve(outputRoot, 'logs', 'root-build.txt');

/** The subpath build's cache: its share cards are every test library page's (a card does not depend on the address). */
export const subpathCache = resolve(outputRoot, 'subpath-cache');

/** The two builds every build and browser test reads: at the root path and under a subpath. */
export const testBuilds: readonly (BuildTarget & { name: string; log: string })[] = [
  { name: 'npm run build', outDir: rootDist, cacheDir: resolve(outputRoot, 'root-cache'), contentDir: libraryContent, log: rootBuildLog },
  {
    name: `BASE_PATH=${subpathBase} npm run build`,
    outDir: subpathDist,
    cacheDir: subpathCache,
    contentDir: libraryContent,
    log: resolve(outputRoot, 'logs', 'subpath-build.txt'),
    env: { BASE_PATH: subpathBase, SITE_URL: 'https://reports.example.org' },
  },
];
