/**
 * The whole site as one Astro integration (as Starlight ships itself): `reportsSite()` sets what the
 * site needs of Astro and composes every stage in order, so astro.config.mjs only says where the site
 * is served. The stages (docs/ARCHITECTURE.md): the content is checked before Astro reads it (and each
 * MDX file again before it is compiled), every report is typeset as a PDF (src/pdf, before the pages,
 * which say how long it is) while its share cards are drawn (src/cards, on until the pages are done),
 * pages are rendered, then the steps over the built site run in order: search index, every word of
 * every report on its page, the PDFs written and every word in them, every internal link, the share
 * cards put beside their pages, dist/_headers.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { startShareCards } from './cards/build.ts';
import { writeShareCards } from './cards/step.ts';
import { checkContentAtStart, contentGuard } from './checks/content/step.ts';
import { checkFidelity } from './checks/fidelity/step.ts';
import { writeHeaders } from './checks/headers/step.ts';
import { checkLinks } from './checks/links/step.ts';
import { checkPdfs } from './checks/pdf/step.ts';
import { runSteps, type BuildStep } from './lib/build-steps.ts';
import { makeReportPdfs } from './pdf/build.ts';
import { pdfDevMiddleware } from './pdf/dev-middleware.ts';
import { writePdfs } from './pdf/step.ts';
import { oldAddresses } from './report/addresses.ts';
import { MDX_FEATURES } from './report/content-mdx.ts';
import { REPORT_FILES, reportSlugs, reportsDir } from './report/folders.ts';
import { searchDevMiddleware } from './search/build/dev-middleware.ts';
import { indexSearch } from './search/build/index-step.ts';
import { pagefindBundlePath } from './search/core/bundle.ts';
import { codeColours } from './site/code/code-colours.ts';
import { shikiConfig } from './site/code/shiki.ts';
import { REPORT_DOWNLOADS, SITE_PAGES, TABLE_DATA_DIR, TABLE_FORMATS } from './site/urls.ts';
import { missingSiteUrlWarning } from './site/settings.ts';
import { site as library } from './site/site-facts.ts';

/** Where the site's content is, and whether it has a public address (feeds and sitemap need one). */
export interface ReportsSiteOptions {
  contentDir: string;
  site: string | undefined;
}

/**
 * The sitemap's filter: every page but those no search engine should list, the 404 page, the search
 * page and the redirect pages of old addresses (read from each report's report.json, as routing.ts does).
 */
