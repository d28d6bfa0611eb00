/**
 * The optimal-string-alignment distance between two words (insertions, deletions, substitutions
 * and swaps of neighbours each cost one), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The word of `known` nearest to `word` (at most `max` edits), for a "did you mean": on a tie, one of
 * the typed length (a swap, "rsut" → "rust") beats a dropped letter ("rst"), then the first in order.
 */
export function closestWord(word: string, known: Iterable<string>, max = 2): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    if (Math.abs(name.length - word.length) > max) continue;
    const distance = editDistance(word, name, max);
    if (distance > max) continue;
    const score = distance * 10 + Math.abs(name.length - word.length);
    if (!best || score < best.score || (score === best.score && name < best.name)) best = { name, score };
  }
  return best?.name;
}
