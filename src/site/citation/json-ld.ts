/**
 * schema.org JSON-LD for a report: a `Report` (schema.org's Article for reports), typed with
 * schema-dts, for search engines and any linked-data reader.
 */
import type { MediaObject, Organization, Report, WebPage, WithContext } from 'schema-dts';
import { findLicense } from '../../report/licenses.ts';
import { absoluteUrl, authorOf, clean, dateParts, type CiteOptions, type CitedReport } from './facts.ts';

/** The report as a schema.org `Report`. */
export function reportJsonLd(report: CitedReport, options: CiteOptions = {}): WithContext<Report> {
  const title = clean(report.title);
  const data: WithContext<Report> = { '@context': 'https://schema.org', '@type': 'Report', name: title, headline: title };
  const author = authorOf(report);
  if (author) data.author = { '@type': 'Organization', name: author } satisfies Organization;
  // "Data as of March 2026" is the time the content describes, schema.org's temporalCoverage (Text or
  // ISO 8601, so "2026-03" is exact). Not datePublished: when the report was published is not known,
  // and a guess stated as a fact is worse than none. Not contentReferenceTime: it wants a full
  // DateTime, "a particular moment within an Event".
  if (dateParts(report.dataAsOf?.iso)) data.temporalCoverage = report.dataAsOf!.iso;
  data.publisher = { '@type': 'Organization', name: clean(report.site) } satisfies Organization;
  if (report.lang) data.inLanguage = report.lang;
  const url = absoluteUrl(report.url);
  if (url) data.url = url;
  const description = clean(report.description ?? '');
  if (description) data.description = description;
  const license = report.license ? findLicense(report.license) : undefined;
  if (license) data.license = license.url;
  // Each part is a page of its own (a WebPage); schema.org's Chapter is "one of the sections into which a book is divided".
  const parts = report.parts.map((part, index): WebPage => {
    const page: WebPage = { '@type': 'WebPage', name: clean(part.title), position: index + 1 };
    const partUrl = absoluteUrl(part.url);
    if (partUrl) page.url = partUrl;
    return page;
  });
  if (parts.length) data.hasPart = parts;
  const pdf = absoluteUrl(options.pdfUrl);
  // `encoding`: "a media object that encodes this CreativeWork" (associatedMedia is its synonym).
  if (pdf) data.encoding = { '@type': 'MediaObject', contentUrl: pdf, encodingFormat: 'application/pdf' } satisfies MediaObject;
  return data;
}

/**
 * The text to put inside `<script type="application/ld+json">`: JSON with `<`, `>` and `&` written as
 * \u003c, \u003e, \u0026, so no string can close the element (`</script>`) or open an HTML comment
 * (`<!--`, which changes how the rest of a script element is parsed); U+2028/U+2029 as escapes too,
 * for readers that take JSON as JavaScript. The JSON value is unchanged. A data block is never run,
 * so the Content-Security-Policy needs no hash for it.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
