// @ts-check
import { defineConfig } from 'astro/config';
import { reportsSite } from './src/integration.ts';
import { settings } from './src/site/settings.ts';

// Where the site is served (SITE_URL, BASE_PATH) and where it is built from and to: src/site/settings.ts.
export default defineConfig({
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  integrations: [reportsSite({ contentDir: settings.contentDir, site: settings.site })],
});
