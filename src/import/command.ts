/**
 * `npm run import -- <file.txt | folder> … [--title "…"] [--slug …]`: imports each report, each all
 * or nothing, and prints what it did and one summary. A refused report names its file and line and
 * leaves its folder as it was; the others are imported all the same.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceError, sourceLocation } from '../report/errors.ts';
import { importReport, type ImportResult } from './import-report.ts';

export const IMPORT_USAGE = 'usage: npm run import -- <report.txt | folder> … [--title "Title"] [--slug slug]   (--title and --slug with one report only)';

/** Where the command writes: the terminal in use, a buffer in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** The report files the arguments name: files as given, each folder's `.txt` files in name order. */
async function reportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}

/** What one import printed: the report's folder, each file's status, the notes, the touches left out. */
function describe(result: ImportResult, file: string): string[] {
  const changed = [...result.statuses.values()].some((status) => status !== 'unchanged');
  const where = relative(process.cwd(), result.dir) || result.dir;
  const lines = [`${changed ? 'Imported' : 'Already up to date:'} “${result.title}” → ${where}/`];
  for (const [path, status] of result.statuses) if (status !== 'unchanged') lines.push(`  ${status.padEnd(9)} ${path}`);
  // Notes read "line 12: …"; as "<file>:12: …" an editor's terminal links them to the line.
  if (result.notes.length) lines.push('  Check these:', ...result.notes.map((note) => `    ${sourceLocation(file, note.line)}${note.message}`));
  if (result.redirected.length) lines.push('  Addresses that changed, now redirected (recorded in report.json):', ...result.redirected.map((r) => `    ${r}`));
  if (result.dropped.length) lines.push('  Editorial touches not applied (fix or remove them in editorial.yaml):', ...result.dropped.map((touch) => `    ${touch}`));
  const missing = closingMissing(result.closing);
  if (missing) lines.push(`  ${missing}`);
  return lines;
}

/** What a report without closing lines is published without, in a sentence; undefined when it has both. */
export function closingMissing(closing: ImportResult['closing']): string | undefined {
  const { author, dataAsOf } = closing;
  if (author !== undefined && dataAsOf !== undefined) return undefined;
  if (author === undefined && dataAsOf === undefined) {
    return 'No closing lines ("Data as of <Month> <Year>." and "— <Author>"): published without a byline and without a date, listed after the dated reports.';
  }
  return author === undefined ? 'No sign-off ("— <Author>"): published without a byline.' : 'No "Data as of <Month> <Year>." line: published without a date, listed after the dated reports.';
}

/** Runs the command on `argv` (the arguments after `--`); returns the exit code. */
export async function runImportCommand(argv: readonly string[], contentDir: string, io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { title: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const files = await reportFiles(positionals);
  if (files.length === 0 || ((values.title !== undefined || values.slug !== undefined) && files.length !== 1)) {
    io.err(`${positionals.length === 0 ? '' : files.length === 0 ? 'no .txt files there\n' : '--title and --slug name one report: import it on its own\n'}${IMPORT_USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const counts = { imported: 0, unchanged: 0, refused: 0 };
  for (const file of files) {
    try {
      const result = await importReport({ file, title: values.title, slug: values.slug, contentDir });
      const changed = [...result.statuses.values()].some((status) => status !== 'unchanged');
      counts[changed ? 'imported' : 'unchanged'] += 1;
      io.out(`${describe(result, file).join('\n')}\n`);
    } catch (error) {
      // A mistake a writer can fix reads "<file>:<line>: <what is wrong>", without a stack.
      if (!(error instanceof SourceError)) throw error;
      counts.refused += 1;
      io.err(`${error.message}\nNothing was written for ${file}.\n`);
    }
  }
  const total = (n: number, what: string) => `${n} ${what}`;
  const summary = [total(counts.imported, 'imported'), total(counts.unchanged, 'already up to date'), total(counts.refused, 'refused')];
  io.out(`${files.length} report${files.length === 1 ? '' : 's'}: ${summary.join(', ')} (${Math.round(performance.now() - started)} ms).${counts.imported ? ' Next: npm run build' : ''}\n`);
  return counts.refused > 0 ? 1 : 0;
}
