import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { bundledLanguages } from 'shiki';
import { checkMdx, formatProblems, frontmatterIssues, PLAIN_LANGUAGES } from './content-check.ts';
import { partSchema } from '../../report/schemas/part.ts';

/** Every file under `dir` whose name ends with `ext`, as paths below `dir` with "/" separators. */
async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Checks every *.mdx under the content folder before Astro reads it (src/lib/content-check.ts) and
 * fails the build with `<file>:<line>: message` for each mistake. Under `astro dev` it logs them
 * instead, so the server an editor is using keeps running.
 */
export function contentCheck({ dir }: { dir: string }): AstroIntegration {
  return {
    name: 'report:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = resolve(dir);
        const json = await filesUnder(root, '.json');
        // A table's id is "<report>/<file name>" for reports/<report>/tables/<file name>.json (src/content.config.ts).
        const tables = new Set(json.flatMap((file) => /(?:^|\/)reports\/([^/]+)\/tables\/([^/]+)\.json$/.exec(file)?.slice(1, 3).join('/') ?? []));
        const languages = new Set([...Object.keys(bundledLanguages), ...PLAIN_LANGUAGES]);
        // Every MDX file is a part of a report, checked against the parts' schema.
        const frontmatter = frontmatterIssues(partSchema);
        const reports: string[] = [];
        for (const file of await filesUnder(root, '.mdx')) {
          const path = join(root, file);
          const problems = checkMdx(await readFile(path, 'utf8'), { languages, tables, frontmatter });
          const shown = relative(process.cwd(), path);
          if (problems.length > 0) reports.push(formatProblems(shown.startsWith('..') ? path : shown, problems));
        }
        if (reports.length === 0) return;
        const message = `Mistakes in the content:\n${reports.join('\n')}`;
        if (command === 'build') {
          const error = new Error(message);
          // The stack would point here, not at the content; the message has every file and line.
          error.stack = message;
          throw error;
        }
        logger.error(message);
      },
    },
  };
}
