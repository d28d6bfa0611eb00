import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir` (recursively), as paths below it with "/" between segments, sorted; only
 * those whose path ends with `ext` when given (".html", "/report/index.html"). None when `dir` does not exist. The one directory
 * walker of the build, its checks, the importer, the tests and the bench.
 */
export function filesUnder(dir: string, ext = ''): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path.endsWith(ext))
    .sort();
}
