import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('../../../shared/report/rust-in-2026.txt', import.meta.url));
const copy = fileURLToPath(new URL('../fixtures/rust-in-2026.txt', import.meta.url));

/**
 * The report as its publisher wrote it: the workplace's shared/report copy when it sits beside
 * the repository, else the verbatim copy committed under tests/fixtures (for clones elsewhere).
 */
export const reportSourcePath = existsSync(shared) ? shared : copy;

/** The source text's lines. */
export function reportLines(): string[] {
  return readFileSync(reportSourcePath, 'utf8').split('\n');
}
