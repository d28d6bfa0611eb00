import type { BuildStep } from '../../lib/build-steps.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile } from '../../site/security.ts';

/** Writes dist/_headers, its rules under the base (the last step over the built site). */
export const writeHeaders: BuildStep = {
  name: 'headers',
  async run({ dir, base, logger }) {
    await writeFile(join(dir, '_headers'), headersFile(base));
    logger.info(`wrote _headers for ${base}`);
  },
};
