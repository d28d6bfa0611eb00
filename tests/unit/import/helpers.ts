import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SourceError } from '../../../src/report/errors.ts';

/** The sample reports, copied into the repository so tests never read outside it. */
export const SAMPLES = ['rust-in-2026.txt', 'sample-databases-2026.txt', 'sample-minimal.txt'] as const;

/** A sample report's bytes, as the command reads them. */
export function sample(name: (typeof SAMPLES)[number]): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/reports/${name}`, import.meta.url)));
}

/** Lines joined as a report file. */
export const report = (...lines: string[]): string => lines.join('\n') + '\n';

/** The string form of the SourceError `fn` throws (fails the test if it throws nothing else). */
export function importErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return String(error);
    throw error;
  }
  throw new Error('expected an SourceError, but nothing was thrown');
}
