/**
 * Untrusted text → text a card can draw. Nothing here is markup: what it returns is only ever a
 * string child of satori's element tree. It decides what becomes of what no font can draw.
 */
import { EMOJI_FAMILY, type CardFonts } from './fonts.ts';

/** What a card draws for a character no font has: a white square (DejaVu Sans has it). */
export const MISSING = '\u25A1';

// Bidi embeddings, overrides, isolates and marks: satori has no unicode-bidi, and an override in a
// title could reverse the card's text; they go, and each field's direction is set from its letters.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Every kind of white space (line ends, tabs, no-break spaces, U+2028/2029) becomes one space.
const SPACES = /[\s\u2028\u2029\u180E]+/gu;
const CONTROL = /\p{Cc}/u;
const INVISIBLE = /[\p{M}\p{Cf}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A field as the card draws it: the text, its direction, its length, and whether it needs the CJK fonts. */
export interface CardLine {
  text: string;
  dir: 'ltr' | 'rtl';
  graphemes: number;
  cjk: boolean;
}

/**
 * Makes any value drawable: well-formed, NFC, one space for any white space, no controls or bidi
 * overrides, at most `max` graphemes (layout time grows with length; the card shows a few lines and
 * satori's line clamp ends them with an ellipsis). Each grapheme is checked against the font satori
 * will take it from (the first that has its first code point): one no font has becomes MISSING (or
 * goes, when invisible), and code points that font lacks (a stray combining mark) are dropped, since
 * satori would draw that font's "no glyph" box for them.
 */
export function cardLine(input: unknown, fonts: CardFonts, max: number): CardLine {
  const text = (typeof input === 'string' ? input : input == null ? '' : String(input))
    .toWellFormed()
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(SPACES, ' ')
    .trim();
  const emoji = fonts.families().findIndex((family) => family.name === EMOJI_FAMILY);
  let out = '';
  let count = 0;
  let previous = -1;
  let cut = false;
  let cjk = false;
  for (const { segment } of graphemes.segment(text)) {
    if (count === max) {
      cut = true;
      break;
    }
    if (segment === ' ') {
      // satori draws a space in the previous grapheme's font when it has one, and Noto Emoji's is
      // about an em wide: a word joiner (zero-width, from DejaVu) ends the emoji's run first.
      out += previous === emoji ? '\u2060 ' : ' ';
      previous = -1;
      count++;
      continue;
    }
    const points = [...segment];
    const first = points[0]!;
    const code = first.codePointAt(0)!;
    // Soft hyphens would show mid-word.
    if (CONTROL.test(first) || code === 0xad) continue;
    // U+FFFD (what a lone surrogate became) is drawn as the same square as anything else missing.
    const family = code === 0xfffd ? -1 : fonts.familyOf(code);
    if (family < 0) {
      if (INVISIBLE.test(first)) continue;
      out += MISSING;
    } else {
      cjk ||= fonts.isCjk(family);
      const has = fonts.families()[family]!.has;
      out += first;
      for (const point of points.slice(1)) if (has.has(point.codePointAt(0)!)) out += point;
    }
    previous = family;
    count++;
  }
  const drawn = cut ? `${out.trimEnd()}…` : out.trimEnd();
  return { text: drawn, dir: direction(drawn), graphemes: count, cjk };
}

/** The direction of the first letter, as dir="auto" decides it. */
export function direction(text: string): 'ltr' | 'rtl' {
  for (const char of text) if (LETTER.test(char)) return RTL_SCRIPT.test(char) ? 'rtl' : 'ltr';
  return 'ltr';
}
