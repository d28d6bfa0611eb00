import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../../src/cards/fonts.ts';
import { cardLine, direction, MISSING } from '../../../src/cards/text.ts';

const fonts = cardFonts();
const line = (text: unknown, max = 100) => cardLine(text, fonts, max);

describe('cardLine', () => {
  it('drops controls and bidi overrides and makes any white space one space', () => {
    expect(line('\u0000a\u0007\n\t b\u202E c\u202C\u2028d').text).toBe('a b c d');
  });

  it('draws a square for what no font has, a lone surrogate included', () => {
    expect(line('a \u{13000} b \uD800').text).toBe(`a ${MISSING} b ${MISSING}`);
  });

  it('keeps a precomposed letter and drops a combining mark its font lacks', () => {
    const text = line('e\u0301 x\u0302').text;
    expect(text.startsWith('\u00e9 x')).toBe(true);
    expect(text).not.toContain('\u0302');
  });

  it('cuts at a number of graphemes, with an ellipsis', () => {
    expect(line('👩‍💻'.repeat(10), 3).text).toBe('👩‍💻👩‍💻👩‍💻…');
  });

  it('says when a line needs the CJK fonts', () => {
    expect(line('Rust in 2026').cjk).toBe(false);
    expect(line('Rust 中文').cjk).toBe(true);
    expect(line('한국어').cjk).toBe(true);
  });

  it('takes the direction from the first letter, as dir="auto" does', () => {
    expect(direction('123 مرحبا world')).toBe('rtl');
    expect(direction('Hello مرحبا')).toBe('ltr');
    expect(line('שלום').dir).toBe('rtl');
  });

  it('turns values that are not strings into text', () => {
    expect(line(42).text).toBe('42');
    expect(line(null).text).toBe('');
    expect(line(undefined).text).toBe('');
  });
});
