import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/edit-distance.ts';
import { VOCABULARY_FILE } from '../../src/search/core/bundle.ts';
import { suggestQuery, type Vocabulary } from '../../src/search/core/suggest.ts';
import { rootDist } from '../support/paths.ts';

// Misspellings a reader might type, one or two edits from a word of the report (prose, code and
// the table), and the word meant. Dropped, doubled, swapped and wrong letters, as typed in a hurry.
const misspellings: [typo: string, meant: string][] = [
  ['Pingra', 'Pingora'],
  ['microcontroler', 'microcontrollers'],
  ['borow', 'borrow'],
  ['Pytohn', 'Python'],
  ['Andriod', 'Android'],
  ['Clodflare', 'Cloudflare'],
  ['ownrship', 'ownership'],
  ['firmwre', 'firmware'],
  ['Fortarn', 'Fortran'],
  ['Unrael', 'Unreal'],
  ['tokenzier', 'tokenizer'],
  ['cryptograhpic', 'cryptographic'],
  ['inferense', 'inference'],
  ['Analyser', 'Analyzer'],
  ['ecosytem', 'ecosystem'],
  ['throughtput', 'throughput'],
  ['WebAssembley', 'WebAssembly'],
  ['DataBriks', 'DataBricks'],
  ['Huging', 'Hugging'],
  ['automotve', 'automotive'],
  ['predecesor', 'predecessor'],
  ['catalist', 'catalysts'],
  ['embeded', 'embedded'],
  ['productivty', 'productivity'],
  ['bootcmap', 'bootcamp'],
  ['garantee', 'guarantee'],
  ['supplemneted', 'supplemented'],
  ['interpeter', 'interpreter'],
  ['TcpListner', 'TcpListener'],
  ['batch_tokenise', 'batch_tokenize'],
];

let vocabulary: Vocabulary;
let json: string;
beforeAll(() => {
  json = readFileSync(join(rootDist, 'pagefind', VOCABULARY_FILE), 'utf8');
  vocabulary = JSON.parse(json) as Vocabulary;
});

describe('the search vocabulary', () => {
  it('holds the words of the prose, the code and the table', () => {
    for (const word of ['Pingora', 'microcontrollers', 'par_iter', 'TcpListener', 'wrap_pyfunction', 'managed', 'Extremely']) {
      expect(vocabulary.words, word).toContain(word);
    }
  });

  it('holds the authors’ names from the bylines, so a search for one is not “corrected”', () => {
    for (const word of ['iBuidl', 'Acme']) expect(vocabulary.words, word).toContain(word);
    expect(suggestQuery('iBuidl', vocabulary)).toBeUndefined();
    expect(suggestQuery('Acme Markup', vocabulary)).toBeUndefined();
  });

  it('leaves out the words of page chrome, as the index does', () => {
    for (const word of ['Previous', 'editors', 'sideways', 'Copied']) {
      expect(vocabulary.words.map((w) => w.toLowerCase()), word).not.toContain(word.toLowerCase());
    }
  });

  it('is small enough to fetch for one suggestion', () => {
    expect(gzipSync(json).length).toBeLessThan(8 * 1024);
  });

  it('tests misspellings of at least 20 distinct words, each one or two edits away', () => {
    expect(new Set(misspellings.map(([, meant]) => meant)).size).toBeGreaterThanOrEqual(20);
    for (const [typo, meant] of misspellings) {
      expect([1, 2], `${typo} → ${meant}`).toContain(editDistance(typo.toLowerCase(), meant.toLowerCase()));
      expect(vocabulary.words, meant).toContain(meant);
    }
  });

  it('suggests the word meant for at least 90 % of the misspellings', () => {
    const misses = misspellings
      .map(([typo, meant]) => ({ typo, meant, suggested: suggestQuery(typo, vocabulary) }))
      .filter(({ meant, suggested }) => suggested !== meant);
    const ratio = 1 - misses.length / misspellings.length;
    expect(ratio, `misses: ${JSON.stringify(misses)}`).toBeGreaterThanOrEqual(0.9);
  });
});
