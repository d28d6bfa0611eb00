import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../../../src/site/library.ts';

type Entries = Parameters<typeof assembleLibrary>;
const report = (id: string, title: string, iso?: string) =>
  ({ id, filePath: `reports/${id}/report.json`, data: { title, titleFrom: 'text', lang: 'en', findings: [{ id: 'finding-f', text: 'F' }], formerPaths: {}, formerParts: {}, ...(iso ? { dataAsOf: { text: iso, iso } } : {}) } }) as unknown as Entries[0][number];
const part = (reportId: string, slug: string, order: number, extra: Record<string, unknown> = {}) =>
  ({ id: `${reportId}/${slug}`, filePath: `reports/${reportId}/parts/${slug}.mdx`, data: { report: reportId, key: `section-${order}`, number: order, title: `Title ${slug}`, slug, order, line: 1, ...extra } }) as unknown as Entries[1][number];

describe('assembleLibrary', () => {
  it('orders reports newest data first and each report’s parts by order, with the report’s labels', () => {
    const library = assembleLibrary(
      [report('old', 'Old', '2025-01'), report('new', 'New', '2026-05')],
      [part('old', 'b', 2), part('old', 'a', 1, { navTitle: 'Short' }), part('new', 'x', 1, { number: undefined, key: 'verdict' })],
    );
    expect(library.map((r) => r.slug)).toEqual(['new', 'old']);
    expect(library[1]!.parts.map((p) => [p.slug, p.label, p.navTitle])).toEqual([
      ['a', 'Section 1', 'Short'],
      ['b', 'Section 2', 'Title b'],
    ]);
    expect(library[0]!.parts[0]!.label).toBeUndefined();
  });

  it('fails naming both files when two parts of a report share a slug', () => {
    expect(() => assembleLibrary([report('r', 'R')], [part('r', 'same', 1), { ...part('r', 'same', 2), filePath: 'reports/r/parts/other.mdx' }])).toThrow(
      'reports/r/parts/other.mdx: field "slug" is "same", the same as in reports/r/parts/same.mdx: two parts cannot share one address',
    );
  });

  it('fails naming the file when a part or a report takes an address the site keeps', () => {
    expect(() => assembleLibrary([report('r', 'R')], [part('r', 'key-findings', 1)])).toThrow(
      'reports/r/parts/key-findings.mdx: field "slug" is "key-findings", which the site keeps for its own pages',
    );
    expect(() => assembleLibrary([report('search', 'S')], [part('search', 'a', 1)])).toThrow(/the report's folder "search" is an address the site keeps/);
  });

  it('fails for a report without parts and for parts of a report that does not exist', () => {
    expect(() => assembleLibrary([report('r', 'R')], [])).toThrow('reports/r/report.json: the report has no parts');
    expect(() => assembleLibrary([report('r', 'R')], [part('r', 'a', 1), part('ghost', 'b', 1)])).toThrow(/"ghost", but there is no report\.json/);
  });
});
