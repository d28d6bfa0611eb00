import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { projectRoot } from '../../tools/paths.ts';

/**
 * The files that start first after the unit tests, in this order, before the rest in Vitest's own
 * order. Vitest runs the projects one after another (browser, build, deploy, unit, by name), which
 * left the fixture builds and the type check (files that take turns on the build lock, tools/build.ts)
 * to the end, one worker waiting on the other. Here they alternate with the longest browser files:
 * one worker works through the builds while the other drives a browser, and the short files fill
 * both workers at the end.
 */
export const startFirst = [
  'tests/build/bad-input.test.ts',
  'tests/browser/search.test.ts',
  'tests/build/build-script.test.ts',
  'tests/build/type-check.test.ts',
  'tests/browser/search-scoped.test.ts',
  // A report no test has seen, imported and built with the real build: one more turn on the build lock.
  'tests/build/unseen-report.test.ts',
  // The dev server takes turns with the builds too: after the type check, while the other worker is busy.
  'tests/browser/dev-server.test.ts',
  'tests/browser/every-page.test.ts',
];

/**
 * Vitest's order, with the unit tests first (they need no build, and run while the global setup
 * makes the test builds) and then the files of `startFirst`.
 */
export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name === 'unit') return -1;
      const index = startFirst.indexOf(relative(projectRoot, spec.moduleId));
      return index === -1 ? startFirst.length : index;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
