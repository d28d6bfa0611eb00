// Strings as bad as report text and editorial data can be, for the citation outputs' property tests:
// BibTeX and LaTeX specials, markup, quotes, CJK, RTL, emoji, combining marks (also right after a
// special), odd spaces, TeX ligatures; and any Unicode scalar value but controls.
import fc from 'fast-check';

/** One seed for every property test here, so a failure reproduces; PROPERTY_SEED tries another. */
export const SEED = Number(process.env['PROPERTY_SEED'] ?? 20260301);
/** Runs per property; PROPERTY_RUNS for a longer run. */
export const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

const specials = [
  '{', '}', '%', '&', '#', '_', '$', '\\', '~', '^', '@', '"', "'", '`', ',', ';', '=', ' and ', 'and',
  '<', '>', '</script>', '<!--', '-->', '<i>', '</i>', '<b>', '<span class="nocase">', '&amp;',
  '\\textbf{', '\\\\', '{}', '}{', '@comment{', '\n', '\r', '\r\n', '\t', '  ',
  'é', 'e\u0301', '}\u0301', '\\\u0301', '%\u0301', 'Ü', 'ß', 'ﬁ', '²', 'Ω', 'Да', 'Ελλάδα',
  '中文', '日本語', '한국어', 'עברית', 'العربية', '\u200f', '\u200e', '\u202e', '\u00a0', '\u2009', '\u3000',
  '😀', '👩‍💻', '🇫🇷', '\u200b', '\ufeff', 'İ', 'ǅ', '=1+1', '+1', '-1', '@SUM(A1)', '\u2028', '\u2029',
  // What LaTeX tables got wrong in the prototype: TeX ligatures, symbols, lone accents.
  '--', '---', '``', "''", '!`', '?`', ',,', 'Ḕ', '℉', '✁', '≭', '⑪', 'ĸ', '¸', '‣', '·', '{\u0cbc',
];

const isControl = (s: string) => !s.isWellFormed() || /\p{Cc}/u.test(s.replace(/[\n\r\t]/gu, ''));

/** A piece: a known troublemaker, or 1–3 arbitrary code points (controls other than \t\n\r excluded). */
const piece = fc.oneof(
  fc.constantFrom(...specials),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }).filter((s) => !isControl(s)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }).filter((s) => !isControl(s)),
);

/** Hostile text, possibly empty or all spaces. */
export const hostileText = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

/** Hostile text with at least one visible character (a title or a name says something). */
export const hostileName = hostileText.filter((s) => /[^\s\p{Zs}\p{Cf}]/u.test(s));

/** A report slug. */
export const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u).filter((s) => s.length <= 60);

/** A property test waits for its runs, not for the clock: seconds on a busy machine, more for a long run. */
export const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 200);
