import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, formatBrokenLinks } from '../lib/links.ts';

/** Fails the build when a built page links to a page, file or heading that does not exist. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'report:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = new Map<string, string | null>();
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const path = join(entry.parentPath, entry.name);
          const key = relative(root, path).split(sep).join('/');
          files.set(key, key.endsWith('.html') ? await readFile(path, 'utf8') : null);
        }
        const broken = findBrokenLinks({ base: base.endsWith('/') ? base : `${base}/`, files });
        if (broken.length > 0) {
          throw new Error(`Broken internal links:\n${formatBrokenLinks(broken)}`);
        }
        logger.info(`checked links in ${[...files.keys()].filter((f) => f.endsWith('.html')).length} pages`);
      },
    },
  };
}
