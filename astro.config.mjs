// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { linkCheck } from './src/integrations/link-check.ts';
import { siteSettings } from './src/lib/site-settings.ts';

// Self-hosters set BASE_PATH (e.g. /reports/rust-2026/) and SITE_URL at build time;
// tests and the benchmark also move the output and cache folders (see README).
const settings = siteSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Directory-style URLs (/verdict/) that every static host serves without rewrites.
  trailingSlash: 'always',
  // Every script and stylesheet stays an external file (Astro would inline small ones), so the
  // Content-Security-Policy needs no per-build hashes and public/_headers can be a static file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    linkCheck(),
  ],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // CSS variables instead of a default colour, so the site's theme switch picks the palette.
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
});
