import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { CARD_SIZE, renderShareCard } from '../../../src/cards/card.ts';
import { cardKey, type ShareCard } from '../../../src/cards/card-key.ts';

const part: ShareCard = {
  site: 'Research reports',
  report: 'Rust in 2026',
  part: { label: 'Section 2', title: 'Replacing Python in ML Infrastructure' },
  byline: 'iBuidl Research Team',
  date: 'Data as of March 2026.',
};

/** The card decoded by an independent decoder (pngjs). */
async function drawn(card: ShareCard): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await renderShareCard(card)));
}

/** Pixels clearly darker than the background in a box: ink (the inks are #1b1d22, #4f5562, #a2390c). */
function inkIn(image: PNG, [x0, y0, x1, y1]: readonly [number, number, number, number]): number {
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      if (0.2126 * image.data[i]! + 0.7152 * image.data[i + 1]! + 0.0722 * image.data[i + 2]! < 160) ink++;
    }
  }
  return ink;
}

const TITLE_AREA = [80, 150, 1120, 480] as const;
const FOOTER = [80, 520, 1120, 574] as const;

describe('renderShareCard', () => {
  it('draws a 1200×630 PNG with the title in the middle and the byline at the foot, under 40 KB', async () => {
    const png = await renderShareCard(part);
    expect(png.length).toBeLessThan(40_000);
    const image = PNG.sync.read(Buffer.from(png));
    expect([image.width, image.height]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
    expect(inkIn(image, TITLE_AREA)).toBeGreaterThan(1000);
    expect(inkIn(image, FOOTER)).toBeGreaterThan(200);
  });

  it('gives the same bytes for the same card, whatever was drawn before', async () => {
    const first = await renderShareCard(part);
    await renderShareCard({ ...part, report: '中文标题 and something else' });
    expect(Buffer.from(await renderShareCard(structuredClone(part))).equals(Buffer.from(first))).toBe(true);
  });

  const hostile = [
    '<script>alert(1)</script>',
    '&amp; &lt; & < > " \' ` </svg><svg onload=alert(1)>',
    '{{title}} ${x} %s \\u0000',
    'Supercalifragilistic'.repeat(30),
    'مرحبا بالعالم — تقرير البحث',
    'שלום עולם, דו״ח מחקר',
    '中文标题：日本語のテキストと한국어',
    '🚀👩‍💻👨🏽‍🔬🇯🇵🏴‍☠️❤️✅1️⃣ emoji',
    'Z̴̢̛̝̗̙a̶̧̟͉l̸̜̈́g̷͕̓o̵̻̔ and é vs é',
    '\u0000\u0007\u001b[31m\u007f\u0085 controls',
    '\u202Ereversed\u202C \u2066isolate\u2069 \u200Finvisible\u200E',
    'lone \uD800 surrogate \uDFFF',
    '\u00AD\u200B\u2060\uFEFF zero widths',
    '𓀀 𝕏 ﷽ \uE000 \u{10FFFD} unassigned \u0378',
    '\n\t\r  \u2028\u2029 white space \u00A0\u3000',
    '',
    'a'.repeat(20_000),
  ];

  it('draws any text in any field, as text, without failing', async () => {
    for (const text of hostile) {
      for (const card of [{ site: text, report: text, part: { label: text, title: text }, byline: text, date: text }, { ...part, part: { title: text } }]) {
        expect((await drawn(card)).width, text.slice(0, 40)).toBe(CARD_SIZE.width);
      }
    }
  }, 120_000);

  it('draws values that are not strings at run time as text', async () => {
    const junk = { site: 42, report: null, part: { label: undefined, title: { toString: () => 'object' } }, byline: ['a'], date: true };
    expect((await drawn(junk as unknown as ShareCard)).height).toBe(CARD_SIZE.height);
  });

  it('keeps every line inside the margins and the footer on the card, a 200-letter word broken', async () => {
    for (const title of ['W'.repeat(200), `${'M'.repeat(120)} ${'字'.repeat(80)}`, 'ـ'.repeat(150)]) {
      const image = await drawn({ ...part, part: { label: 'Section 2', title }, byline: 'B'.repeat(200), date: 'D'.repeat(200) });
      expect(inkIn(image, [0, 0, 72, 630])).toBe(0);
      expect(inkIn(image, [1128, 0, 1200, 630])).toBe(0);
      expect(inkIn(image, [0, 0, 1200, 56])).toBe(0);
      expect(inkIn(image, [0, 574, 1200, 630])).toBe(0);
      expect(inkIn(image, FOOTER)).toBeGreaterThan(200);
    }
  }, 60_000);

  it('clamps a long title to a few lines, clear of the rule above the footer', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    expect(inkIn(await drawn({ ...part, part: { title: long } }), [80, 470, 1120, 500])).toBe(0);
  });
});

describe('cardKey', () => {
  it('is a SHA-256 digest that depends on the card’s content, not on the object', () => {
    const key = cardKey(part);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const reordered: ShareCard = { date: part.date, byline: part.byline, part: { title: part.part!.title, label: part.part!.label }, report: part.report, site: part.site };
    expect(cardKey(reordered)).toBe(key);
  });

  it('changes with every field, and tells a missing field from an empty one', () => {
    const variants: ShareCard[] = [
      { ...part, site: 'Research reports!' },
      { ...part, report: 'Rust in 2027' },
      { ...part, part: { ...part.part!, label: 'Section 3' } },
      { ...part, part: { ...part.part!, title: 'Replacing Python' } },
      { ...part, byline: 'Someone else' },
      { ...part, date: 'Data as of April 2026.' },
      { ...part, part: undefined },
      { ...part, byline: undefined },
      { ...part, byline: '' },
      { ...part, part: { title: part.part!.title } },
    ];
    expect(new Set([part, ...variants].map(cardKey)).size).toBe(variants.length + 1);
  });

  it('keeps fields apart: no two cards share a key by moving text between fields', () => {
    expect(cardKey({ site: 'ab', report: 'c' })).not.toBe(cardKey({ site: 'a', report: 'bc' }));
  });
});
