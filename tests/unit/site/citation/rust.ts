// "Rust in 2026" as the citation outputs get it: its facts as report.json has them and its parts'
// titles, at the test builds' address (tests/support/paths.ts: the subpath build has SITE_URL).
import type { CitedReport } from '../../../../src/site/citation/facts.ts';

const base = 'https://reports.example.org/rust-in-2026/';

/** The Rust report, as cited from a site with an address. */
export const rust: CitedReport = {
  slug: 'rust-in-2026',
  title: 'Rust in 2026',
  author: 'iBuidl Research Team',
  dataAsOf: { text: 'March 2026', iso: '2026-03' },
  description: 'The iBuidl Research Team report on Rust adoption in 2026, with key findings, five sections and a verdict.',
  license: undefined,
  url: base,
  site: 'Research reports',
  lang: 'en',
  parts: [
    ['trajectory', "Rust's Trajectory: Beyond the Hype Cycle"],
    ['ml-infrastructure', 'Replacing Python in ML Infrastructure'],
    ['languages-compared', 'Rust vs C++ vs Go vs Python'],
    ['cpp-replacement', 'Where C++ Replacement Is Actually Happening'],
    ['learning-curve', 'The Learning Curve in 2026'],
    ['verdict', 'Verdict'],
  ].map(([slug = '', title = '']) => ({ slug, title, url: `${base}${slug}/` })),
};

/** The same report from a build without SITE_URL: its URLs are paths, which no citation carries. */
export const rustWithoutAddress: CitedReport = { ...rust, url: '/rust-in-2026/', parts: rust.parts.map((part) => ({ ...part, url: `/rust-in-2026/${part.slug}/` })) };
