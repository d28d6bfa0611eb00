/**
 * A report as the site's outputs beyond its pages read it (the PDF, share cards, citations, data
 * downloads): its published facts and its content, the editors' touches marked as theirs. Read from
 * the same content the pages are rendered from (report.json, each part's MDX tree as the build
 * parses it, the table files), never from the report's text again, so the PDF says what the pages say.
 * Every string in it is the report's text or editorial data: whoever renders it shows it as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { PhrasingContent } from 'mdast';
import { filesUnder } from '../lib/files.ts';
import { readCodeMeta } from '../report/code-meta.ts';
import { parseContentMdx } from '../report/content-mdx.ts';
import { REPORT_FILES, reportsDir } from '../report/folders.ts';
import { partLabel } from '../report/labels.ts';
import { languageLabel } from '../report/languages.ts';
import { partSchema } from '../report/schemas/part.ts';
import { reportSchema, type ReportData } from '../report/schemas/report.ts';
import { tableSchema, type TableData } from '../report/schemas/table.ts';
import { parse as parseYaml } from 'yaml';
import { isNumericColumn } from './table-view.ts';

/** A report as its outputs read it. */
export interface ReportDocument {
  /** The report's URL segment, e.g. "rust-in-2026". */
  slug: string;
  title: string;
  /** The sign-off's name; absent when the report has no sign-off. */
  author?: string | undefined;
  /** "Data as of March 2026." → { text: 'March 2026', iso: '2026-03' }. */
  dataAsOf?: { text: string; iso: string } | undefined;
  /** One sentence of the editors'. */
  description?: string | undefined;
  /** SPDX licence id chosen by the editors; absent: no licence stated. */
  license?: string | undefined;
  /** The report's home page: absolute when the site has an address, else a path. */
  url: string;
  /** The site's name, the report's publisher. */
  site: string;
  /** BCP 47 language of the report. */
  lang: string;
  /** The key findings, word for word; `part` is the slug of the part that discusses it, when editors say so. */
  findings: { id: string; text: string; part?: string | undefined }[];
  parts: DocumentPart[];
}

/** A numbered section or the verdict. */
export interface DocumentPart {
  /** URL segment below the report; also its anchor id on the whole-report page. */
  slug: string;
  /** "Section 2"; absent for the verdict. */
  label?: string | undefined;
  /** As the report words it. */
  title: string;
  /** The part's page: absolute or a path, like ReportDocument.url. */
  url: string;
  blocks: DocumentBlock[];
}

/** A run of a paragraph: text, or a URL the report wrote out (shown as itself, linked). */
export type Inline = { kind: 'text'; text: string } | { kind: 'link'; url: string; text: string };

export type DocumentBlock =
  /** One paragraph of the report, word for word. */
  | { kind: 'paragraph'; inlines: Inline[] }
  /** A sub-heading of the editors' (the report has none of its own): shown marked as theirs. */
  | { kind: 'heading'; text: string; id: string }
  /** A snippet as the site shows it; `language` a Shiki id, `label` its name for readers; title and marks are the editors'. */
  | { kind: 'code'; language: string; label: string; title?: string | undefined; marks: number[]; lines: string[] }
  /** A table: the caption is always ours (the editors' when captionByEditors); numeric columns align right. */
  | {
      kind: 'table';
      /** The table's id, "<report>/<part>-<n>": its data files are named after it. */
      id: string;
      caption: string;
      captionByEditors: boolean;
      columns: { label: string; numeric: boolean }[];
      rows: { cells: string[]; highlight: boolean }[];
    };

/** A table block. */
export type TableBlock = Extract<DocumentBlock, { kind: 'table' }>;

/** A table file as a block: what the part's page shows of it, and what its data downloads hold. */
export function tableBlock(id: string, table: TableData): TableBlock {
  return {
    kind: 'table',
    id,
    caption: table.caption,
    captionByEditors: table.captionByEditors,
    columns: table.columns.map((column, index) => ({ label: column.label, numeric: isNumericColumn(table.rows.map((row) => row.cells[index] ?? '')) })),
    rows: table.rows.map((row) => ({ cells: row.cells, highlight: row.highlight })),
  };
}

