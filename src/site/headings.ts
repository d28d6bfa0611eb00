import { decodeEntities } from '../lib/html-text.ts';

/** Plain text of a heading's rendered HTML, for labels that name the heading. */
export function headingText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
