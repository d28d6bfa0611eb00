import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsDir } from '../../../bench/lib/results.ts';

describe('where a bench run writes its results', () => {
  it('leaves the tracked bench/results/ alone on a plain run', () => {
    expect(resultsDir('/repo', [])).toBe(join('/repo', 'bench/.work/results'));
  });

  it('writes bench/results/ when asked with --save', () => {
    expect(resultsDir('/repo', ['--save'])).toBe(join('/repo', 'bench/results'));
  });
});
