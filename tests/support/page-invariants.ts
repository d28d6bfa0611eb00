/**
 * What every page of a built library holds, whichever reports it was built from: the checks the
 * test library's pages are held to (tests/build/pages.test.ts), and any other build's too (a report
 * no test has seen, tests/build/unseen-report.test.ts). Each names what is wrong, or nothing.
 */

/** One invariant: its name, as a test names it, and what a page breaks of it. */
export interface PageInvariant {
  name: string;
  problems(doc: Document): string[];
}

const fail = (ok: boolean, problem: string): string[] => (ok ? [] : [problem]);

/** The invariants, in the order pages.test.ts names them. */
export const PAGE_INVARIANTS: readonly PageInvariant[] = [
  {
    name: 'declares its language, title and description, and is one page of the library',
    problems: (doc) => [
      ...fail(doc.documentElement.getAttribute('lang') === 'en', `lang is ${doc.documentElement.getAttribute('lang')}, not en`),
      ...fail(doc.title.length > 3, `title "${doc.title}" is too short`),
      ...fail((doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0) > 20, 'no description of more than 20 characters'),
      ...fail(doc.querySelector('header.site-header a.site-title')?.getAttribute('href') === '/', 'the site title does not link to the library'),
    ],
  },
  {
    name: 'has OpenGraph tags that agree with the page',
    problems: (doc) => {
      const og = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
      return [
        ...fail(og('title') === doc.title, `og:title "${og('title')}" is not the title "${doc.title}"`),
        ...fail(og('description') === doc.querySelector('meta[name="description"]')?.getAttribute('content'), 'og:description is not the description'),
      ];
    },
  },
  {
    name: 'has exactly one h1 and a skip link to the main content',
    problems: (doc) => [
      ...fail(doc.querySelectorAll('h1').length === 1, `${doc.querySelectorAll('h1').length} h1 elements`),
      ...fail(doc.querySelector('a.skip-link')?.getAttribute('href') === '#main', 'no skip link to #main'),
      ...fail(doc.querySelector('main#main') !== null, 'no main#main'),
    ],
  },
  {
    name: 'uses no id twice',
    problems: (doc) => {
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id "${id}" is used twice`);
    },
  },
  {
    name: 'loads nothing from another host and carries no style attribute',
    problems: (doc) => [
      ...[...doc.querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src], source[src], iframe')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url))
        .map((url) => `loads ${url}`),
      ...fail(doc.querySelectorAll('[style]').length === 0, 'a style attribute'),
    ],
  },
];

/** Every invariant a page breaks, each as "<invariant>: <problem>". */
export function pageProblems(doc: Document): string[] {
  return PAGE_INVARIANTS.flatMap((invariant) => invariant.problems(doc).map((problem) => `${invariant.name}: ${problem}`));
}
