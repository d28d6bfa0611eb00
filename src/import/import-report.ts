import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { RESERVED_SLUGS } from '../site/urls.ts';
import { generateContent } from './emit/content.ts';
import { parseEditorial } from './editorial.ts';
import { ImportError } from '../report/errors.ts';
import { importReport } from './read/read-report.ts';
import { toContentReport } from './emit/model.ts';
import { replaceFolder, type FileStatus } from './emit/write.ts';

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
  /** "line N: …" notes from the importer, e.g. a snippet fenced as plain text. */
  notes: string[];
  /** Editorial touches that had no place left in the text. */
  dropped: string[];
}

/** The slug a file name gives: "Rust in 2026.txt" → "rust-in-2026". */
export function slugFromFile(file: string): string {
  return new GithubSlugger().slug(basename(file, extname(file)));
}

async function readSource(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new ImportError(file, undefined, 'cannot read the file: there is no such file');
  if (info.isDirectory()) throw new ImportError(file, undefined, 'is a folder, not a report’s text: give the path of a .txt file');
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(file, undefined, `cannot read the file (${error.code ?? error.message})`);
  });
}

/** A file's text, or undefined when there is no such file (any other failure is an error, not "absent"). */
async function readIfThere(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ImportError(path, undefined, `cannot read the file (${error.code ?? error.message}); nothing was imported`);
  });
}

/**
 * Imports one report: parses its text, merges the editors' touches, and replaces the report's
 * folder under `contentDir/reports/` all at once. Any error (ImportError, EditorialError) leaves
 * every file as it was.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const source = await readSource(options.file);
  const slug = options.slug ?? slugFromFile(options.file);
  // Where the slug came from, for a message the publisher can act on.
  const named = options.slug === undefined ? `the slug "${slug}" (from the file's name; give another with --slug)` : `--slug "${slug}"`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ImportError(options.file, undefined, `${named} must be lower-case letters, digits and single hyphens`);
  }
  if (RESERVED_SLUGS.includes(slug)) throw new ImportError(options.file, undefined, `${named} is taken by the site’s own pages: choose another`);
  const dir = join(options.contentDir, 'reports', slug);
  const editorialText = await readIfThere(join(dir, 'editorial.yaml'));
  const editorial = editorialText === undefined ? {} : parseEditorial(editorialText, join(dir, 'editorial.yaml'));
  // A re-import of a text without a title line keeps the title given the first time.
  const previous = await readIfThere(join(dir, 'report.json'));
  const previousTitle = previous ? (JSON.parse(previous) as { title?: string; titleFrom?: string }) : undefined;
  const fallbackTitle = options.title ?? (previousTitle?.titleFrom === 'option' ? previousTitle.title : undefined);
  const imported = importReport(source, options.file, fallbackTitle === undefined ? {} : { title: fallbackTitle });
  const model = toContentReport(imported);
  const generated = generateContent(slug, model, editorial);
  // The text itself, byte for byte, beside what it produced: the build checks every page against it.
  const files = new Map<string, string | Uint8Array>([...generated.files, ['source.txt', source]]);
  if (editorialText !== undefined) files.set('editorial.yaml', editorialText);
  const { dropped } = generated;
  const statuses = await replaceFolder(dir, files);
  return { slug, title: model.title, dir, statuses, notes: imported.notes, dropped };
}
