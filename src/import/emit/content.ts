/**
 * Turns a report read from its text, and its editors' touches, into the site's content files:
 * report.json (the facts pages show), source.json (the text as read, which the build checks every
 * page against), one MDX file per part (written from a checked syntax tree, mdx.ts), one JSON file
 * per table. Pure: the same input gives the same bytes, which is what makes a re-import of an
 * unchanged text change no file.
 */
import { createHash } from 'node:crypto';
import { partHeading, partKey } from '../../report/labels.ts';
import type { Part, Report } from '../../report/model.ts';
import { SlugSet, findingSlug, slugify } from '../../report/slugs.ts';
import { SourceError, sourceLocation } from '../../report/errors.ts';
import type { ContentRules } from '../../report/content-mdx.ts';
import type { EditorialFile } from '../editorial.ts';
import { writeMdx, verifyMdx } from './mdx.ts';
import { partTree } from './part-tree.ts';
import { partTouches, type PartTouches } from './touches.ts';

/** A part of the report as the previous import left it, for the history of addresses. */
export interface PreviousPart {
  key: string;
  title: string;
  slug: string;
}

/** Everything one import of a report starts from. */
export interface ContentInput {
  /** The report's slug (its folder and URL segment). */
  slug: string;
  /** The report as read from its text. */
  report: Report;
  /** Where the title came from. */
  titleFrom: 'text' | 'option';
  /** The text's bytes, for source.json's digest. */
  source: Uint8Array;
  /** The source file's name, for messages that point into the text. */
  sourceFile: string;
  editorial: EditorialFile;
  /** What the folder held before this import: its parts, and the addresses already redirected. */
  previous?: { parts: readonly PreviousPart[]; formerParts: Readonly<Record<string, string>> } | undefined;
  /** Languages code may be fenced with (the highlighter's), for the guard over what is written. */
  rules: ContentRules;
  /** The fence language for an editor's `language:` touch (already known to be valid). */
  language: (name: string) => string;
}

/** What the generator wrote, and what the publisher should know. */
export interface GeneratedContent {
  /** Paths relative to the report's folder → file contents. */
  files: Map<string, string>;
  /** Editorial touches that were not applied, as "editorial.yaml:<line>: …". */
  dropped: string[];
  /** Addresses that changed, each now redirected: "<report>/<old>/ → <report>/<new>/". */
  redirected: string[];
  /** Lines of snippets whose language an editor's touch gave. */
  languageGiven: Set<number>;
  /** Each part's slug, in the report's order. */
  slugs: string[];
  /** The parts' old addresses as report.json records them (below the report → below the report). */
  formerParts: Record<string, string>;
}

/** The slug of each part: the editors' choice where it is free, else one made from its title ("section-N" when nothing is left). */
export function partSlugs(parts: readonly Part[], touches: readonly PartTouches[], dropped: string[] = []): string[] {
  const slugs = new SlugSet();
  // Editors' slugs first, so that no title's slug takes an address an editor chose.
  const chosen = parts.map((_, index) => {
    const wanted = touches[index]?.data?.slug;
    if (!wanted) return undefined;
    if (slugs.claim(wanted)) return wanted;
    dropped.push(`${touches[index]!.place(['slug'])}slug "${wanted}" is taken (by the site's own pages or another part); the part's slug comes from its title`);
    return undefined;
  });
  return parts.map((part, index) => chosen[index] ?? slugs.unique(slugify(part.title, partKey(part))));
}

/** Every content file of a report: report.json, source.json, parts/<slug>.mdx, tables/<part>-<n>.json. */
export function generateContent(input: ContentInput): GeneratedContent {
  const { report, editorial } = input;
  const files = new Map<string, string>();
  const dropped: string[] = [];
  const languageGiven = new Set<number>();
  const touches = partTouches(report.parts, editorial, dropped);
  const slugs = partSlugs(report.parts, touches, dropped);
  report.parts.forEach((part, index) => {
    const slug = slugs[index]!;
    const touch = touches[index]!;
    const built = partTree(part, { report: input.slug, slug, touches: touch.data, place: touch.place, language: input.language });
    dropped.push(...built.dropped);
    for (const line of built.languageGiven) languageGiven.add(line);
    for (const [path, text] of built.tables) files.set(path, text);
    const fields = {
      report: input.slug,
      key: partKey(part),
      number: part.number,
      title: part.title,
      slug,
      order: index + 1,
      line: part.line,
      navTitle: touch.data?.navTitle,
      description: touch.data?.description,
    };
    const comment = `Written by \`npm run import\` from source.txt (lines ${part.line}–${part.endLine}) and editorial.yaml: edit those and import again (changes here are overwritten).`;
    const mdx = writeMdx(fields, built.tree, comment);
    const mismatch = verifyMdx(mdx, fields, built.tree, input.rules);
    if (mismatch) {
      const line = built.nodeLines[mismatch.node] ?? part.line;
      throw new SourceError(input.sourceFile, line, `${partHeading(part)} cannot be written as a page the site can trust (${mismatch.message}); please report this text to the site's developers`);
    }
    files.set(`parts/${slug}.mdx`, mdx);
  });
  const history = addressHistory(input, slugs);
  files.set('report.json', `${JSON.stringify(reportFacts(input, slugs, dropped, history.formerParts), null, 2)}\n`);
  files.set('source.json', `${JSON.stringify({ digest: createHash('sha256').update(input.source).digest('hex'), report })}\n`);
  return { files, dropped, redirected: history.redirected, languageGiven, slugs, formerParts: history.formerParts };
}