/** Where the site is: its name, and the URL of a report's or a part's page. */
export interface DocumentSite {
  name: string;
  reportUrl(slug: string): string;
  partUrl(report: string, part: string): string;
}

/** The text of a line's nodes, links as their text. */
function inlines(children: readonly PhrasingContent[]): Inline[] {
  return children.flatMap((node): Inline[] => {
    if (node.type === 'text') return [{ kind: 'text', text: node.value }];
    if (node.type === 'link') return [{ kind: 'link', url: node.url, text: node.children.map((c) => (c.type === 'text' ? c.value : '')).join('') }];
    return [];
  });
}

/** One part's blocks, read from its MDX tree as the build parses it. */
function partBlocks(mdx: string, tableFile: (id: string) => string): DocumentBlock[] {
  // Heading ids as the page gets them (Astro's github-slugger, one per page).
  const slugger = new GithubSlugger();
  return parseContentMdx(mdx).children.flatMap((node): DocumentBlock[] => {
    if (node.type === 'heading') {
      const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      return [{ kind: 'heading', text, id: slugger.slug(text) }];
    }
    if (node.type === 'paragraph') return [{ kind: 'paragraph', inlines: inlines(node.children) }];
    if (node.type === 'code') {
      const meta = readCodeMeta(node.meta);
      const language = node.lang ?? 'text';
      return [{ kind: 'code', language, label: languageLabel(language), title: meta.title, marks: [...meta.marks], lines: node.value.split('\n') }];
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'DataTable') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'table')?.value;
      if (typeof id !== 'string') return [];
      return [tableBlock(id, tableSchema.parse(JSON.parse(readFileSync(tableFile(id), 'utf8'))))];
    }
    return [];
  });
}

/** The report's facts, as report.json holds them (validated). */
export function reportFacts(contentDir: string, slug: string): ReportData {
  return reportSchema.parse(JSON.parse(readFileSync(join(reportsDir(contentDir), slug, REPORT_FILES.facts), 'utf8')));
}

/** A report's facts and its parts' names without their content: what a share card or a list of parts needs. */
export type ReportOutline = Omit<ReportDocument, 'parts'> & { parts: Omit<DocumentPart, 'blocks'>[] };

/** Each part's MDX and its validated frontmatter, in the report's order. */
/** A report's parts in order: each part's MDX file, its text and its frontmatter (through the part schema). */
export function readParts(contentDir: string, slug: string) {
  const dir = join(reportsDir(contentDir), slug, REPORT_FILES.parts);
  return filesUnder(dir, '.mdx')
    .map((file) => {
      const path = join(dir, file);
      const mdx = readFileSync(path, 'utf8');
      return { path, mdx, frontmatter: partSchema.parse(parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '')) };
    })
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

/** The report's facts and its parts' names, read from report.json and the parts' frontmatter alone (no MDX is parsed). */
export function reportOutline(contentDir: string, slug: string, site: DocumentSite): ReportOutline {
  return outlineOf(contentDir, slug, site, readParts(contentDir, slug));
}

function outlineOf(contentDir: string, slug: string, site: DocumentSite, parts: ReturnType<typeof readParts>): ReportOutline {
  const facts = reportFacts(contentDir, slug);
  return {
    slug,
    title: facts.title,
    author: facts.author,
    dataAsOf: facts.dataAsOf,
    description: facts.description,
    license: facts.license,
    url: site.reportUrl(slug),
    site: site.name,
    lang: facts.lang,
    findings: facts.findings,
    parts: parts.map(({ frontmatter }) => ({
      slug: frontmatter.slug,
      label: partLabel(frontmatter.number),
      title: frontmatter.title,
      url: site.partUrl(slug, frontmatter.slug),
    })),
  };
}

/** A report of the content folder as its outputs read it. */
export function reportDocument(contentDir: string, slug: string, site: DocumentSite): ReportDocument {
  const tableFile = (id: string) => join(reportsDir(contentDir), id.split('/')[0] ?? slug, REPORT_FILES.tables, `${id.split('/')[1] ?? ''}.json`);
  const parts = readParts(contentDir, slug);
  const outline = outlineOf(contentDir, slug, site, parts);
  return { ...outline, parts: outline.parts.map((part, index) => ({ ...part, blocks: partBlocks(parts[index]?.mdx ?? '', tableFile) })) };
}
