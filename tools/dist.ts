import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every HTML file of a built site, as paths below it ("verdict/index.html"). */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
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
