import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodeIndexedPng, makePalette } from '../../../src/cards/png.ts';

/** Opaque RGBA pixels whose colour at (x, y) is `colour(x, y)`. */
function pixels(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
  }
  return rgba;
}

const palette = makePalette('#ffffff', ['#000000'], 8);

describe('encodeIndexedPng', () => {
  it('writes an 8-bit palette PNG that decodes to the same pixels when there are at most 256 colours', () => {
    // Blank rows (skipped by the encoder) above and below rows of 200 shades.
    const rgba = pixels(200, 6, (x, y) => (y === 0 || y === 5 ? [255, 255, 255] : [x, 255 - x, (x * 7) % 256]));
    const png = encodeIndexedPng(rgba, 200, 6, palette);
    expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([8, 3]);
    const image = PNG.sync.read(Buffer.from(png));
    expect([image.width, image.height]).toEqual([200, 6]);
    expect(Buffer.from(image.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('maps each colour to the nearest of the fallback palette past 256 colours', () => {
    const rgba = pixels(300, 2, (x) => [x % 256, Math.floor(x / 256) * 100, 0]);
    const image = PNG.sync.read(Buffer.from(encodeIndexedPng(rgba, 300, 2, palette)));
    const grey = (value: number) => [value, value, value, 255];
    // Every pixel is one of the palette's greys, and a dark input stays dark.
    const greys = new Set(Array.from({ length: palette.size }, (_, i) => palette.rgb[i * 3]));
    for (let i = 0; i < image.data.length; i += 4) expect(greys.has(image.data[i]!)).toBe(true);
    expect([...image.data.subarray(0, 4)]).toEqual(grey(0));
  });

  it('refuses a fallback palette of more than 256 colours', () => {
    expect(() => makePalette('#ffffff', ['#000000', '#ff0000'], 200)).toThrow(/256/);
  });
});
