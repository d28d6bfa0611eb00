/**
 * The citation as readers copy it: APA 7's reference for a report (author, year, title, [genre],
 * publisher, URL) with the report's "Data as of" date before the URL, since that date is the only one
 * a report has and says how current its figures are. Made here rather than by a CSL processor: APA
 * has no place for that date, and six facts in a fixed order need no engine (the unit test holds it
 * to citeproc-js's APA for everything else). Readers who want another style take the CSL-JSON.
 */
import { absoluteUrl, authorOf, clean, dataAsOfNote, dateParts, GENRE, type CitedReport } from './facts.ts';

/** The reference in three runs around the title, which the page sets in italics (`<cite>`), and its URL. */
export interface CitationText {
  before: string;
  title: string;
  after: string;
  /** The report's address, absolute; absent without SITE_URL (a path is no address to cite). */
  url: string | undefined;
}

/** "iBuidl Research Team. (2026). Rust in 2026 [Research report]. Research reports. Data as of March 2026. https://…". */
export function citationText(report: CitedReport): CitationText {
  const author = authorOf(report);
  const year = `(${dateParts(report.dataAsOf?.iso)?.[0] ?? 'n.d.'}).`;
  const title = clean(report.title);
  const tail = [clean(report.site), dataAsOfNote(report)].filter((s): s is string => Boolean(s)).map(sentence);
  const url = absoluteUrl(report.url);
  // APA: without an author the title takes its place, as a sentence of its own before the date.
  const before = author ? `${sentence(author)} ${year} ` : '';
  const after = author ? [` [${GENRE}].`, ...tail].join(' ') : [`${sentence(title).slice(title.length)} ${year}`, `[${GENRE}].`, ...tail].join(' ');
  return { before, title, after: url ? `${after} ` : after, url };
}

/** The reference as one line of plain text (what a reader pastes). */
export function plainCitation(report: CitedReport): string {
  const { before, title, after, url } = citationText(report);
  return `${before}${title}${after}${url ?? ''}`;
}

/** "Acme" → "Acme."; "Acme Inc." and "Why Rust?" keep their own final stop (APA writes no second one). */
function sentence(text: string): string {
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}
