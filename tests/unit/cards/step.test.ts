import { describe, expect, it } from 'vitest';
import { readShareCardLine, shareCardLine } from '../../../src/cards/step.ts';

describe('the build log’s share-card line', () => {
  const summary = { cards: 8012, drawn: 12, planSeconds: 0.9, drawSeconds: 3.4, cpuSeconds: 0.5, waitSeconds: 0.2 };

  it('says how many cards, how many were drawn and how long the build waited for them', () => {
    expect(shareCardLine(summary)).toBe('8012 share card(s): 12 drawn in 3.4 s, 0.5 s of CPU (the build waited 0.2 s for them), 8000 unchanged from the cache; planned in 0.9 s');
  });

  it('is read back by the bench from a whole log, and absent from a log without cards', () => {
    expect(readShareCardLine(`10:00:00 [share-cards] ${shareCardLine(summary)}\n10:00:01 [headers] wrote _headers`)).toEqual(summary);
    expect(readShareCardLine('10:00:00 [headers] wrote _headers for /')).toBeUndefined();
  });
});
