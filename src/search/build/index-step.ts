import type { BuildStep } from '../../lib/build-steps.ts';
import { readFile, rm } from 'node:fs/promises';
import { filesUnder } from '../../lib/files.ts';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS } from './indexed-text.ts';
import { writeVocabulary } from './vocabulary.ts';
import { WHOLE_REPORT } from '../../report/slugs.ts';
import { VOCABULARY_FILE } from '../core/bundle.ts';

// No includeCharacters: Pagefind 1.6 already indexes `batch_tokenize`, `par_iter`, `PyO3` and
// `tokio::spawn` both whole and by their parts. Indexing the built site with none, '_' and '_:'
// gave the same hits, ranks and excerpts for those and for `wrap_pyfunction`, `C++`, `GC-managed`
// and `memory-safe`; queries pasted from code (`TcpListener::bind`, `wrap_pyfunction!`,
// `Box<dyn std::error::Error>`, `0u8`) find their snippet's section and heading first
// (tests/browser/search-index.test.ts keeps them honest).

const INDEX_CONFIG: pagefind.PagefindServiceConfig = { excludeSelectors: [...EXCLUDE_SELECTORS] };

// Pagefind writes its three prebuilt UIs and the worker next to the index; our results list uses
// only pagefind.js, in the page (src/search/ui/engine.ts), and pagefind-highlight.js
// (src/search/ui/highlight.ts). The rest would be dead files for every self-hoster to upload.
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

/**
 * Indexes the built site with Pagefind's Node API into `<dir>/pagefind/` (Pagefind's default place),
 * drops the bundle files nothing loads, and writes the word list for "Did you mean …?".
 */
export const indexSearch: BuildStep = {
  name: 'search-index',
  async run({ dir: root, logger }) {
    try {
      const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: root });
      if (added.errors.length > 0) throw new Error(`Pagefind could not read the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
      // Pagefind reads every page (page_count) but indexes only those with data-pagefind-body: one
      // per report, its whole-report page (src/pages/[report]/report.astro). Fewer would be reports
      // search cannot find.
      const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      const reports = filesUnder(root, `/${WHOLE_REPORT}/index.html`).length;
      if (reports === 0 || indexed !== reports) {
        throw new Error(`Pagefind indexed ${indexed} pages, but the site has ${reports} reports: each report's whole-report page must carry data-pagefind-body`);
      }
      await Promise.all(UNUSED_FILES.map((file) => rm(join(root, 'pagefind', file), { force: true })));
      const vocabulary = await writeVocabulary(root);
      logger.info(`read ${added.page_count} pages, indexed ${indexed} (one per report) into pagefind/; ${VOCABULARY_FILE}: ${vocabulary.words} words, ${vocabulary.gzipBytes} bytes gzipped`);
    } finally {
      // The Node API runs the Pagefind binary as a child process; without this the build never exits.
      await pagefind.close();
    }
  },
};
