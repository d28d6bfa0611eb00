import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tools/paths.ts';

// What ships to readers: the site's script and what it inlines (src/client/), and the search UI it
// loads by URL (src/search/ui/search-ui.ts, through `?worker&url`). Each is bundled for the browser,
// where node:* does not exist: a module that imports one would break search, or every page.
const client = join(projectRoot, 'src', 'client');
const entries = readdirSync(client).filter((file) => file.endsWith('.ts')).map((file) => join(client, file));

/** The modules a file imports at run time (type-only imports are erased), as written. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm), ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((match) => match[1] ?? '');
}

/** Every module bundled with the entries: relative imports followed, queries (`?worker&url`) dropped. */
function bundled(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\?.*$/, '')));
    }
  };
  entries.forEach(visit);
  return seen;
}

describe('what ships to readers', () => {
  it('follows the site’s script into the search UI it loads', () => {
    const files = [...bundled().keys()].map((file) => relative(projectRoot, file));
    expect(files).toEqual(expect.arrayContaining(['src/client/main.ts', 'src/search/ui/search-ui.ts', 'src/search/core/words.ts']));
  });

  it('imports nothing of Node (node:*), in the site’s script or in the search UI', () => {
    const nodeImports = [...bundled()].flatMap(([file, specifiers]) =>
      specifiers.filter((specifier) => specifier.startsWith('node:') || /^(fs|path|url|zlib|crypto|os|child_process)(\/|$)/.test(specifier)).map((specifier) => `${relative(projectRoot, file)}: ${specifier}`),
    );
    expect(nodeImports).toEqual([]);
  });
});
