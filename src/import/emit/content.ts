/**
 * Turns a parsed report and its editors' touches into the site's content files: report.json,
 * one MDX file per part, one JSON file per table. Pure: the same report and touches give the
 * same bytes, which is what makes a re-import of an unchanged text change no file.
 */
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import type { Editorial, PartEditorial } from '../../report/schemas/editorial.ts';
import type { ColumnSort } from '../../report/schemas/table.ts';
import { RESERVED_SLUGS } from '../../site/urls.ts';
import { partLabel } from '../../site/library.ts';

/** A block of a part, as the parser gives it (code already detected and re-indented). */
export type ContentBlock =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number }
  | { kind: 'code'; lines: string[]; line: number; language: string };

/** A part of the report: "Section N — Title" or the verdict. */
export interface ContentPart {
  kind: 'section' | 'verdict';
  number?: number | undefined;
  title: string;
  line: number;
  /** Last line of the source the part covers, for the generated file's comment. */
  endLine: number;
  blocks: ContentBlock[];
}

/** The report as the generator needs it. */
export interface ContentReport {
  title: string;
  titleFrom: 'text' | 'option';
  findings: string[];
  parts: ContentPart[];
  dataAsOf?: { text: string; iso: string } | undefined;
  author?: string | undefined;
}

/** What the generator wrote, and which editorial touches had no place left in the text. */
export interface GeneratedContent {
  /** Paths relative to the report's folder → file contents. */
  files: Map<string, string>;
  /** Editorial touches that were kept out, in words an editor can act on. */
  dropped: string[];
}

/** The stable key of a part in editorial.yaml and its frontmatter: "section-2" or "verdict". */
export function partKey(part: Pick<ContentPart, 'kind' | 'number'>): string {
  return part.kind === 'verdict' ? 'verdict' : `section-${part.number ?? 0}`;
}

// Characters Markdown or MDX would read as syntax. Escaping them keeps the report's words as
// words: a "<" or "{" in a sentence would otherwise open JSX or an expression.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]<>#|~&$]/g;

/** A paragraph of the report as MDX text that renders to exactly its words. */
export function escapeMdx(text: string): string {
  let escaped = text.replace(MARKDOWN_SYNTAX, (char) => `\\${char}`);
  // Line starts that open a list, a quote or a thematic break: "1. ", "- ", "+ ", "= ".
  escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  return escaped;
}

/** A fence long enough that no run of backticks inside the code closes it. */
function fence(code: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text a heading's `before` is matched against: a paragraph, a snippet's first line, a table's header row. */
function blockStart(block: ContentBlock): string {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'code') return block.lines.find((line) => line.trim() !== '') ?? '';
  return block.header.join(' | ');
}

/**
 * Slugs for every part: the editors' choice where it is free, else one from the title. A chosen slug
 * the site's own pages use, or that another part already has, is set aside (and listed in
 * `dropped`): two parts at one address would silently lose one of them.
 */
export function partSlugs(parts: readonly ContentPart[], editorial: Editorial, dropped: string[] = []): string[] {
  const slugger = new GithubSlugger();
  for (const reserved of RESERVED_SLUGS) slugger.slug(reserved);
  const taken = new Set<string>(RESERVED_SLUGS);
  // Editors' slugs first, so that no title's slug takes an address an editor chose.
  const chosen = parts.map((part) => {
    const slug = editorial.parts?.[partKey(part)]?.slug;
    if (!slug) return undefined;
    if (taken.has(slug)) {
      dropped.push(`parts.${partKey(part)}.slug: "${slug}" is taken (by the site's own pages or another part); the part's slug comes from its title`);
      return undefined;
    }
    taken.add(slug);
    slugger.slug(slug);
    return slug;
  });
  return parts.map((part, index) => chosen[index] ?? slugger.slug(part.title));
}

/** Every editorial key that names no part of the report, as dropped touches. */
function orphanParts(parts: readonly ContentPart[], editorial: Editorial): string[] {
  const keys = new Set(parts.map(partKey));
  return Object.keys(editorial.parts ?? {})
    .filter((key) => !keys.has(key))
    .map((key) => `parts.${key}: the report has no ${key.replace('-', ' ')}; its touches were not applied`);
}

/** The YAML frontmatter block of a part's MDX file. */
function frontmatter(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}

