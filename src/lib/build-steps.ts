import type { AstroIntegrationLogger } from 'astro';

/** What a step over the finished build is handed. */
export interface BuiltSite {
  /** The output folder, as a path. */
  dir: string;
  /** Astro's base, ending in "/". */
  base: string;
  /** The content folder the site was built from (the reports' source.json the checks hold the output to). */
  contentDir: string;
  /** The build's cache folder (Astro's cacheDir), where earlier stages left what the steps read (the reports' PDFs). */
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

/** One step over the finished build; it throws to fail the build (and `npm run build` then keeps the old dist/). */
export interface BuildStep {
  name: string;
  run(site: BuiltSite): Promise<void>;
}

/**
 * Runs the steps over the built site one after another, in the order given, so that each sees what
 * the ones before it wrote (the link check sees pagefind/).
 */
export async function runSteps(steps: readonly BuildStep[], site: BuiltSite): Promise<void> {
  for (const step of steps) await step.run({ ...site, logger: site.logger.fork(step.name) });
}
