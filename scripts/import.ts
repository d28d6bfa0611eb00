/**
 * `npm run import -- <file.txt> [--title "…"] [--slug …]`: adds a report in the house style to
 * the site's content, or updates it, all at once or not at all. See README "Publishing a new report".
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { settings } from '../src/site/settings.ts';
import { runImport } from '../src/import/import-report.ts';
import { ImportError } from '../src/report/errors.ts';
import { EditorialError } from '../src/import/editorial.ts';

const USAGE = 'usage: npm run import -- <report.txt> [--title "Title"] [--slug slug]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let parsed: ReturnType<typeof parseArgs<{ options: { title: { type: 'string' }; slug: { type: 'string' }; help: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { title: { type: 'string' }, slug: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail(USAGE);

const started = performance.now();
try {
  const result = await runImport({ file, title: values.title, slug: values.slug, contentDir: settings.contentDir });
  const changed = [...result.statuses.values()].some((status) => status !== 'unchanged');
  const where = relative(process.cwd(), result.dir) || result.dir;
  const lines = [`${changed ? 'Imported' : 'Already up to date:'} “${result.title}” → ${where}/`];
  for (const [path, status] of result.statuses) lines.push(`  ${status.padEnd(9)} ${path}`);
  // Notes read "line 12: …"; as "<file>:12: …" an editor's terminal links them to the line.
  if (result.notes.length) lines.push('Check these:', ...result.notes.map((note) => `  ${file}:${note.replace(/^line (\d+): /, '$1: ')}`));
  if (result.dropped.length) {
    lines.push('Editorial touches not applied (their place in the text is gone; fix or remove them in editorial.yaml):');
    lines.push(...result.dropped.map((touch) => `  ${touch}`));
  }
  lines.push(`Done in ${Math.round(performance.now() - started)} ms. Next: npm run build`);
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  // ImportError and EditorialError read "<file>:<line>: <what is wrong>"; nothing was written.
  if (error instanceof ImportError) fail(`${error.toString()}\nNothing was written.`);
  if (error instanceof EditorialError) fail(`${error.message}\nNothing was written.`);
  throw error;
}
