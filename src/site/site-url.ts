import type { AstroIntegration } from 'astro';
import { missingSiteUrlWarning } from './settings.ts';

/** Warns once per build that SITE_URL is missing, and what the build leaves out without it. */
export function missingSiteUrl(): AstroIntegration {
  return {
    name: 'report:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => logger.warn(missingSiteUrlWarning),
    },
  };
}
