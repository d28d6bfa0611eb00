/**
 * Old addresses that must keep working: the paths editors list in `formerPaths` (from before the
 * library) and the ones the importer records when a part's address changes. Every path is relative
 * and normalised before it can become a redirect page, so none can climb out of the site, land on a
 * host's root, or name a folder in two spellings.
 */
import { WHOLE_REPORT, reportFolderNames, siteRootName } from './slugs.ts';

/** One segment of a path: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Why `path` is not a normalised relative path ending in "/", or undefined when it is one: no
 * leading "/", no "." or ".." segments, no empty segments, no backslashes or %-escapes (an escaped
 * dot is a dot to a server), lower case. `allowEmpty` accepts "" (a report's own home).
 */
export function formerPathProblem(path: string, allowEmpty: boolean): string | undefined {
  if (path === '') return allowEmpty ? undefined : 'must not be empty';
  if (path.startsWith('/')) return 'must be relative (no leading "/"): write "verdict/", not "/verdict/"';
  if (path.includes('\\')) return 'must use "/" between segments, not "\\"';
  if (path.includes('%')) return 'must be written out, without %-escapes';
  if (!path.endsWith('/')) return 'must end with "/", e.g. "verdict/"';
  const segments = path.slice(0, -1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'must not hold "." or ".." segments';
  if (segments.some((segment) => segment === '')) return 'must not hold empty segments ("//")';
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) return `segment "${bad}" must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`;
  return undefined;
}

/** A report's old addresses and where each leads, as paths below the base ("verdict/" → "rust-in-2026/verdict/"). */
export function oldAddresses(slug: string, facts: { formerPaths?: Readonly<Record<string, string>> | undefined; formerParts?: Readonly<Record<string, string>> | undefined }): { from: string; to: string; recorded: boolean }[] {
  return [
    // The editors' formerPaths are below the base; the importer's formerParts below the report.
    ...Object.entries(facts.formerPaths ?? {}).map(([from, to]) => ({ from, to: `${slug}/${to}`, recorded: false })),
    ...Object.entries(facts.formerParts ?? {}).map(([from, to]) => ({ from: `${slug}/${from}`, to: `${slug}/${to}`, recorded: true })),
  ];
}

/** One report's addresses, as the check of the library's old addresses needs them. */
export interface ReportAddresses {
  slug: string;
  /** Its report.json, for messages (its editorial.yaml is beside it). */
  facts: string;
  /** Its parts' slugs, each with the file its page comes from. */
  parts: readonly { slug: string; file: string }[];
  formerPaths?: Readonly<Record<string, string>> | undefined;
  formerParts?: Readonly<Record<string, string>> | undefined;
}

/** An old address (below the base, ending in "/") and the page it now leads to (below the base, "" for the library). */
export interface Redirect {
  from: string;
  to: string;
  /** The report that asks for it. */
  report: string;
  /** Whether the importer recorded it (formerParts) rather than the editors wrote it (formerPaths). */
  recorded: boolean;
  /** The file that asks for it, for messages: the report's report.json (formerParts) or editorial.yaml (formerPaths). */
  file: string;
}

/** A redirect the site cannot make, and why, in a sentence that names the files on both sides. */
export interface RedirectProblem {
  redirect: Redirect;
  /** Where the redirect is wrong: its old address ("from") or its new place ("to"). */
  field: 'from' | 'to';
  message: string;
  /** The other report involved, when the clash is with one. */
  other?: string | undefined;
}

/**
 * What the site has at `path` (below the base, ending in "/"), in words with the file it comes from;
 * undefined when the site writes nothing there, so a redirect page may. A page of a report, a file it
 * publishes (its PDF, citations, tables' data) and every name the site keeps at its root are taken.
 */
export function takenBy(path: string, library: readonly ReportAddresses[]): { what: string; file?: string | undefined; report?: string | undefined } | undefined {
  const [first = '', second, ...rest] = path.replace(/\/$/, '').split('/');
  const root = siteRootName(first);
  if (root !== undefined) return { what: `in "${first}", where the site keeps ${root}` };
  const report = library.find((r) => r.slug === first);
  if (!report) return undefined;
  const at = { file: report.facts, report: report.slug };
  if (second === undefined) return { what: `the home of the report "${report.slug}"`, ...at };
  const part = report.parts.find((p) => p.slug === second);
  if (part && rest.length === 0) return { what: `the page of the part "${report.slug}/${part.slug}/"`, file: part.file, report: report.slug };
  const name = reportFolderNames(report.slug)[second];
  if (name !== undefined) return { what: `in "${report.slug}/${second}", where the site keeps ${name} of "${report.slug}"`, ...at };
  return undefined;
}

/** The pages of a report a redirect may lead to, below the report: its home (""), the whole report, its parts and its recorded old addresses. */
function targets(report: ReportAddresses): Set<string> {
  return new Set(['', `${WHOLE_REPORT}/`, ...report.parts.map((part) => `${part.slug}/`), ...Object.keys(report.formerParts ?? {})]);
}

/**
 * Every redirect page of the library, each checked: its old address must be free (no page, file or
 * name the site keeps, and no other redirect), and its new place a page of its report. The import
 * refuses an editorial.yaml with a problem here at its line; the build refuses any (a hand edit).
 */
export function libraryRedirects(library: readonly ReportAddresses[]): { redirects: Redirect[]; problems: RedirectProblem[] } {
  const taken = new Map<string, Redirect>();
  const redirects: Redirect[] = [];
  const problems: RedirectProblem[] = [];
  for (const report of library) {
    const editorial = report.facts.replace(/report\.json$/, 'editorial.yaml');
    const pages = targets(report);
    for (const { from, to, recorded } of oldAddresses(report.slug, report)) {
      const redirect: Redirect = { from, to, report: report.slug, recorded, file: recorded ? report.facts : editorial };
      const there = takenBy(from, library);
      const other = taken.get(from);
      const below = to.slice(report.slug.length + 1);
      if (there) {
        const what = `${there.what}${there.file ? ` (${there.file})` : ''}`;
        problems.push({ redirect, field: 'from', other: there.report, message: `the old address "${from}" is ${what}: a redirect there would replace it. Remove it from ${redirect.file}.` });
      } else if (other) {
        problems.push({ redirect, field: 'from', other: other.report, message: `the old address "${from}" is redirected by ${other.file} too: keep it in one of them.` });
      } else if (!pages.has(below)) {
        problems.push({ redirect, field: 'to', message: `the new place of "${from}", "${below}", is no page of the report "${report.slug}": give "" (its home), "${WHOLE_REPORT}/" or a part's address (${[...pages].filter(Boolean).map((page) => `"${page}"`).join(', ')}).` });
      } else {
        taken.set(from, redirect);
        redirects.push(redirect);
      }
    }
  }
  return { redirects: redirects.sort((a, b) => a.from.localeCompare(b.from)), problems };
}
