import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

/** What a step over the finished build is handed. */
export interface BuiltSite {
  /** The output folder, as a path. */
  dir: string;
  /** Astro's base, ending in "/". */
  base: string;
  logger: AstroIntegrationLogger;
}

/** One step over the finished build; it throws to fail the build (and `npm run build` then keeps the old dist/). */
export interface BuildStep {
  name: string;
  run(site: BuiltSite): Promise<void>;
}

/**
 * Runs the steps over the built site one after another, in the order given, so that each sees
 * what the ones before it wrote (the link check sees pagefind/), instead of relying on the order
 * of separate integrations in astro.config.mjs.
 */
export function builtSite(steps: readonly BuildStep[]): AstroIntegration {
  let base = '/';
  return {
    name: 'report:built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const step of steps) await step.run({ dir: fileURLToPath(dir), base, logger: logger.fork(step.name) });
      },
    },
  };
}
