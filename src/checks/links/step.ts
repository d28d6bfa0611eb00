import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, formatBrokenLinks } from './links.ts';
import type { BuildStep } from '../steps.ts';

/** Fails the build when a built page links to a page, file or heading that does not exist. */
export const checkLinks: BuildStep = {
  name: 'link-check',
  async run({ dir: root, base, logger }) {
    const files = new Map<string, string | null>();
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const key = relative(root, path).split(sep).join('/');
      files.set(key, key.endsWith('.html') ? await readFile(path, 'utf8') : null);
    }
    const broken = findBrokenLinks({ base, files });
    if (broken.length > 0) {
      throw new Error(`Broken internal links:\n${formatBrokenLinks(broken)}`);
    }
    logger.info(`checked links in ${[...files.keys()].filter((f) => f.endsWith('.html')).length} pages`);
  },
};
