// The site's words, for "Did you mean …?" (src/search/core/suggest.ts): gathered from the text
// Pagefind indexes on every page, and written next to its index.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../../lib/files.ts';
import { VOCABULARY_FILE } from '../core/bundle.ts';
import { MIN_WORD_LENGTH, type Vocabulary } from '../core/suggest.ts';
import { indexedText } from './indexed-text.ts';

/**
 * The vocabulary of some texts (the indexed part of each page): every word of at least three
 * characters with a letter in it, identifiers (`par_iter`) whole, most frequent first.
 */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of text.normalize('NFC').match(/[\p{L}\p{N}_]+/gu) ?? []) {
      if (word.length < MIN_WORD_LENGTH || !/\p{L}/u.test(word)) continue;
      const key = word.toLowerCase();
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const entries = [...counts.values()].map((forms) => {
    const sorted = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { word: sorted[0]![0], count: sorted.reduce((sum, [, n]) => sum + n, 0) };
  });
  entries.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return { words: entries.map((entry) => entry.word) };
}

/**
 * Writes the words of every indexed page of a built site into its `pagefind/` folder; returns how
 * many, and the file's size gzipped, as a reader would fetch it.
 */
export async function writeVocabulary(root: string): Promise<{ words: number; gzipBytes: number }> {
  const files = filesUnder(root, '.html');
  const texts = await Promise.all(files.map(async (file) => indexedText(await readFile(join(root, file), 'utf8'))));
  const vocabulary = buildVocabulary(texts);
  const json = JSON.stringify(vocabulary);
  await writeFile(join(root, 'pagefind', VOCABULARY_FILE), json);
  return { words: vocabulary.words.length, gzipBytes: gzipSync(json).length };
}
