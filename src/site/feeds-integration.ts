import type { AstroIntegration } from 'astro';

/**
 * The library's RSS and JSON feeds (src/feeds/). Feed readers need absolute links, so they are
 * built only with SITE_URL; without it the build leaves them out (and says so, see site-url.ts).
 */
export function feeds(): AstroIntegration {
  return {
    name: 'report:feeds',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/rss.xml', entrypoint: new URL('./routes/rss.xml.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: '/feed.json', entrypoint: new URL('./routes/feed.json.ts', import.meta.url), prerender: true });
      },
    },
  };
}
