/**
 * One import: a report's text (and its folder's editorial.yaml) in, the report's folder under
 * `<content>/reports/<slug>/` replaced all at once, or nothing changed at all. Reads only a regular
 * file of bounded size, and writes only inside that folder.
 */
import { constants } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SourceError } from '../report/errors.ts';
import { refusedCharacter, refusedMessage } from '../report/characters.ts';
import { FENCE_LANGUAGES, suggestLanguage } from '../report/highlighting.ts';
import { languageOf } from '../report/languages.ts';
import { RESERVED_SLUGS, isSlug, slugify } from '../report/slugs.ts';
import { noEditorial, readEditorial, type EditorialFile } from './editorial.ts';
import { libraryRedirects, type ReportAddresses } from '../report/addresses.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from '../report/folders.ts';
import { generateContent, type PreviousPart } from './emit/content.ts';
import { checkLanguageTouches } from './emit/touches.ts';
import { replaceFolder, type FileStatus } from './emit/write.ts';
import { readReport, type ReadNote } from './read/read-report.ts';

/** The largest report text the importer reads: far above any report (the Rust report is 7 KB), far below trouble. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

/** What `npm run import` was asked to do. */
export interface ImportOptions {
  /** The report's text, as the publisher named it on the command line. */
  file: string;
  /** The title, for a text without a title line. */
  title?: string | undefined;
  /** The report's URL segment; by default made from the file's name. */
  slug?: string | undefined;
  /** The site's content folder (src/content, or a test's copy). */
  contentDir: string;
}

/** What an import wrote, and what the publisher should know about it. */
export interface ImportResult {
  slug: string;
  title: string;
  /** The report's folder. */
  dir: string;
  statuses: Map<string, FileStatus>;
  /** What the publisher should check, at lines of the text: a snippet fenced as plain text, an accepted slip. */
  notes: ReadNote[];
  /** Editorial touches that had no place left in the text ("editorial.yaml:<line>: …"). */
  dropped: string[];
  /** Addresses that changed and now redirect ("<report>/<old>/ → <report>/<new>/"). */
  redirected: string[];
  /** The closing lines the text has: without a sign-off the report has no byline, without a date it is listed after dated reports. */
  closing: { author?: string | undefined; dataAsOf?: string | undefined };
}

/** The slug a file name gives: "Rust in 2026.txt" → "rust-in-2026". */
export function slugFromFile(file: string): string {
  return slugify(basename(file, extname(file)));
}

/**
 * The report's bytes: a regular file of at most MAX_REPORT_BYTES. A device (/dev/zero), a FIFO (which
 * would wait for a writer forever) or a folder is refused before a byte is read.
 */
async function readSource(file: string): Promise<Buffer> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; the type is checked next.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(file, undefined, code === 'ENOENT' ? 'cannot read the file: there is no such file' : `cannot read the file (${code ?? String(error)})`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new SourceError(file, undefined, 'is a folder, not a report’s text: give the path of a .txt file');
    if (!info.isFile()) throw new SourceError(file, undefined, 'is not a regular file (a device, a pipe or a socket): give the path of a .txt file');
    if (info.size > MAX_REPORT_BYTES) throw new SourceError(file, undefined, `is ${Math.round(info.size / 1024 / 1024)} MB: a report's text is at most ${MAX_REPORT_BYTES / 1024 / 1024} MB`);
    // Read at most one byte more than allowed: a file that grows while being read is still refused.
    const buffer = Buffer.alloc(Math.min(info.size, MAX_REPORT_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_REPORT_BYTES) throw new SourceError(file, undefined, `is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB: a report's text is at most that`);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A file's text, or undefined when there is no such file (any other failure is an error, not "absent"). */
async function readIfThere(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new SourceError(path, undefined, `cannot read the file (${error.code ?? error.message}); nothing was imported`);
  });
}

/** What a report's folder holds: its facts, its parts (from their frontmatter) and its recorded old addresses. */
export interface ReportFolder {
  title?: string | undefined;
  titleFrom?: string | undefined;
  parts: PreviousPart[];
  formerParts: Record<string, string>;
  /** The editors' old addresses, as the last import recorded them from editorial.yaml. */
  formerPaths: Record<string, string>;
}

/** What a report's folder holds (undefined without a report.json), read leniently: a broken file has no history to keep. */
export async function readReportFolder(dir: string): Promise<ReportFolder | undefined> {
  const json = await readIfThere(join(dir, 'report.json'));
  if (json === undefined) return undefined;
  let facts: { title?: string; titleFrom?: string; formerParts?: Record<string, string>; formerPaths?: Record<string, string> } = {};
  try {
    facts = JSON.parse(json) as typeof facts;
  } catch {
    // A broken report.json is replaced by this import; it has no history to keep.
  }
  const parts: PreviousPart[] = [];
  const names = await readdir(join(dir, 'parts')).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
    const text = (await readIfThere(join(dir, 'parts', name))) ?? '';
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    try {
      const data = (yaml ? parseYaml(yaml) : {}) as { key?: unknown; title?: unknown; slug?: unknown };
      if (typeof data.key === 'string' && typeof data.title === 'string' && typeof data.slug === 'string') parts.push({ key: data.key, title: data.title, slug: data.slug });
    } catch {
      // Unreadable frontmatter: that part's old address is not known, and is not redirected.
    }
  }
  return { title: facts.title, titleFrom: facts.titleFrom, parts, formerParts: facts.formerParts ?? {}, formerPaths: facts.formerPaths ?? {} };
}

