import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { filesUnder } from '../src/lib/files.ts';

/** Every HTML file of a built site, as paths below it ("verdict/index.html"). */
export function htmlFiles(dist: string): string[] {
  return filesUnder(dist, '.html');
}

/** How many files a folder holds (those whose path ends with `ext`, when given), and their bytes (0 and 0 when there is no such folder). */
export function folderSize(dir: string, ext = ''): { bytes: number; files: number } {
  const files = filesUnder(dir, ext);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

/** The site path of a built HTML file: "verdict/index.html" → "verdict/". */
export function sitePath(file: string): string {
  return file.replace(/index\.html$/, '');
}

/** A built page parsed into a DOM. */
export function readPage(dist: string, path: string): Document {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return parseHTML(readFileSync(join(dist, file), 'utf8')).document as unknown as Document;
}

/** Text as a reader gets it: typographic quotes folded to plain ones, white space collapsed. */
export function readerText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
