/**
 * `npm run remove -- <slug> …`: takes reports out of the library, all or none. A report is its
 * folder under `<content>/reports/<slug>/` (its text, its record, its pages' sources, its tables and
 * the editors' touches); its pages and the redirects into it are built from that folder, so they go
 * with it at the next build. An unknown slug is refused with the list of slugs, and nothing is removed.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { oldAddresses } from '../report/addresses.ts';
import { SourceError } from '../report/errors.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from '../report/folders.ts';
import { WHOLE_REPORT } from '../report/slugs.ts';
import { readEditorial } from './editorial.ts';
import { readReportFolder } from './import-report.ts';
import type { Output } from './command.ts';

/** What `npm run remove` prints for --help or without a slug. */
export const REMOVE_USAGE = 'usage: npm run remove -- <slug> [<slug> …]   (the report’s folder name under src/content/reports/)';

/** What removing one report took away. */
export interface Removed {
  slug: string;
  title: string;
  /** The report's folder, as it was. */
  dir: string;
  /** How many files the folder held. */
  files: number;
  /** What the folder held, in words: "source.txt, source.json, report.json, 6 parts, 1 table, editorial.yaml". */
  held: string;
  /** The site paths of its pages (below the base): its home, the whole report, each part. */
  pages: string[];
  /** The old addresses that redirected into it (below the base). */
  redirects: string[];
}

/** Every file under `dir`, as paths relative to it. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** A folder's files in words: its named files as they are, its parts and tables counted. */
function heldInWords(files: readonly string[]): string {
  const count = (folder: string, one: string) => {
    const n = files.filter((file) => file.startsWith(`${folder}/`)).length;
    return n === 0 ? [] : [`${n} ${one}${n === 1 ? '' : 's'}`];
  };
  const named: string[] = [REPORT_FILES.text, REPORT_FILES.record, REPORT_FILES.facts].filter((name) => files.includes(name));
  const editorial: string[] = files.includes(REPORT_FILES.editorial) ? [REPORT_FILES.editorial] : [];
  const other = files.filter((file) => !file.includes('/') && ![...named, ...editorial].includes(file));
  return [...named, ...count(REPORT_FILES.parts, 'part'), ...count(REPORT_FILES.tables, 'table'), ...editorial, ...other].join(', ');
}

/** What a report's folder makes of the site: its title, pages and redirects. */
async function describeFolder(contentDir: string, slug: string): Promise<Removed> {
  const dir = join(reportsDir(contentDir), slug);
  const folder = await readReportFolder(dir);
  const editorialFile = join(dir, REPORT_FILES.editorial);
  // A broken editorial.yaml must not stand in the way of removing its report: its redirects are then unknown.
  const formerPaths = await readFile(editorialFile, 'utf8')
    .then((text) => readEditorial(text, editorialFile).data.formerPaths)
    .catch(() => undefined);
  // In the report's order: its sections by number, then its verdict.
  const order = (key: string) => (key === 'verdict' ? Infinity : Number(/\d+/.exec(key)?.[0] ?? 0));
  const parts = [...(folder?.parts ?? [])].sort((a, b) => order(a.key) - order(b.key)).map((part) => `${slug}/${part.slug}/`);
  const files = await filesOf(dir);
  return {
    slug,
    title: folder?.title ?? slug,
    dir,
    files: files.length,
    held: heldInWords(files),
    pages: [`${slug}/`, `${slug}/${WHOLE_REPORT}/`, ...parts],
    redirects: oldAddresses(slug, { formerPaths, formerParts: folder?.formerParts }).map((address) => address.from),
  };
}

/**
 * Removes the named reports' folders, all or none: every slug is checked first (an unknown one is
 * refused with the library's slugs), then each folder is renamed out of the loaders' sight, and only
 * when all are out are they deleted. A failed rename puts back the ones already moved (`move` is
 * fs's rename; a test passes one that fails).
 */
export async function removeReports(slugs: readonly string[], contentDir: string, move: typeof rename = rename): Promise<Removed[]> {
  const known = reportSlugs(contentDir);
  const wanted = [...new Set(slugs)];
  const unknown = wanted.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) {
    const list = known.length > 0 ? `the library's reports are: ${known.join(', ')}` : 'the library has no reports';
    throw new SourceError(unknown.map((slug) => `"${slug}"`).join(', '), undefined, `no such report in ${reportsDir(contentDir)}; ${list}. Nothing was removed.`);
  }
  const removed = await Promise.all(wanted.map((slug) => describeFolder(contentDir, slug)));
  const tag = randomBytes(4).toString('hex');
  const moved: { from: string; to: string }[] = [];
  try {
    for (const report of removed) {
      // Dot-named, as the importer's staging folders are: the content loaders never read it.
      const to = join(reportsDir(contentDir), `.removing-${tag}-${report.slug}`);
      await move(report.dir, to);
      moved.push({ from: report.dir, to });
    }
  } catch (error) {
    for (const { from, to } of moved.reverse()) await move(to, from);
    throw error;
  }
  for (const { to } of moved) await rm(to, { recursive: true, force: true });
  return removed;
}

/** What removing one report printed: the folder, its pages and its redirects. */
function describe(report: Removed): string[] {
  const where = relative(process.cwd(), report.dir) || report.dir;
  const parts = report.pages.slice(2);
  const lines = [
    `Removed “${report.title}” → ${where}/ (${report.files} file${report.files === 1 ? '' : 's'}: ${report.held})`,
    `  Its pages go with it at the next build: ${report.pages[0]} (its home), ${report.pages[1]} (the whole report) and its ${parts.length} part${parts.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}.`,
  ];
  if (report.redirects.length > 0) {
    lines.push(`  So do its ${report.redirects.length} redirect${report.redirects.length === 1 ? '' : 's'} from old addresses (${report.redirects.join(', ')}): they answer "not found" after the next build.`);
  }
  return lines;
}

/** Runs `npm run remove` on `argv` (the arguments after `--`); returns the exit code. */
export async function runRemoveCommand(argv: readonly string[], contentDir: string, io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { help: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n${REMOVE_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${REMOVE_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.err(`${REMOVE_USAGE}\n`);
    return 2;
  }
  try {
    const removed = await removeReports(parsed.positionals, contentDir);
    io.out(`${removed.flatMap(describe).join('\n')}\n${removed.length} report${removed.length === 1 ? '' : 's'} removed. Next: npm run build\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.err(`${error.message}\n`);
    return 1;
  }
}
