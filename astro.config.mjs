// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/checks/content/step.ts';
import { headers, writeHeaders } from './src/checks/headers/step.ts';
import { builtSite } from './src/checks/steps.ts';
import { checkLinks } from './src/checks/links/step.ts';
import { checkFidelity } from './src/checks/fidelity/step.ts';
import { codeColours } from './src/site/code/code-colours.ts';
import { formerPathRedirects } from './src/site/redirects.ts';
import { indexSearch, searchIndex } from './src/search/build/index-step.ts';
import { missingSiteUrl } from './src/site/site-url.ts';
import { feeds } from './src/site/feeds-integration.ts';
import { settings } from './src/site/settings.ts';
import { shikiConfig } from './src/site/code/shiki.ts';

// Self-hosters set BASE_PATH (e.g. /reports/rust-2026/) and SITE_URL at build time;
// tests and the benchmark also move the output and cache folders (see README).

export default defineConfig({
  // Without SITE_URL no site at all: canonical URLs, og:url and the sitemap need the real address.
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Directory-style URLs (/verdict/) that every static host serves without rewrites.
  trailingSlash: 'always',
  // Pages a report had before it moved into the library (its report.json's formerPaths): static
  // pages that send readers on, so old links keep working on any host.
  redirects: formerPathRedirects(`${settings.contentDir}/reports`, settings.base),
  // Every script and stylesheet stays an external file (Astro would inline small ones), so the
  // Content-Security-Policy needs no per-build hashes (dist/_headers varies only with the base).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's content layer starts the module it wraps round each MDX entry with the marker
        // "use astro:head-inject" (astro/dist/content/vite-plugin-content-assets.js); Rolldown
        // warns, once per MDX file in a boxed message that buries real warnings, that it does not
        // keep module-level directives. The marker is Astro's, for its build; the bundled pages do
        // not need it (the build tests read them). Every other warning goes through.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // src/lib/client/search.ts loads search-ui.ts through the worker build, as an ES module.
    worker: { format: 'es' },
  },
  integrations: [
    // First: names the file and line of a mistake before Astro reads the content.
    contentCheck({ dir: settings.contentDir }),
    mdx(),
    codeColours(shikiConfig.themes),
    // What needs the site's absolute address (the sitemap, the feeds) only with SITE_URL.
    ...(settings.site ? [sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(page) }), feeds()] : [missingSiteUrl()]),
    searchIndex(),
    headers(),
    // Over the finished site, in this order: the search index (so the link check sees pagefind/),
    // every sentence of every report on its page, every internal link, then dist/_headers.
    builtSite([indexSearch, checkFidelity, checkLinks, writeHeaders]),
  ],
  // Smart punctuation off: the reports' straight quotes are the author's characters, not ours to
  // curl (the build's fidelity check caught it). MDX inherits the processor.
  markdown: { shikiConfig, processor: satteri({ features: { smartPunctuation: false } }) },
  devToolbar: { enabled: false },
});
