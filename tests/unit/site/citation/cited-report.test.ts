import { describe, expect, it } from 'vitest';
import { partSchema } from '../../../../src/report/schemas/part.ts';
import { reportSchema } from '../../../../src/report/schemas/report.ts';
import { citedReport, reportMetadata, tableDataSources } from '../../../../src/site/citation/cited-report.ts';
import type { PartEntry, ReportEntry } from '../../../../src/site/library.ts';

/** A library entry of a report as routing.ts gives it, its data through the real schemas. */
function entry(facts: Record<string, unknown> = {}): ReportEntry {
  const data = reportSchema.parse({ title: 'Rust in 2026', titleFrom: 'option', author: 'iBuidl Research Team', lang: 'en', findings: [], dataAsOf: { text: 'March 2026', iso: '2026-03' }, ...facts });
  const part = (slug: string, title: string, number?: number): PartEntry => {
    const frontmatter = partSchema.parse({ report: 'rust-in-2026', key: number ? `section-${number}` : 'verdict', number, title, slug, order: number ?? 9, line: 10 * (number ?? 9) });
    return { entry: { id: `rust-in-2026/${slug}`, data: frontmatter }, report: 'rust-in-2026', slug, label: number ? `Section ${number}` : undefined, navTitle: title } as unknown as PartEntry;
  };
  return { entry: { id: 'rust-in-2026', data }, slug: 'rust-in-2026', parts: [part('trajectory', "Rust's Trajectory", 1), part('verdict', 'Verdict')] } as unknown as ReportEntry;
}

describe('citedReport', () => {
  it('gives the report’s facts with absolute URLs when the site has an address, and paths when it has none', () => {
    expect(citedReport(entry(), 'https://reports.example.org')).toMatchObject({
      slug: 'rust-in-2026',
      title: 'Rust in 2026',
      author: 'iBuidl Research Team',
      site: 'Research reports',
      url: 'https://reports.example.org/rust-in-2026/',
      parts: [
        { slug: 'trajectory', title: "Rust's Trajectory", url: 'https://reports.example.org/rust-in-2026/trajectory/' },
        { slug: 'verdict', title: 'Verdict', url: 'https://reports.example.org/rust-in-2026/verdict/' },
      ],
    });
    expect(citedReport(entry(), undefined).url).toBe('/rust-in-2026/');
  });
});

describe('reportMetadata', () => {
  it('gives the Scholar tags, with the whole-report page as the full text, and the JSON-LD only where asked', () => {
    const metadata = reportMetadata(entry(), 'https://reports.example.org', { jsonLd: true });
    expect(metadata.tags).toContainEqual(['citation_fulltext_html_url', 'https://reports.example.org/rust-in-2026/report/']);
    expect(JSON.parse(metadata.jsonLd ?? '')).toMatchObject({ '@type': 'Report', name: 'Rust in 2026' });
    expect(reportMetadata(entry(), undefined).jsonLd).toBeUndefined();
  });
});

describe('tableDataSources', () => {
  it('names the report, the part as its heading reads, the data’s date and the licence', () => {
    const report = entry({ license: 'CC-BY-4.0' });
    expect(tableDataSources({ report, part: report.parts[0]! }, 'https://reports.example.org')).toEqual({
      report: { title: 'Rust in 2026', url: 'https://reports.example.org/rust-in-2026/' },
      part: { title: "Section 1 — Rust's Trajectory", url: 'https://reports.example.org/rust-in-2026/trajectory/' },
      dataAsOf: { text: 'March 2026', iso: '2026-03' },
      license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
  });
});
