import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pagefindBundlePath } from '../lib/search.ts';
import { contentType, fileUnder } from '../lib/static-files.ts';

// No includeCharacters: Pagefind 1.6 already indexes `batch_tokenize`, `par_iter`, `PyO3` and
// `tokio::spawn` both whole and by their parts. Indexing the built site with none, '_' and '_:'
// gave the same hits, ranks and excerpts for those and for `wrap_pyfunction`, `C++`, `GC-managed`
// and `memory-safe` (tests/build/search-index.test.ts keeps them honest).
const INDEX_CONFIG: pagefind.PagefindServiceConfig = {
  // Controls and status messages inside an article (copy buttons and their "Copied", sort buttons)
  // are never the report's text, whether or not their markup remembers data-pagefind-ignore.
  excludeSelectors: ['button', '[role="status"]'],
};

/**
 * Indexes the built site with Pagefind's Node API into `<outDir>/pagefind/` (Pagefind's default
 * place), so `npm run build` is the one command; `npm run dev` serves the last build's bundle.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let bundlePath = '/pagefind/';
  return {
    name: 'report:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        bundlePath = pagefindBundlePath(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const file = fileUnder(join(outDir, 'pagefind'), bundlePath, path);
          if (!file) return next();
          try {
            const body = await readFile(file);
            res.writeHead(200, { 'content-type': contentType(file) }).end(body);
          } catch {
            next();
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          // Only pages with data-pagefind-body count; the whole-report page has none on purpose.
          if (added.errors.length > 0 || added.page_count === 0) {
            throw new Error(`Pagefind indexed ${added.page_count} pages: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          // The Node API runs the Pagefind binary as a child process; without this the build never exits.
          await pagefind.close();
        }
      },
    },
  };
}
