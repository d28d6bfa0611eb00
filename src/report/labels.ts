/**
 * How the report names its own parts and closing lines, in one place: the importer, the pages, the
 * PDF and the checks all print them from here ("Section 2", "Section 2 — Title", "Data as of …").
 */
import type { Author, DataAsOf, Part } from './model.ts';

/** The stable key of a part within one import: "section-2" or "verdict" (frontmatter `key`, the pages' `data-part`). */
export function partKey(part: Pick<Part, 'kind' | 'number'>): string {
  return part.kind === 'verdict' ? 'verdict' : `section-${part.number ?? 0}`;
}

/** The report's own label for a part: "Section 2"; the verdict has none (its title says it). */
export function partLabel(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `Section ${number}`;
}

/** A part named in full, as its heading line reads: "Section 2 — Replacing Python in ML Infrastructure", or "Verdict". */
export function partHeading(part: { number?: number | undefined; title: string }): string {
  return labelledTitle(partLabel(part.number), part.title);
}

/** A part's label and title as one line (partHeading, from a label already made): "Section 2 — Title", or the title alone. */
export function labelledTitle(label: string | undefined, title: string): string {
  return label ? `${label} — ${title}` : title;
}

/** The closing line with the data's date, as the house style writes it: "Data as of March 2026." */
export function dataAsOfLine(dataAsOf: Pick<DataAsOf, 'text'>): string {
  return `Data as of ${dataAsOf.text}.`;
}

/** The sign-off line as the house style writes it: "— iBuidl Research Team". */
export function signOffLine(author: Pick<Author, 'name'> | string): string {
  return `— ${typeof author === 'string' ? author : author.name}`;
}
