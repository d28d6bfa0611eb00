import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jsonLdScript, reportJsonLd } from '../../../../src/site/citation/json-ld.ts';
import { hostileText, PROPERTY_TIMEOUT, RUNS, SEED } from './hostile.ts';
import { rust, rustWithoutAddress } from './rust.ts';

describe('reportJsonLd', () => {
  it('describes the Rust report as a schema.org Report: its team, the time its data describes, the site, its parts in order', () => {
    const data = reportJsonLd(rust);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: 'Rust in 2026',
      headline: 'Rust in 2026',
      author: { '@type': 'Organization', name: 'iBuidl Research Team' },
      temporalCoverage: '2026-03',
      publisher: { '@type': 'Organization', name: 'Research reports' },
      inLanguage: 'en',
      url: rust.url,
      description: rust.description,
    });
    expect(data.hasPart).toEqual(rust.parts.map((part, index) => ({ '@type': 'WebPage', name: part.title, position: index + 1, url: part.url })));
    expect(data).not.toHaveProperty('datePublished');
  });

  it('gives the licence as its terms’ URL, and the PDF as the report’s encoding once there is one', () => {
    const pdfUrl = 'https://reports.example.org/rust-in-2026/rust-in-2026.pdf';
    const data = reportJsonLd({ ...rust, license: 'CC-BY-4.0' }, { pdfUrl });
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(data.encoding).toEqual({ '@type': 'MediaObject', contentUrl: pdfUrl, encodingFormat: 'application/pdf' });
  });

  it('leaves out URLs that are only paths, and a date and an author the report does not have', () => {
    const data = reportJsonLd({ ...rustWithoutAddress, author: undefined, dataAsOf: undefined });
    for (const field of ['url', 'author', 'temporalCoverage']) expect(data).not.toHaveProperty(field);
    expect(data.hasPart).toEqual(rust.parts.map((part, index) => ({ '@type': 'WebPage', name: part.title, position: index + 1 })));
  });
});

describe('jsonLdScript', () => {
  it(`cannot end its script element or open a comment, and reads back as the same JSON, for ${RUNS} hostile titles (seed ${SEED})`, { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(hostileText, (title) => {
        const text = jsonLdScript({ name: title, description: `</script><!--${title}` });
        expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
        const { document } = parseHTML(`<html><head><script type="application/ld+json">${text}</script><meta name="after" content="x"></head><body></body></html>`);
        const scripts = document.querySelectorAll('script');
        expect(scripts).toHaveLength(1);
        expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual({ name: title, description: `</script><!--${title}` });
        expect(document.querySelector('meta[name="after"]')).not.toBeNull();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
