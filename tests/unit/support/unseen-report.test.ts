import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/import/read/read-report.ts';
import { unseenReport, unseenSeed } from '../../support/unseen-report.ts';

// The build test imports one generated report a run (tests/build/unseen-report.test.ts); here many
// seeds are read, so that a failure there is the site's, never the generator's.
describe('the generated report no test has seen', () => {
  it.each(Array.from({ length: 300 }, (_, i) => i * 7919 + 1))('reads as written for seed %i: its title, findings, parts, snippets one block each, tables and closing lines', (seed) => {
    const written = unseenReport(seed);
    const { report } = readReport(written.text, `${written.slug}.txt`, written.titleLine ? {} : { title: written.title });
    expect([report.title, report.findings.map((f) => f.text), report.parts.map((p) => p.title)]).toEqual([written.title, written.findings, written.parts]);
    const blocks = report.parts.flatMap((p) => p.blocks);
    const code = blocks.filter((b) => b.kind === 'code');
    expect(code.map((c) => c.source)).toEqual(written.snippets.map((s) => s.lines));
    // A language the detector knows is named, or honestly "text"; one it does not know is always "text".
    code.forEach((c, i) => expect([written.snippets[i]?.language ?? 'text', 'text']).toContain(c.language));
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(written.tables);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(written.paragraphs.slice(written.findings.length));
    expect([report.author?.name, report.dataAsOf?.text]).toEqual([written.author, written.dataAsOf]);
  });

  it('is the same report for the same seed, and another for another seed', () => {
    expect(unseenReport(42).text).toBe(unseenReport(42).text);
    expect(unseenReport(42).text).not.toBe(unseenReport(43).text);
  });

  it('takes its seed from UNSEEN_SEED when given, else a new one', () => {
    expect(unseenSeed({ UNSEEN_SEED: '1234' })).toBe(1234);
    expect(Number.isInteger(unseenSeed({}))).toBe(true);
  });
});
