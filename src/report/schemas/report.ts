import { z } from 'astro/zod';
import { licenseId, relativePath, sentence, slug, strictFields, text } from './fields.ts';

/** The report's data-as-of date: its own words and the ISO month behind them. */
const dataAsOfSchema = strictFields(
  {
    /** The report's words, e.g. "March 2026". */
    text: text('dataAsOf.text', 'e.g. "March 2026"'),
    /** The same month as YYYY-MM, for sorting and machine-readable dates. */
    iso: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dataAsOf.iso must be YYYY-MM, e.g. "2026-03"'),
  },
  'dataAsOf',
);

/** A key finding as the site shows it: its words, its stable id, and the part that discusses it (editorial). */
const findingSchema = strictFields(
  {
    /** The anchor a reader can link to, the same on every import of the same text (slugs.ts, findingSlug). */
    id: slug('findings[].id'),
    /** The finding, word for word. */
    text: text('findings[].text'),
    /** The slug of the part that discusses it, when the editors said which (editorial.yaml `findings`). */
    part: slug('findings[].part').optional(),
  },
  'a finding',
);

/** Fields of `report.json`, the facts the importer reads from a report's text (plus editorial ones). */
const reportFields = {
  /** The report's title: its first line, or `--title` when the text has none. */
  title: text('title'),
  /** Where the title came from: the text's first line, or the importer's `--title`. */
  titleFrom: z.enum(['text', 'option']),
  /** The author the report signs off as ("— iBuidl Research Team"); absent without a sign-off. */
  author: text('author').optional(),
  /** The data-as-of line ("Data as of March 2026."); absent when the report has none. */
  dataAsOf: dataAsOfSchema.optional(),
  /** Language of the report, for `<html lang>` and feeds. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'lang must be a language tag such as "en"'),
  /** The key findings, in the report's order (a report may have none, only sections). */
  findings: z.array(findingSchema),
  /** One sentence of ours for the library and the home page's meta description. */
  description: sentence('description').optional(),
  /** The licence readers may reuse the report under, an SPDX id (editorial); absent: none stated. */
  license: licenseId('license').optional(),
  /**
   * Paths this report had on the site before it became part of a library (below the base, e.g.
   * "verdict/"), each mapped to its path now below the report ("verdict/"; "" for its home).
   * The build turns them into redirects so old links keep working (editorial).
   */
  formerPaths: z.record(relativePath('formerPaths: an old address', false), relativePath('formerPaths: a new place', true)).default({}),
  /**
   * The report's parts' earlier addresses (below the report, "backends-compared/"), each mapped to
   * where that part is now, recorded by the importer whenever a re-import changes a part's address,
   * so that a published link never dies.
   */
  formerParts: z.record(relativePath('formerParts: an old address', false), relativePath('formerParts: a new place', true)).default({}),
};

/** `src/content/reports/<slug>/report.json`. */
export const reportSchema = strictFields(reportFields, 'report.json');

/** Validated report facts. */
export type ReportData = z.infer<typeof reportSchema>;
