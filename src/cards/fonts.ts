/**
 * The share cards' fonts: files of npm packages, read once per process, never fetched. Each font's
 * character map is read too, so that text is checked against what can really be drawn before satori
 * lays it out (satori would draw a font's "no glyph" box instead). The CJK fonts are the PDF's (large:
 * 10 and 6 MB), read only by a process that meets a character no other font has.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

/** Where a font comes from: an npm package, a file in it, and the name and weight satori knows it by. */
interface FontSource {
  name: string;
  pkg: string;
  file: string;
  weight: 400 | 600 | 700;
}

const INTER_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];

// The order is the fallback order: satori takes each glyph from the first font that has it, and keeps
// one font per (name, weight, style), so each of Inter's subset files needs a name of its own.
// Inter stands in for the site's system-ui stack (readers' own fonts, which a build cannot know).
// Arabic and Hebrew come from DejaVu Sans, not Noto: satori 0.63 applies HarfBuzz's vertical mark
// offsets with the wrong sign, which sinks the dots of Noto's final yeh into the letter; DejaVu's
// letters carry their own. DejaVu is also the wide last resort (arrows, maths, symbols, Armenian,
// Georgian) and draws the square shown for what no font has.
const BASE: readonly FontSource[] = [
  ...([400, 600] as const).flatMap((weight) =>
    INTER_SUBSETS.map((subset) => ({
      name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
      pkg: '@fontsource/inter',
      file: `files/inter-${subset}-${weight}-normal.woff`,
      weight,
    })),
  ),
  // Monochrome Noto Emoji, the whole font in one file, so ZWJ sequences and flags ligate.
  { name: 'Noto Emoji', pkg: '@expo-google-fonts/noto-emoji', file: '400Regular/NotoEmoji_400Regular.ttf', weight: 400 },
  { name: 'DejaVu Sans', pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans.ttf', weight: 400 },
  { name: 'DejaVu Sans', pkg: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans-Bold.ttf', weight: 700 },
];

// Chinese and Japanese (Noto Sans SC has no Hangul), then Korean: the files the PDF embeds.
const CJK: readonly FontSource[] = [
  { name: 'Noto Sans SC', pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf', weight: 400 },
  { name: 'Noto Sans KR', pkg: '@expo-google-fonts/noto-sans-kr', file: '400Regular/NotoSansKR_400Regular.ttf', weight: 400 },
];

/** The npm packages the cards' fonts come from (their versions are part of every card's key). */
export const FONT_PACKAGES: readonly string[] = [...new Set([...BASE, ...CJK].map((font) => font.pkg))];

/** The family whose space is far wider than a text space (text.ts works around it). */
export const EMOJI_FAMILY = 'Noto Emoji';

const require = createRequire(import.meta.url);

function readFont(source: FontSource): Buffer {
  // Every font package here lets a file be resolved by its path (fontsource's exports map lists files/*).
  return readFileSync(require.resolve(`${source.pkg}/${source.file}`));
}

/** A table of a TrueType, OpenType or WOFF font, by its tag. */
function sfntTable(font: Buffer, tag: string): Buffer | undefined {
  if (font.toString('latin1', 0, 4) === 'wOFF') {
    const count = font.readUInt16BE(12);
    for (let i = 0; i < count; i++) {
      const entry = 44 + i * 20;
      if (font.toString('latin1', entry, entry + 4) !== tag) continue;
      const offset = font.readUInt32BE(entry + 4);
      const compressed = font.readUInt32BE(entry + 8);
      const raw = font.subarray(offset, offset + compressed);
      return compressed < font.readUInt32BE(entry + 12) ? inflateSync(raw) : raw;
    }
    return undefined;
  }
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    if (font.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = font.readUInt32BE(entry + 8);
    return font.subarray(offset, offset + font.readUInt32BE(entry + 12));
  }
  return undefined;
}

/** The code points a font maps to a real glyph (its Unicode cmap subtable, format 12 or 4). */
export function coverage(font: Buffer): Set<number> {
  const covered = new Set<number>();
  const cmap = sfntTable(font, 'cmap');
  if (!cmap) return covered;
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const offset = cmap.readUInt32BE(record + 4);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 12) format12 = offset;
    else if (format === 4) format4 = offset;
  }
  if (format12 >= 0) {
    for (let group = 0; group < cmap.readUInt32BE(format12 + 12); group++) {
      const record = format12 + 16 + group * 12;
      const start = cmap.readUInt32BE(record);
      const end = cmap.readUInt32BE(record + 4);
      const glyph = cmap.readUInt32BE(record + 8);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) covered.add(c);
    }
  } else if (format4 >= 0) {
    const segments = cmap.readUInt16BE(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(ends + s * 2);
      const start = cmap.readUInt16BE(starts + s * 2);
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
          glyph = at + 2 <= cmap.length ? cmap.readUInt16BE(at) : 0;
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) covered.add(c);
      }
    }
  }
  return covered;
}

/** A family in fallback order, and the code points every weight of it can draw. */
export interface CardFamily {
  name: string;
  has: Set<number>;
}

/** The fonts of one process: the fonts satori is given, and which family draws which code point. */
export interface CardFonts {
  /** Each family in fallback order (the CJK families last, once read). */
  families(): readonly CardFamily[];
  /** The index in families() of the family satori takes a code point from; -1 when none has it. */
  familyOf(codePoint: number): number;
  /** The fonts to lay a card out with: the same array every time (satori caches parsed fonts by it), with the CJK fonts only for a card that needs them. */
  list(cjk: boolean): CardFont[];
  /** Whether a family index is one of the CJK families. */
  isCjk(family: number): boolean;
}

function families(sources: readonly FontSource[], fonts: readonly CardFont[]): CardFamily[] {
  const found: CardFamily[] = [];
  sources.forEach((source, index) => {
    const has = coverage(fonts[index]!.data);
    const family = found.find((f) => f.name === source.name);
    // Across weights, only what every weight has: satori picks the weight before the glyph.
    if (family) family.has = new Set([...family.has].filter((c) => has.has(c)));
    else found.push({ name: source.name, has });
  });
  return found;
}

const load = (sources: readonly FontSource[]): CardFont[] =>
  sources.map((source) => ({ name: source.name, data: readFont(source), weight: source.weight, style: 'normal' }));

let loaded: CardFonts | undefined;

/** This process's fonts, read on first use; the CJK fonts on the first code point no other font has. */
export function cardFonts(): CardFonts {
  if (loaded) return loaded;
  const base = load(BASE);
  const baseFamilies = families(BASE, base);
  let withCjk: { fonts: CardFont[]; families: CardFamily[] } | undefined;
  const cjk = () => {
    if (!withCjk) {
      const extra = load(CJK);
      withCjk = { fonts: [...base, ...extra], families: [...baseFamilies, ...families(CJK, extra)] };
    }
    return withCjk;
  };
  loaded = {
    families: () => withCjk?.families ?? baseFamilies,
    familyOf(codePoint) {
      const index = baseFamilies.findIndex((family) => family.has.has(codePoint));
      return index >= 0 ? index : cjk().families.findIndex((family) => family.has.has(codePoint));
    },
    list: (needsCjk) => (needsCjk ? cjk().fonts : base),
    isCjk: (family) => family >= baseFamilies.length,
  };
  return loaded;
}
