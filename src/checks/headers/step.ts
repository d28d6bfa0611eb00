import type { AstroIntegration } from 'astro';
import type { BuildStep } from '../steps.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile } from '../../site/security.ts';

/**
 * Writes dist/_headers (security and cache headers for Netlify and Cloudflare Pages) for the
 * `base` the site is built with: a checked-in public/_headers could only hold root paths. Also
 * tells pages whether to carry the policy's <meta> tag: in built pages, not in `astro dev`, whose
 * injected <style> elements the policy forbids (import.meta.env.PROD would follow NODE_ENV, which
 * a shell or a test runner may set, and a build must never ship without its policy).
 */
export function headers(): AstroIntegration {
  return {
    name: 'report:headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.REPORT_CSP_META': JSON.stringify(command !== 'dev') } } });
      },
    },
  };
}

/** Writes dist/_headers, its rules under the base (the last step over the built site). */
export const writeHeaders: BuildStep = {
  name: 'headers',
  async run({ dir, base, logger }) {
    await writeFile(join(dir, '_headers'), headersFile(base));
    logger.info(`wrote _headers for ${base}`);
  },
};