/** Refuses a title or slug given on the command line that the site could not carry. */
function checkOptions(options: ImportOptions, slug: string): void {
  const named = options.slug === undefined ? `the slug "${slug}" (from the file's name; give another with --slug)` : `--slug "${options.slug}"`;
  if (!isSlug(slug)) throw new SourceError(options.file, undefined, `${named} must be lower-case letters, digits and single hyphens`);
  if (RESERVED_SLUGS.includes(slug)) throw new SourceError(options.file, undefined, `${named} is taken by the site’s own pages: choose another`);
  if (options.title !== undefined) {
    const found = refusedCharacter(options.title);
    if (found) throw new SourceError('--title', undefined, `${refusedMessage(found)} (column ${found.column})`);
  }
}

/**
 * Refuses old addresses the build would refuse: an editors' `formerPaths` entry whose old address is
 * taken (a page, a file the site writes, a name it keeps, another report's redirect) or whose new
 * place is no page of the report, at its line of editorial.yaml; and a page or recorded address of
 * this import that another report already redirects, naming that report's file.
 */
async function checkOldAddresses(contentDir: string, report: ReportAddresses, editorial: EditorialFile): Promise<void> {
  const others: ReportAddresses[] = [];
  for (const slug of reportSlugs(contentDir).filter((other) => other !== report.slug)) {
    const dir = join(reportsDir(contentDir), slug);
    const folder = await readReportFolder(dir);
    if (!folder) continue;
    others.push({ slug, facts: join(dir, REPORT_FILES.facts), formerPaths: folder.formerPaths, formerParts: folder.formerParts, parts: folder.parts.map((part) => ({ slug: part.slug, file: join(dir, REPORT_FILES.parts, `${part.slug}.mdx`) })) });
  }
  // This report last: a clash between it and another is then told as this report's.
  const problem = libraryRedirects([...others, report]).problems.find((p) => p.redirect.report === report.slug || p.other === report.slug);
  if (!problem) return;
  const { redirect } = problem;
  if (redirect.report === report.slug && !redirect.recorded) {
    throw new SourceError(editorial.file, editorial.lineOf(['formerPaths', redirect.from]), `formerPaths: ${problem.message}`);
  }
  throw new SourceError(redirect.file, undefined, `${problem.message} (so the report "${report.slug}" is not imported)`);
}

/**
 * Imports one report: reads its text, merges the editors' touches, and replaces the report's folder
 * under `contentDir/reports/` all at once. Any SourceError leaves every file as it was.
 */
export async function importReport(options: ImportOptions): Promise<ImportResult> {
  const slug = options.slug ?? slugFromFile(options.file);
  checkOptions(options, slug);
  const source = await readSource(options.file);
  const dir = join(options.contentDir, 'reports', slug);
  const editorialPath = join(dir, 'editorial.yaml');
  const editorialText = await readIfThere(editorialPath);
  const editorial = editorialText === undefined ? noEditorial(editorialPath) : readEditorial(editorialText, editorialPath);
  checkLanguageTouches(editorial, FENCE_LANGUAGES, suggestLanguage);
  const previous = await readReportFolder(dir);
  // A re-import of a text without a title line keeps the title given the first time.
  const fallbackTitle = options.title ?? (previous?.titleFrom === 'option' ? previous.title : undefined);
  const read = readReport(source, options.file, fallbackTitle === undefined ? {} : { title: fallbackTitle });
  const generated = generateContent({
    slug,
    report: read.report,
    titleFrom: read.report.titleLine === undefined ? 'option' : 'text',
    source,
    sourceFile: options.file,
    editorial,
    previous,
    rules: { languages: FENCE_LANGUAGES, suggestLanguage },
    language: (name) => languageOf(name) ?? name.toLowerCase(),
  });
  await checkOldAddresses(options.contentDir, { slug, facts: join(dir, REPORT_FILES.facts), parts: generated.slugs.map((part) => ({ slug: part, file: join(dir, REPORT_FILES.parts, `${part}.mdx`) })), formerPaths: editorial.data.formerPaths, formerParts: generated.formerParts }, editorial);
  // The text itself, byte for byte, beside what it produced: the build checks every page against it.
  const files = new Map<string, string | Uint8Array>([...generated.files, ['source.txt', source]]);
  if (editorialText !== undefined) files.set('editorial.yaml', editorialText);
  const statuses = await replaceFolder(dir, files);
  // A snippet whose language an editor has given is no longer a question.
  const notes = read.notes.filter((note) => !(note.unsureSnippet && generated.languageGiven.has(note.line)));
  return {
    slug,
    title: read.report.title,
    dir,
    statuses,
    notes,
    dropped: generated.dropped,
    redirected: generated.redirected,
    closing: { author: read.report.author?.name, dataAsOf: read.report.dataAsOf?.text },
  };
}
