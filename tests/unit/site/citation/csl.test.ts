// The CSL-JSON item and the reference text, read back by the CSL world's own tools: the official
// CSL-JSON schema (citation-style-language/schema, schemas/input/csl-data.json at e3ce254, MIT:
// csl-data.json beside this file), and citeproc-js (Zotero's CSL processor) through citation-js.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cslItem, cslJson } from '../../../../src/site/citation/csl.ts';
import type { CitedReport } from '../../../../src/site/citation/facts.ts';
import { plainCitation } from '../../../../src/site/citation/text.ts';
import cslSchema from './csl-data.json' with { type: 'json' };
import { hostileName, hostileText, PROPERTY_TIMEOUT, RUNS, SEED, slug } from './hostile.ts';
import { rust, rustWithoutAddress } from './rust.ts';

const validCsl = new Ajv({ strict: false }).compile(cslSchema);

/** The reference citeproc-js makes of our CSL item in APA 7 (en-US), as plain text. */
const apa = (report: CitedReport) => String(plugins.output.format('bibliography', JSON.parse(cslJson(report)), { format: 'text', template: 'apa', lang: 'en-US' })).trim();

describe('cslItem', () => {
  it('gives the Rust report as a CSL `report`: the team as a literal name, the data’s month as its date, the date’s words as a note', () => {
    expect(cslItem(rust)).toEqual({
      id: 'rust-in-2026',
      'citation-key': 'rust-in-2026',
      type: 'report',
      title: 'Rust in 2026',
      author: [{ literal: 'iBuidl Research Team' }],
      issued: { 'date-parts': [[2026, 3]] },
      publisher: 'Research reports',
      genre: 'Research report',
      URL: 'https://reports.example.org/rust-in-2026/',
      language: 'en',
      note: 'Data as of March 2026',
    });
  });

  it('leaves out an author, a date and a URL the report does not have (a path is no address to cite)', () => {
    const item = cslItem({ ...rustWithoutAddress, author: undefined, dataAsOf: undefined });
    for (const field of ['author', 'issued', 'URL', 'note']) expect(item).not.toHaveProperty(field);
    expect(validCsl([item])).toBe(true);
  });

  it('gives no date for a month that does not exist', () => {
    expect(cslItem({ ...rust, dataAsOf: { text: 'x', iso: '2026-13' } })).not.toHaveProperty('issued');
  });

  it(`is valid CSL-JSON, read back unchanged by citation-js, for ${RUNS} hostile reports (seed ${SEED})`, { timeout: PROPERTY_TIMEOUT }, () => {
    const hostile = fc.record({ title: hostileName, author: fc.option(hostileName, { nil: undefined }), site: hostileName, asOf: hostileText, slug });
    fc.assert(
      fc.property(hostile, (h) => {
        const report: CitedReport = { ...rust, slug: h.slug, title: h.title, author: h.author, site: h.site, dataAsOf: { text: h.asOf, iso: '2026-03' } };
        const items = JSON.parse(cslJson(report)) as unknown[];
        expect(validCsl(items)).toBe(true);
        const [read] = new Cite(items).data as Record<string, unknown>[];
        const item = cslItem(report);
        for (const key of ['id', 'type', 'title', 'author', 'issued', 'publisher', 'genre', 'URL', 'language', 'note'] as const) expect(read?.[key]).toEqual(item[key]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// The first APA reference loads citeproc-js, the style and the locale: seconds on a busy machine.
describe('plainCitation', { timeout: 60_000 }, () => {
  it('is APA 7’s reference for the report, as citeproc-js makes it from our CSL item, with the data’s date before the URL', () => {
    expect(apa(rust)).toBe('iBuidl Research Team. (2026). Rust in 2026 [Research report]. Research reports. https://reports.example.org/rust-in-2026/');
    expect(plainCitation(rust)).toBe('iBuidl Research Team. (2026). Rust in 2026 [Research report]. Research reports. Data as of March 2026. https://reports.example.org/rust-in-2026/');
  });

  it('follows APA where a fact is missing: the title in the author’s place, “n.d.” for no date, no URL without an address', () => {
    const reports: CitedReport[] = [
      { ...rust, author: undefined },
      { ...rust, dataAsOf: undefined },
      { ...rustWithoutAddress, author: undefined, dataAsOf: undefined },
      { ...rust, author: 'Acme Inc.' },
    ];
    for (const report of reports) {
      const ours = plainCitation(report).replace(` Data as of ${report.dataAsOf?.text}.`, '');
      // APA asks an undated work for the day it was retrieved ("Retrieved <date>, from <URL>"); a
      // static page cannot know its reader's day, and citeproc-js without one writes "Retrieved <URL>".
      expect(ours).toBe(apa(report).replace('Retrieved ', ''));
    }
  });
});