/** Builds the table file for one pipe table, with the editors' caption, sort orders and highlights. */
function tableFile(
  report: string,
  part: ContentPart,
  block: Extract<ContentBlock, { kind: 'table' }>,
  index: number,
  touches: NonNullable<PartEditorial['tables']>[number] | undefined,
  where: string,
  dropped: string[],
): string {
  const sortFor = (label: string): ColumnSort => touches?.columns?.[label] ?? 'text';
  for (const label of Object.keys(touches?.columns ?? {})) {
    if (!block.header.includes(label)) dropped.push(`${where}.columns: the table has no column "${label}"; its sort was not applied`);
  }
  const highlight = new Set(touches?.highlight ?? []);
  for (const name of highlight) {
    if (!block.rows.some((row) => row[0] === name)) dropped.push(`${where}.highlight: the table has no row "${name}"`);
  }
  const number = partLabel(part.number);
  const label = number ? `${number} — ${part.title}` : part.title;
  const data = {
    report,
    line: block.line,
    caption: touches?.caption ?? (index === 0 ? `The table of ${label}` : `Table ${index + 1} of ${label}`),
    captionByEditors: touches?.caption !== undefined,
    columns: block.header.map((heading) => ({ label: heading, sort: sortFor(heading) })),
    rows: block.rows.map((cells) => ({ cells, highlight: highlight.has(cells[0] ?? '') })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The MDX body of one part: the report's blocks in order, with the editors' headings and code touches. */
function partBody(
  report: string,
  slug: string,
  part: ContentPart,
  touches: PartEditorial | undefined,
  files: Map<string, string>,
  dropped: string[],
): string {
  const key = partKey(part);
  const headings = [...(touches?.headings ?? [])];
  const code = [...(touches?.code ?? [])];
  const out: string[] = [];
  let tableIndex = 0;
  for (const block of part.blocks) {
    const start = normalise(blockStart(block));
    for (const heading of headings.filter((h) => start.startsWith(normalise(h.before)))) {
      out.push(`## ${escapeMdx(heading.text)}`);
      headings.splice(headings.indexOf(heading), 1);
    }
    if (block.kind === 'paragraph') out.push(escapeMdx(block.text));
    else if (block.kind === 'code') {
      const first = normalise(block.lines[0] ?? '');
      const touch = code.find((c) => normalise(c.first) === first);
      if (touch) code.splice(code.indexOf(touch), 1);
      const source = block.lines.join('\n');
      const marks = (touch?.mark ?? []).filter((line) => {
        if (line <= block.lines.length) return true;
        dropped.push(`parts.${key}.code "${touch?.first}": mark ${line} is past the snippet's ${block.lines.length} lines`);
        return false;
      });
      const language = touch?.language ?? block.language;
      const meta = [language, touch?.title ? `title=${JSON.stringify(touch.title)}` : '', marks.length ? `{${marks.join(',')}}` : '']
        .filter(Boolean)
        .join(' ');
      const marker = fence(source);
      out.push(`${marker}${meta}\n${source}\n${marker}`);
    } else {
      const where = `parts.${key}.tables[${tableIndex}]`;
      const name = `${slug}-${tableIndex + 1}`;
      files.set(`tables/${name}.json`, tableFile(report, part, block, tableIndex, touches?.tables?.[tableIndex], where, dropped));
      out.push(`<DataTable table="${report}/${name}" />`);
      tableIndex += 1;
    }
  }
  for (const heading of headings) dropped.push(`parts.${key}.headings "${heading.text}": no block starts with "${heading.before}"`);
  for (const touch of code) dropped.push(`parts.${key}.code: no snippet starts with "${touch.first}"`);
  for (let extra = tableIndex; extra < (touches?.tables?.length ?? 0); extra += 1) {
    dropped.push(`parts.${key}.tables[${extra}]: the part has only ${tableIndex} table(s)`);
  }
  return out.join('\n\n');
}

/** Every content file of a report: report.json, parts/<slug>.mdx, tables/<part>-<n>.json. */
export function generateContent(report: string, model: ContentReport, editorial: Editorial): GeneratedContent {
  const files = new Map<string, string>();
  const dropped = orphanParts(model.parts, editorial);
  const reportJson = {
    title: model.title,
    titleFrom: model.titleFrom,
    author: model.author,
    dataAsOf: model.dataAsOf,
    lang: 'en',
    findings: model.findings,
    description: editorial.description,
    formerPaths: editorial.formerPaths,
  };
  files.set('report.json', `${JSON.stringify(reportJson, null, 2)}\n`);
  const slugs = partSlugs(model.parts, editorial, dropped);
  model.parts.forEach((part, index) => {
    const slug = slugs[index] ?? partKey(part);
    const touches = editorial.parts?.[partKey(part)];
    const body = partBody(report, slug, part, touches, files, dropped);
    const head = frontmatter({
      report,
      key: partKey(part),
      number: part.number,
      title: part.title,
      slug,
      order: index + 1,
      line: part.line,
      navTitle: touches?.navTitle,
      description: touches?.description,
    });
    const note = `{/* Written by \`npm run import\` from source.txt (lines ${part.line}–${part.endLine}) and editorial.yaml. Edit those and import again: changes made here are overwritten. */}`;
    files.set(`parts/${slug}.mdx`, `${head}\n${note}\n${body ? `\n${body}\n` : ''}`);
  });
  return { files, dropped };
}
