// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { headers } from './src/integrations/headers.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { missingSiteUrlWarning, siteSettings } from './src/lib/site-settings.ts';
import { shikiConfig } from './src/lib/code/shiki.ts';
import { contentDir } from './src/lib/content-dir.ts';

// Self-hosters set BASE_PATH (e.g. /reports/rust-2026/) and SITE_URL at build time;
// tests and the benchmark also move the output and cache folders (see README).
const settings = siteSettings(process.env);

export default defineConfig({
  // Without SITE_URL no site at all: canonical URLs, og:url and the sitemap need the real address.
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Directory-style URLs (/verdict/) that every static host serves without rewrites.
  trailingSlash: 'always',
  // Every script and stylesheet stays an external file (Astro would inline small ones), so the
  // Content-Security-Policy needs no per-build hashes (dist/_headers varies only with the base).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // @astrojs/mdx marks each page module "use astro:head-inject" for Astro's own head handling;
        // Rolldown warns that it does not keep such directives, once per MDX file, in a boxed
        // message that buries real warnings. The directive needs no preserving: Astro reads it
        // before bundling. Every other warning goes through.
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
    contentCheck({ dir: contentDir }),
    mdx(),
    ...(settings.site
      ? [sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(page) })]
      : [{ name: 'report:site-url', hooks: { 'astro:build:start': ({ logger }) => logger.warn(missingSiteUrlWarning) } }]),
    // Before the link check, which then sees the finished site, pagefind/ included.
    searchIndex(),
    linkCheck(),
    // dist/_headers, its paths under the base.
    headers(),
  ],
  markdown: { shikiConfig },
  devToolbar: { enabled: false },
});
