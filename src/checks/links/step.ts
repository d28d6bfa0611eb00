import { writerFacingError } from '../../report/errors.ts';
import type { BuildStep } from '../../lib/build-steps.ts';
import { builtFiles, contentSources, findBrokenLinks, formatBrokenLinks } from './links.ts';

/** Fails the build when a built page links to a page, file or heading that does not exist. */
export const checkLinks: BuildStep = {
  name: 'link-check',
  async run({ dir: root, base, contentDir, logger }) {
    const files = builtFiles(root);
    const broken = findBrokenLinks({ base, files, sourceOf: contentSources(contentDir) });
    if (broken.length > 0) throw writerFacingError(`Broken internal links:\n${formatBrokenLinks(broken)}`);
    logger.info(`checked links in ${[...files.keys()].filter((f) => f.endsWith('.html')).length} pages`);
  },
};
