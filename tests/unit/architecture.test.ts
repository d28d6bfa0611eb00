import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { projectRoot } from '../../tools/paths.ts';

// The tree shows the pipeline (docs/ARCHITECTURE.md): text → import → content → pages → built-site
// checks → search index, on one model. Dependencies point one way: each stage imports only the
// stages it is allowed to, and what ships to readers imports nothing of Node.

/** Every source file of the project and the project files it imports (relative specifiers, resolved). */
function importGraph(): Map<string, { imports: string[]; builtins: string[] }> {
  const graph = new Map<string, { imports: string[]; builtins: string[] }>();
  const roots = ['src', 'scripts', 'tools', 'bench'];
  for (const root of roots) {
    for (const file of filesUnder(join(projectRoot, root)).filter((f) => /\.(ts|astro|mjs)$/.test(f) && !/(^|\/)(\.work|node_modules)\//.test(f))) {
      const path = `${root}/${file}`;
      const text = readFileSync(join(projectRoot, path), 'utf8');
      const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\s)import\s*\(?\s*['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"],\s*import\.meta\.url/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      graph.set(path, {
        imports: specifiers
          .filter((s) => s.startsWith('.'))
          .map((s) => relative(projectRoot, resolve(dirname(join(projectRoot, path)), s.replace(/\?.*$/, ''))))
          // Only the project's own modules (not node_modules, not the project root as a URL base).
          .filter((target) => /^(src|scripts|tools|bench|tests)\//.test(target)),
        builtins: specifiers.filter((s) => s.startsWith('node:')),
      });
    }
  }
  return graph;
}

const graph = importGraph();

/** The stage a file belongs to: its folder under src/ (search by its three parts), or its top folder. */
function stage(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts[0]!;
  if (parts[1] === 'search') return `search/${parts[2]}`;
  if (parts.length === 2) return `src/${parts[1]!.replace(/(\.d)?\.[^.]+$/, '')}`;
  return parts[1]!;
}

/** Which stages each stage may import (itself always). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  lib: [],
  report: ['lib'],
  import: ['report', 'lib'],
  site: ['report', 'lib', 'client'],
  pdf: ['site', 'report', 'lib'],
  cards: ['site', 'report', 'lib'],
  checks: ['site', 'report', 'lib'],
  'search/core': ['report', 'lib', 'site'],
  'search/ui': ['search/core', 'report', 'lib', 'site'],
  'search/build': ['search/core', 'site', 'report', 'lib'],
  client: ['search/core', 'search/ui', 'lib', 'site'],
  components: ['components', 'layouts', 'site', 'report', 'search/core', 'client', 'lib', 'styles'],
  layouts: ['components', 'site', 'report', 'client', 'lib', 'styles'],
  pages: ['components', 'layouts', 'site', 'report', 'search/core', 'client', 'lib'],
  'src/content.config': ['report', 'site'],
  'src/integration': ['checks', 'search/build', 'search/core', 'site', 'report', 'pdf', 'cards', 'lib', 'client'],
  'src/env': [],
  scripts: ['import', 'site', 'report', 'lib', 'pdf'],
  tools: ['lib', 'import', 'report', 'site'],
  bench: ['tools', 'bench', 'import', 'report', 'site', 'cards', 'lib'],
};

describe('the import graph (docs/ARCHITECTURE.md)', () => {
  it('reads every module of the project', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get('src/import/import-report.ts')?.imports).toContain('src/report/slugs.ts');
  });

  it('lets each stage import only the stages before it: no stage reaches back up the pipeline', () => {
    const crossings: string[] = [];
    for (const [file, { imports }] of graph) {
      const from = stage(file);
      const allowed = ALLOWED[from];
      if (!allowed) {
        crossings.push(`${file}: stage "${from}" has no rule (add it to ALLOWED and to docs/ARCHITECTURE.md)`);
        continue;
      }
      for (const target of imports) {
        const to = stage(target);
        if (to !== from && !allowed.includes(to) && !(to === 'src/styles' || target.startsWith('src/styles/'))) crossings.push(`${file} → ${target}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('never reaches into the tests from src/, tools/, scripts/ or bench/', () => {
    const intoTests = [...graph].flatMap(([file, { imports }]) => imports.filter((target) => target.startsWith('tests/')).map((target) => `${file} → ${target}`));
    expect(intoTests).toEqual([]);
  });

  it('ships nothing of Node to readers: no module reachable from the site’s scripts imports node:*', () => {
    const entries = [...graph.keys()].filter((file) => file.startsWith('src/client/') || file.startsWith('src/search/ui/'));
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of graph.get(file)?.imports ?? []) visit(target);
    };
    entries.forEach(visit);
    const withNode = [...seen].filter((file) => (graph.get(file)?.builtins.length ?? 0) > 0);
    expect(seen.size).toBeGreaterThan(entries.length);
    expect(withNode).toEqual([]);
  });
});