function notInSitemap(contentDir: string, base: string): (page: string) => boolean {
  const hidden = new Set<string>([SITE_PAGES.notFound, SITE_PAGES.search]);
  for (const slug of reportSlugs(contentDir)) {
    try {
      const facts = JSON.parse(readFileSync(join(reportsDir(contentDir), slug, REPORT_FILES.facts), 'utf8')) as Parameters<typeof oldAddresses>[1];
      for (const { from } of oldAddresses(slug, facts)) hidden.add(from);
    } catch {
      // The content check has named an unreadable report.json already.
    }
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (page) => !hidden.has(new URL(page).pathname.slice(prefix.length));
}

/** The steps over the built site, in order: each sees what the ones before it wrote (the link check, the PDFs). */
export const BUILD_STEPS: readonly BuildStep[] = [indexSearch, checkFidelity, writePdfs, checkPdfs, checkLinks, writeShareCards, writeHeaders];

/** The site: every integration and build step, in order, in one place. */
export function reportsSite(options: ReportsSiteOptions): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let base = '/';
  return {
    name: 'reports-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, logger }) => {
        // First: name the file and line of a mistake before Astro reads the content.
        if (command === 'build' || command === 'dev') checkContentAtStart(options.contentDir, command, logger);
        updateConfig({
          // Directory-style URLs (/verdict/) that every static host serves without rewrites.
          trailingSlash: 'always',
          // Every script and stylesheet stays an external file (Astro would inline small ones), so the
          // Content-Security-Policy needs no per-build hashes (dist/_headers varies only with the base).
          build: { format: 'directory', inlineStylesheets: 'never' },
          // The content's Markdown features (content-mdx.ts), one object for the build and its checks.
          markdown: { shikiConfig, processor: satteri({ features: MDX_FEATURES }) },
          devToolbar: { enabled: false },
          // The steps over the built site run last, after the sitemap is written (the link check reads it).
          integrations: [mdx(), ...(options.site ? [sitemap({ filter: notInSitemap(options.contentDir, config.base) })] : []), builtSite(options.contentDir)],
          vite: {
            plugins: [contentGuard(options.contentDir), codeColours(shikiConfig.themes)],
            define: {
              // From the command, not import.meta.env.PROD/DEV, which follow NODE_ENV (a test runner sets it):
              // built pages carry the CSP <meta> (the dev server injects <style> elements it forbids), and
              // the dev server's search reads the last build.
              'import.meta.env.REPORT_CSP_META': JSON.stringify(command !== 'dev'),
              'import.meta.env.REPORT_SEARCH_DEV': JSON.stringify(command === 'dev'),
            },
            build: {
              assetsInlineLimit: 0,
              rolldownOptions: {
                // Astro's content layer marks each MDX module "use astro:head-inject"; Rolldown warns, once
                // per MDX file, that it drops module-level directives. The marker is Astro's, read by Astro.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
            // src/client/search.ts loads the search UI through the worker build, as an ES module.
            worker: { format: 'es' },
          },
        });
        // What readers take away beside the pages (URLs in src/site/urls.ts): each report's citation
        // and text, each table's data, and the library for language models.
        const route = (pattern: string, file: string) => injectRoute({ pattern, entrypoint: new URL(`./site/routes/${file}`, import.meta.url), prerender: true });
        route(`/[report]/${REPORT_DOWNLOADS.bibtex}`, 'cite.bib.ts');
        route(`/[report]/${REPORT_DOWNLOADS.csl}`, 'cite.json.ts');
        route(`/[report]/${REPORT_DOWNLOADS.text}`, 'report.txt.ts');
        for (const format of TABLE_FORMATS) route(`/[report]/${TABLE_DATA_DIR}/[table].${format}`, `table.${format}.ts`);
        route('/llms.txt', 'llms.txt.ts');
        // Feed readers need absolute links: the feeds exist only with SITE_URL (as the sitemap).
        if (options.site) {
          injectRoute({ pattern: '/rss.xml', entrypoint: new URL('./site/routes/rss.xml.ts', import.meta.url), prerender: true });
          injectRoute({ pattern: '/feed.json', entrypoint: new URL('./site/routes/feed.json.ts', import.meta.url), prerender: true });
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(searchDevMiddleware(outDir, pagefindBundlePath(base)));
        server.middlewares.use(pdfDevMiddleware(cacheDir, base));
      },
      'astro:build:start': async ({ logger }) => {
        if (!options.site) logger.warn(missingSiteUrlWarning);
        // An og:image must be absolute: share cards only with SITE_URL. Started first, drawn while the
        // PDFs are typeset and the pages render.
        else startShareCards({ contentDir: options.contentDir, cacheDir, siteName: library.name });
        // Before the pages: they say how many pages and bytes each report's PDF has.
        const pdfLogger = logger.fork('pdf');
        await makeReportPdfs({
          contentDir: options.contentDir,
          cacheDir,
          site: { name: library.name, base, origin: options.site },
          info: (message) => pdfLogger.info(message),
          warn: (message) => pdfLogger.warn(message),
        });
      },
    },
  };
}

/** The steps over the finished site (BUILD_STEPS), as the last integration, so that they see every file the others wrote. */
function builtSite(contentDir: string): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'reports-site:built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await runSteps(BUILD_STEPS, { dir: fileURLToPath(dir), base, contentDir, cacheDir, logger });
      },
    },
  };
}
