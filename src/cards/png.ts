/**
 * An indexed-colour PNG encoder for share cards. resvg's own asPng() writes 8-bit RGBA, about 48 KB
 * a card; a card holds a few inks anti-aliased over one background (about a hundred colours), so an
 * exact 8-bit palette is lossless, under half the bytes and several times faster to deflate.
 */
import { crc32, deflateSync } from 'node:zlib';

/** A fallback palette: the background first, then `levels` blends towards each ink. */
export interface Palette {
  rgb: Uint8Array;
  size: number;
}

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A palette of ramps from the background to each ink; 1 + inks × levels must be at most 256. */
export function makePalette(background: string, inks: readonly string[], levels: number): Palette {
  const size = 1 + inks.length * levels;
  if (size > 256) throw new Error(`a PNG palette holds 256 colours, not ${size}`);
  const rgb = new Uint8Array(size * 3);
  const bg = rgbOf(background);
  rgb.set(bg, 0);
  let at = 3;
  for (const ink of inks) {
    const colour = rgbOf(ink);
    for (let k = 1; k <= levels; k++) {
      for (let channel = 0; channel < 3; channel++) rgb[at++] = Math.round(bg[channel]! + (colour[channel]! - bg[channel]!) * (k / levels));
    }
  }
  return { rgb, size };
}

function nearest(palette: Palette, r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.size; i++) {
    const dr = palette.rgb[i * 3]! - r;
    const dg = palette.rgb[i * 3 + 1]! - g;
    const db = palette.rgb[i * 3 + 2]! - b;
    // Weighted towards green, as the eye is; a tie keeps the lower index, so the output is deterministic.
    const distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Level 4 deflates a card about 2.5 times faster than the default 6, for about 5 % more bytes.
const DEFLATE = { level: 4 } as const;

/**
 * Encodes opaque RGBA pixels as an 8-bit palette PNG: lossless when the image has at most 256
 * colours, as cards do; otherwise each colour becomes the nearest of `fallback`. Alpha is ignored
 * (cards are drawn on an opaque background).
 */
export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number, fallback: Palette): Uint8Array {
  // Pixels read as 32-bit words masked to 24 bits stay small integers for V8: Map lookups on the
  // full 0xAABBGGRR values (doubles) were about ten times slower.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  // Each row: its filter byte (0, "none", the best for palette images), then one index a pixel.
  const raw = new Uint8Array((width + 1) * height);
  let palette = exactIndices(pixels, width, height, raw);
  if (!palette) {
    palette = fallback.rgb;
    mapToPalette(pixels, width, height, raw, fallback);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits a pixel
  header[9] = 3; // colour type: palette
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', deflateSync(raw, DEFLATE)), chunk('IEND', new Uint8Array(0))];
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Fills `raw` with palette indices in order of first appearance (deterministic), or gives undefined
 * past 256 colours. The first pixel gets index 0 and `raw` starts zeroed, so rows all of that colour
 * (the background: most rows of a card) are skipped after one native comparison.
 */
function exactIndices(pixels: Int32Array, width: number, height: number, raw: Uint8Array): Uint8Array | undefined {
  const index = new Map<number, number>();
  const rgb: number[] = [];
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, width * height * 4);
  const blankRow = Buffer.alloc(width * 4);
  new Int32Array(blankRow.buffer, blankRow.byteOffset, width).fill(pixels[0]!);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const start = y * width;
    if (index.size > 0 && blankRow.equals(bytes.subarray(start * 4, (start + width) * 4))) continue;
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const value = pixels[start + x]! & 0xffffff;
      if (value !== last) {
        let i = index.get(value);
        if (i === undefined) {
          i = index.size;
          if (i === 256) return undefined;
          index.set(value, i);
          rgb.push(value & 255, (value >>> 8) & 255, (value >>> 16) & 255);
        }
        last = value;
        lastIndex = i;
      }
      raw[row + x] = lastIndex;
    }
  }
  return Uint8Array.from(rgb);
}

function mapToPalette(pixels: Int32Array, width: number, height: number, raw: Uint8Array, palette: Palette): void {
  const cache = new Map<number, number>();
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const value = pixels[y * width + x]! & 0xffffff;
      if (value !== last) {
        let i = cache.get(value);
        if (i === undefined) {
          i = nearest(palette, value & 255, (value >>> 8) & 255, (value >>> 16) & 255);
          cache.set(value, i);
        }
        last = value;
        lastIndex = i;
      }
      raw[row + x] = lastIndex;
    }
  }
}
