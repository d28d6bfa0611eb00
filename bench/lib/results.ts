import { join } from 'node:path';

/**
 * Where a bench run writes latest.md and latest.json: bench/results/ (tracked, quoted by the README)
 * only with `--save`, so that a run to look at the figures leaves the working tree clean; otherwise
 * bench/.work/results/ (git-ignored).
 */
export function resultsDir(projectRoot: string, args: readonly string[]): string {
  return args.includes('--save') ? join(projectRoot, 'bench/results') : join(projectRoot, 'bench/.work/results');
}
