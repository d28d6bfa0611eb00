/**
 * Addresses: what a slug is, how any title becomes one, and which ones the site keeps for itself.
 * The schemas accept exactly what `slugify` makes (`isSlug`), so a title can never give a part an
 * address the build then refuses.
 */

/** The path below a report's home of the whole report on one page (the page search indexes). */
export const WHOLE_REPORT = 'report';

/**
 * The id of a report's key findings, on its home and on its whole-report page, where the parts'
 * titles carry the parts' slugs as ids beside it (search tells them apart by it).
 */
export const FINDINGS_ID = 'key-findings';

/** The id of "Cite this report" on a report's home and whole-report page, beside the parts' slugs. */
export const CITE_ID = 'cite';


/** The files readers download beside each report's pages, by what they hold: its citation (BibTeX, CSL-JSON) and its text as imported. */
export const REPORT_DOWNLOADS = { bibtex: 'cite.bib', csl: 'cite.json', text: 'report.txt' } as const;

/** The folder below a report that holds its tables' data files. */
export const TABLE_DATA_DIR = 'data';

/**
 * What the site writes at its root besides the reports' folders, by name, with what each holds: its
 * own pages, files and the tools' folders. No report takes one of these names, and no old address
 * lies in one (a redirect page there would replace, or be replaced by, what the site writes).
 */
export const SITE_ROOT: Readonly<Record<string, string>> = {
  'index.html': 'the library',
  page: "the library's later pages",
  search: 'the search page',
  '404': 'the not-found page',
  '404.html': 'the not-found page',
  pagefind: 'the search index',
  _astro: "the site's styles and scripts",
  _headers: 'the security headers',
  'favicon.svg': "the site's icon",
  'robots.txt': 'the note to crawlers',
  'llms.txt': 'the guide for language models',
  'rss.xml': 'the RSS feed',
  'feed.json': 'the JSON Feed',
  'sitemap-index.xml': 'the sitemap',
};

/** Slugs no report or part may take, because the site's own pages and files (or the findings' or citation's id) live there. */
export const RESERVED_SLUGS: readonly string[] = [...Object.keys(SITE_ROOT), WHOLE_REPORT, FINDINGS_ID, CITE_ID];

/** What the site writes at its root under `name` ("sitemap-0.xml" too), or undefined when it writes nothing there. */
export function siteRootName(name: string): string | undefined {
  return Object.hasOwn(SITE_ROOT, name) ? SITE_ROOT[name] : /^sitemap-\d+\.xml$/.test(name) ? 'the sitemap' : undefined;
}

/** The name of a report's PDF in its folder: "rust-in-2026.pdf" (named after the report, so a saved copy says what it is). */
export function pdfFileName(report: string): string {
  return `${report}.pdf`;
}

/** What the site writes in a report's folder beside its parts' pages, by name, with what each holds. */
export function reportFolderNames(report: string): Readonly<Record<string, string>> {
  return {
    'index.html': 'the home',
    [WHOLE_REPORT]: 'the whole-report page',
    [REPORT_DOWNLOADS.bibtex]: 'the BibTeX citation',
    [REPORT_DOWNLOADS.csl]: 'the CSL-JSON citation',
    [REPORT_DOWNLOADS.text]: 'the text',
    [TABLE_DATA_DIR]: "the tables' data",
    [pdfFileName(report)]: 'the PDF',
  };
}

/** Lower-case ASCII letters and digits in words joined by single hyphens: "ml-infrastructure". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug `slugify` makes: an address stays readable, and a file name stays far below any file system's limit. */
export const MAX_SLUG_LENGTH = 60;

/** Whether `text` is a slug (the one rule the schemas, the importer and editors' choices share). */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}

// Letters that Unicode does not decompose into a base letter and a mark (NFKD handles é, ñ, å…).
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'ng', ħ: 'h', ŧ: 't', ĸ: 'k',
  // Greek
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  // Cyrillic
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', є: 'ie', і: 'i', ї: 'i', ґ: 'g',
};

/**
 * A slug made from any text: accents dropped, other letters transliterated where a plain ASCII
 * spelling exists (ß → ss, Cyrillic, Greek), apostrophes dropped ("Rust's" → "rusts"), every other
 * run of non-letters a hyphen, cut to MAX_SLUG_LENGTH at a word. Empty when nothing is left (a title
 * in Chinese, or only punctuation): the caller then numbers it (`fallback`).
 */
export function slugify(text: string, fallback = ''): string {
  const ascii = [...text.normalize('NFKD').toLowerCase()]
    .map((char) => LETTERS[char] ?? char)
    .join('')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug || fallback;
}

/**
 * Hands out slugs that are unique among themselves and never reserved: the second "Results" gets
 * "results-2". Start it with the slugs already taken.
 */
export class SlugSet {
  readonly #taken = new Set<string>(RESERVED_SLUGS);

  constructor(taken: Iterable<string> = []) {
    for (const slug of taken) this.#taken.add(slug);
  }

  /** Whether a slug is taken (reserved, or handed out). */
  has(slug: string): boolean {
    return this.#taken.has(slug);
  }

  /** Takes `slug` as it is; false when it is taken. */
  claim(slug: string): boolean {
    if (this.#taken.has(slug)) return false;
    this.#taken.add(slug);
    return true;
  }

  /** `wanted`, or `wanted-2`, `wanted-3` … (shortened to fit), whichever is free first; taken from then on. */
  unique(wanted: string): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `-${n}`;
      const candidate = `${wanted.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
      if (this.claim(candidate)) return candidate;
    }
  }
}

/**
 * The id of a finding, made from its first words so that it is the same on every import of the same
 * text and readable in a shared link: `finding-rust-crossed-30-adoption`.
 */
export function findingSlug(text: string): string {
  const words = slugify(text).split('-').slice(0, 6).join('-');
  return `finding-${words || 'text'}`;
}
