import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder } from '../../lib/files.ts';
import { FENCE_LANGUAGES, suggestLanguage } from '../../report/highlighting.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from '../../report/folders.ts';
import { partSchema } from '../../report/schemas/part.ts';
import { sourceSchema } from '../../report/schemas/source.ts';
import { writerFacingError } from '../../report/errors.ts';
import { checkMdx, formatProblems, frontmatterIssues, type CheckContext } from './content-check.ts';

/** A path as messages show it: relative to where the command runs, when it is below it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** What every part's MDX is checked against: the languages the site highlights, the tables that exist, the parts' schema. */
function checkContext(root: string): CheckContext {
  // A table's id is "<report>/<file name>" for reports/<report>/tables/<file name>.json (src/content.config.ts).
  const tables = new Set(filesUnder(root, '.json').flatMap((file) => /(?:^|\/)reports\/([^/]+)\/tables\/([^/]+)\.json$/.exec(file)?.slice(1, 3).join('/') ?? []));
  return { languages: FENCE_LANGUAGES, suggestLanguage, tables, frontmatter: frontmatterIssues(partSchema) };
}

/** A report whose source.txt no longer is the text its pages were imported from (edited by hand, not imported). */
function staleSource(contentDir: string, slug: string): string | undefined {
  const dir = join(reportsDir(contentDir), slug);
  try {
    const record = sourceSchema.parse(JSON.parse(readFileSync(join(dir, REPORT_FILES.record), 'utf8')));
    const digest = createHash('sha256').update(readFileSync(join(dir, REPORT_FILES.text))).digest('hex');
    if (digest === record.digest) return undefined;
    return `${shown(join(dir, REPORT_FILES.text))}: the text changed after it was imported: import it again (npm run import -- <the report's file> --slug ${slug}), so that its pages say what it says`;
  } catch (error) {
    return `${shown(dir)}: ${REPORT_FILES.text} or ${REPORT_FILES.record} cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): import the report again`;
  }
}

/** Every mistake in the content folder, as "<file>:<line>: …" lines (none: the content may be built). */
export function contentMistakes(dir: string): string[] {
  const root = resolve(dir);
  const context = checkContext(root);
  const mistakes = reportSlugs(root).flatMap((slug) => staleSource(root, slug) ?? []);
  for (const file of filesUnder(root, '.mdx')) {
    const path = join(root, file);
    const problems = checkMdx(readFileSync(path, 'utf8'), context);
    if (problems.length > 0) mistakes.push(formatProblems(shown(path), problems));
  }
  return mistakes;
}

/**
 * Checks the content before Astro reads it and fails the build with `<file>:<line>: message` for each
 * mistake; under `astro dev` it logs them instead, so the server an editor is using keeps running.
 */
export function checkContentAtStart(dir: string, command: string, logger: AstroIntegrationLogger): void {
  const mistakes = contentMistakes(dir);
  if (mistakes.length === 0) return;
  const message = `Mistakes in the content:\n${mistakes.join('\n')}`;
  if (command === 'build') throw writerFacingError(message);
  logger.error(message);
}

/**
 * The same check on every MDX file Vite is about to hand to the MDX compiler, in the build and in
 * `astro dev` (an editor's hand edit while the server runs): a file outside the content's dialect is
 * refused before it is compiled, so nothing in it can run.
 */
export function contentGuard(dir: string): Plugin {
  const root = resolve(dir);
  let context: CheckContext | undefined;
  return {
    name: 'report:content-guard',
    enforce: 'pre',
    buildStart() {
      context = undefined;
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const file = id.replace(/[?#].*$/, '');
        context ??= checkContext(root);
        let problems = checkMdx(code, context);
        // Under `astro dev` a re-import may have written tables since the list was made: look again once.
        if (problems.some((problem) => problem.message.includes('there is no table'))) {
          context = checkContext(root);
          problems = checkMdx(code, context);
        }
        if (problems.length === 0) return null;
        throw writerFacingError(`Mistakes in the content:\n${formatProblems(shown(file), problems)}`);
      },
    },
  };
}