/** report.json: the facts read from the text, with the editors' description, licence, finding links and old addresses. */
function reportFacts(input: ContentInput, slugs: readonly string[], dropped: string[], formerParts: Record<string, string>): object {
  const { report, editorial } = input;
  const ids = new SlugSet();
  const links = editorial.data.findings ?? [];
  const used = new Set<number>();
  const findings = report.findings.map((finding) => {
    const at = links.findIndex((link, index) => !used.has(index) && normalise(finding.text).startsWith(normalise(link.first)));
    let part: string | undefined;
    if (at >= 0) {
      used.add(at);
      const target = report.parts.findIndex((p) => normalise(p.title) === normalise(links[at]!.part) || normalise(partHeading(p)) === normalise(links[at]!.part));
      if (target >= 0) part = slugs[target];
      else dropped.push(`${sourceLocation(editorial.file, editorial.lineOf(['findings', at, 'part']))}findings: the report has no part titled "${links[at]!.part}"; the finding is not linked`);
    }
    return { id: ids.unique(findingSlug(finding.text)), text: finding.text, ...(part ? { part } : {}) };
  });
  links.forEach((link, index) => {
    if (!used.has(index)) dropped.push(`${sourceLocation(editorial.file, editorial.lineOf(['findings', index, 'first']))}findings: no finding starts with "${link.first}"; not linked`);
  });
  return {
    title: report.title,
    titleFrom: input.titleFrom,
    author: report.author?.name,
    dataAsOf: report.dataAsOf ? { text: report.dataAsOf.text, iso: report.dataAsOf.iso } : undefined,
    lang: 'en',
    findings,
    description: editorial.data.description,
    license: editorial.data.license,
    formerPaths: editorial.data.formerPaths,
    formerParts: Object.keys(formerParts).length ? formerParts : undefined,
  };
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The report's parts' old addresses, each leading to where its part is now: those already recorded,
 * re-pointed when their part moved again, plus every part whose address this import changes (found
 * by its title, else by its number: a corrected title keeps its place). A part that is gone leads to
 * the report's home. An address a part holds again is no longer a redirect.
 */
function addressHistory(input: ContentInput, slugs: readonly string[]): { formerParts: Record<string, string>; redirected: string[] } {
  const previous = input.previous;
  const live = new Set(slugs);
  const formerParts: Record<string, string> = {};
  const redirected: string[] = [];
  if (!previous) return { formerParts, redirected };
  const now = new Map<string, string>(); // old slug → new slug ('' for the report's home)
  for (const old of previous.parts) {
    if (live.has(old.slug)) continue;
    const byTitle = input.report.parts.findIndex((part) => normalise(part.title) === normalise(old.title));
    const byKey = input.report.parts.findIndex((part) => partKey(part) === old.key);
    const index = byTitle >= 0 ? byTitle : byKey;
    now.set(old.slug, index >= 0 ? slugs[index]! : '');
  }
  for (const [from, to] of Object.entries(previous.formerParts)) {
    const oldSlug = from.replace(/\/$/, '');
    if (live.has(oldSlug)) continue;
    const target = to.replace(/\/$/, '');
    const moved = now.get(target);
    formerParts[from] = moved === undefined ? (live.has(target) ? to : '') : moved ? `${moved}/` : '';
  }
  for (const [from, to] of now) {
    formerParts[`${from}/`] = to ? `${to}/` : '';
    redirected.push(`${input.slug}/${from}/ → ${input.slug}/${to ? `${to}/` : ''}`);
  }
  return { formerParts: Object.fromEntries(Object.entries(formerParts).sort(([a], [b]) => a.localeCompare(b))), redirected };
}
