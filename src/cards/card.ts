/**
 * A share card (og:image): a 1200×630 PNG of a report or a part, drawn at build time in the site's
 * light colours. satori lays out an element tree, whose text is only ever plain string children
 * (never markup), into an SVG of glyph outlines; resvg rasterises it; png.ts encodes the pixels.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts } from './fonts.ts';
import type { ShareCard } from './card-key.ts';
import { encodeIndexedPng, makePalette } from './png.ts';
import { cardLine, type CardLine } from './text.ts';

/** A card's size in pixels: what social sites show for `summary_large_image`. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

// The site's light theme (src/styles/global.css).
const COLOURS = { bg: '#ffffff', text: '#1b1d22', muted: '#4f5562', accent: '#a2390c', border: '#d5d9e0' } as const;

// For a card of more than 256 colours (none has been seen): ramps from the background to each ink.
const PALETTE = makePalette(COLOURS.bg, [COLOURS.text, COLOURS.muted, COLOURS.accent, COLOURS.border], 32);

const PAD_X = 80;
const PAD_Y = 64;

// Caps before layout, in graphemes (layout time grows with length); the line clamps below are what shows.
const MAX = { site: 60, report: 240, label: 60, title: 240, byline: 120, date: 60 } as const;

/** A satori element: a div with a style and children that are elements or plain strings. */
interface Element {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (Element | string)[] | string };
}

function div(style: Element['props']['style'], children?: Element['props']['children']): Element {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** A block of text clamped to `lines` lines with an ellipsis, breaking a long word anywhere. */
function text(line: CardLine, lines: number, style: Element['props']['style']): Element {
  // No overflow: hidden: satori would add a mask and a clip path per block, which resvg draws
  // through extra full-size layers; the line clamp drops the lines past it by itself.
  return div({ display: 'block', lineClamp: lines, overflowWrap: 'anywhere', direction: line.dir, textAlign: 'start', ...style }, line.text);
}

// Larger type for a shorter title, so three words fill the card and a long title still fits.
function titleSize(graphemes: number, hasPart: boolean): { size: number; lines: number } {
  if (graphemes <= 28) return { size: hasPart ? 68 : 76, lines: 2 };
  if (graphemes <= 56) return { size: hasPart ? 60 : 64, lines: 3 };
  if (graphemes <= 90) return { size: 54, lines: 3 };
  return { size: 48, lines: 4 };
}

/** The card's element tree, and whether it needs the CJK fonts. */
function layout(card: ShareCard): { tree: Element; cjk: boolean } {
  const fonts = cardFonts();
  const site = cardLine(card.site, fonts, MAX.site);
  const report = cardLine(card.report, fonts, MAX.report);
  const label = cardLine(card.part?.label, fonts, MAX.label);
  const partTitle = cardLine(card.part?.title, fonts, MAX.title);
  const byline = cardLine(card.byline, fonts, MAX.byline);
  const date = cardLine(card.date, fonts, MAX.date);
  const hasPart = partTitle.text !== '';
  const headline = hasPart ? partTitle : report;
  const { size, lines } = titleSize(headline.graphemes, hasPart);

  const main: Element[] = [];
  if (hasPart && report.text) main.push(text(report, 1, { fontSize: 30, lineHeight: 1.3, color: COLOURS.muted, marginBottom: 20 }));
  if (hasPart && label.text) main.push(text(label, 1, { fontSize: 24, lineHeight: 1.3, fontWeight: 600, color: COLOURS.accent, marginBottom: 10 }));
  main.push(text(headline, lines, { fontSize: size, lineHeight: 1.14, fontWeight: 600, color: COLOURS.text, letterSpacing: -0.5 }));

  const foot: Element[] = [];
  if (byline.text) foot.push(text(byline, 1, { fontSize: 26, lineHeight: 1.3, fontWeight: 600, color: COLOURS.text, flexShrink: 1, minWidth: 0 }));
  if (date.text) {
    const after = byline.text !== '';
    foot.push(text(date, 1, { fontSize: 26, lineHeight: 1.3, color: COLOURS.muted, flexShrink: 0, maxWidth: 480, marginLeft: after ? 'auto' : 0, paddingLeft: after ? 32 : 0 }));
  }

  const tree = div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      // satori's default is content-box, which would push the padding off the card.
      boxSizing: 'border-box',
      paddingTop: PAD_Y,
      paddingBottom: PAD_Y,
      paddingLeft: PAD_X,
      paddingRight: PAD_X,
      backgroundColor: COLOURS.bg,
      fontFamily: 'Inter',
      color: COLOURS.text,
    },
    [
      div({ display: 'flex', alignItems: 'center' }, [
        div({ width: 14, height: 14, backgroundColor: COLOURS.accent, marginRight: 14, flexShrink: 0 }),
        text(site, 1, { fontSize: 24, lineHeight: 1.3, fontWeight: 600, color: COLOURS.muted, letterSpacing: 0.2 }),
      ]),
      div({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, minHeight: 0 }, main),
      div({ display: 'flex', flexDirection: 'column' }, [
        div({ display: 'flex', height: 4 }, [
          div({ width: 96, height: 4, backgroundColor: COLOURS.accent }),
          div({ flexGrow: 1, height: 1, marginTop: 3, backgroundColor: COLOURS.border }),
        ]),
        div({ display: 'flex', alignItems: 'baseline', marginTop: 24 }, foot),
      ]),
    ],
  );
  return { tree, cjk: [site, report, label, partTitle, byline, date].some((line) => line.cjk) };
}

/** The card as SVG: satori's layout alone (for timing). */
export async function cardSvg(card: ShareCard): Promise<string> {
  const { tree, cjk } = layout(card);
  // No loadAdditionalAsset: nothing is ever fetched, and cardLine has replaced what no font has.
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts().list(cjk) });
}

/** A card's SVG as RGBA pixels: resvg alone (for timing). */
export function rasterize(svg: string): Uint8Array {
  // The SVG holds glyph outlines, not text: no system fonts to scan (about 9 ms a card).
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, logLevel: 'off' }).render().pixels;
}

/** Draws a share card as a 1200×630 PNG; the same card gives the same bytes. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  return encodeIndexedPng(rasterize(await cardSvg(card)), CARD_SIZE.width, CARD_SIZE.height, PALETTE);
}

