/**
 * The report as a CSL-JSON item (type `report`): what Zotero, Mendeley, Pandoc and every CSL
 * processor read, served as `<slug>/cite.json` for readers who format references in another style.
 */
import { absoluteUrl, authorOf, clean, dataAsOfNote, dateParts, GENRE, type CitedReport } from './facts.ts';

/** The CSL-JSON fields a report item uses (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  title: string;
  /** A literal is printed whole, never split into family and given names nor abbreviated. */
  author?: [{ literal: string }];
  issued?: { 'date-parts': [[number] | [number, number]] };
  publisher: string;
  genre: string;
  URL?: string;
  language?: string;
  /** "Data as of March 2026": `note` is the variable styles may print (`annote` is for annotated bibliographies). */
  note?: string;
}

/** The report as one CSL-JSON item; id and citation key are the slug. Missing facts are left out, never invented. */
export function cslItem(report: CitedReport): CslItem {
  const author = authorOf(report);
  const issued = dateParts(report.dataAsOf?.iso);
  const url = absoluteUrl(report.url);
  const note = dataAsOfNote(report);
  return {
    id: report.slug,
    'citation-key': report.slug,
    type: 'report',
    title: clean(report.title),
    ...(author ? { author: [{ literal: author }] } : {}),
    // "Data as of" is the only date a report has: the best stand-in for its date of issue.
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    publisher: clean(report.site),
    genre: GENRE,
    ...(url ? { URL: url } : {}),
    ...(report.lang ? { language: report.lang } : {}),
    ...(note ? { note } : {}),
  };
}

/** `<slug>/cite.json`: a CSL-JSON file is an array of items, here the one, a field a line (as a reader copies it from the page). */
export function cslJson(report: CitedReport): string {
  const fields = Object.entries(cslItem(report)).map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]\n`;
}
