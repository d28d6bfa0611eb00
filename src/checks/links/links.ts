import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPORT_FILES, reportSlugs, reportsDir } from '../../report/folders.ts';
import { readParts } from '../../site/document.ts';
import { filesUnder } from '../../lib/files.ts';
import { decodeEntities, tagPattern } from '../../lib/html-text.ts';

/** A link in the built site that leads nowhere, with where it came from. */
export interface BrokenLink {
  /** The built page the link is on, as a site path ("/verdict/"). */
  page: string;
  /** The content file the link was written in, when it sits inside a report article. */
  source: string | undefined;
  /** The attribute that holds it ("href" or "src"). */
  attribute: string;
  /** The link as written. */
  url: string;
  /** Why it leads nowhere. */
  reason: string;
}

/** The built site: every file by its path below the output folder ("verdict/index.html"). */
export interface BuiltSite {
  base: string;
  files: ReadonlyMap<string, string | null>;
  /** The content file an article of a report shows (its part's MDX, or the report's report.json for its home), for messages. */
  sourceOf?: ((report: string, part: string | undefined) => string | undefined) | undefined;
}

// An article's opening tag (its data-report and data-part name the content it shows), its end, and each href or src.
const TOKENS = new RegExp(`${tagPattern('article')}|\\s(href|src)="([^"]*)"`, 'g');
const IDS = /\sid="([^"]*)"/g;

/**
 * Finds every internal `href`/`src` in the built HTML that does not resolve to a file (or to an
 * element id, for `#fragment`s) when the site is served under `base` by a plain static server.
 * `files` maps each output file to its text (HTML) or `null` (any other file).
 */
export function findBrokenLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...(site.files.get(file) ?? '').matchAll(IDS)].map((m) => decodeEntities(m[1] ?? '')));
      idsCache.set(file, ids);
    }
    return ids;
  };

  for (const [file, html] of site.files) {
    if (html === null || !file.endsWith('.html')) continue;
    const page = pagePath(site.base, file);
    let source: string | undefined;
    for (const match of html.matchAll(TOKENS)) {
      if (match[0].startsWith('</article')) source = undefined;
      else if (match[0].startsWith('<article')) {
        const attribute = (name: string) => decodeEntities(new RegExp(`\\s${name}="([^"]*)"`).exec(match[1] ?? '')?.[1] ?? '') || undefined;
        const report = attribute('data-report');
        source = report === undefined ? undefined : site.sourceOf?.(report, attribute('data-part'));
      }
      else {
        const attribute = match[2] ?? 'href';
        const url = decodeEntities(match[3] ?? '');
        const reason = checkUrl(site, page, url, idsOf);
        if (reason) broken.push({ page, source, attribute, url, reason });
      }
    }
  }
  return broken;
}

/** One line per broken link, naming the content file (or built page) and the attribute. */
export function formatBrokenLinks(links: readonly BrokenLink[]): string {
  const lines = new Set(
    links.map(
      (l) => `${l.source ?? `built page ${l.page}`}: ${l.attribute} "${l.url}" ${l.reason}${l.source ? ` (seen on ${l.page})` : ''}`,
    ),
  );
  return [...lines].join('\n');
}

function checkUrl(
  site: BuiltSite,
  page: string,
  url: string,
  idsOf: (file: string) => Set<string>,
): string | undefined {
  if (url === '' || /^(mailto|tel|data|javascript):/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined; // another host: not ours to resolve
  const origin = 'http://site.invalid';
  const resolved = new URL(url, origin + page);
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(site.base)) {
    return `is outside the site's base path ${site.base}: write links between pages relative (e.g. "../verdict/"), which work under any BASE_PATH`;
  }
  const rel = path.slice(site.base.length);
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  if (!site.files.has(file)) {
    return site.files.has(`${rel}/index.html`)
      ? `lacks its trailing slash (directory URLs end in "/")`
      : 'leads to no page or file';
  }
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
    return `points at #${fragment}, which is not an id on that page`;
  }
  return undefined;
}

function pagePath(base: string, file: string): string {
  const dir = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return base + dir;
}

/** Every file of a built site by its path below it, HTML with its text (the link check's input). */
export function builtFiles(root: string): Map<string, string | null> {
  return new Map(filesUnder(root).map((file) => [file, file.endsWith('.html') ? readFileSync(join(root, file), 'utf8') : null]));
}

/**
 * Which content file each report article shows, from the content folder: a part's MDX by its
 * frontmatter `key`, the home's report.json. Paths relative to where the command runs, as editors see them.
 */
export function contentSources(contentDir: string): (report: string, part: string | undefined) => string | undefined {
  const files = new Map<string, string>();
  for (const slug of reportSlugs(contentDir)) {
    const folder = join(reportsDir(contentDir), slug);
    files.set(slug, join(folder, REPORT_FILES.facts));
    for (const part of readParts(contentDir, slug)) files.set(`${slug}/${part.frontmatter.key}`, part.path);
  }
  return (report, part) => {
    const file = files.get(part === undefined ? report : `${report}/${part}`);
    return file && relative(process.cwd(), file);
  };
}
