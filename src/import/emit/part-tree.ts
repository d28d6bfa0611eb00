/**
 * One part of a report as the syntax tree of its page (mdast), with the editors' touches merged:
 * every paragraph a paragraph of text nodes (a URL the report writes out becomes a link whose text
 * is that URL), every snippet a fenced code node, every table a <DataTable /> naming the table file
 * written beside it, and the editors' sub-headings as headings. Nothing a writer typed becomes
 * anything but a text value, a code value or a literal attribute: the tree is serialized and checked
 * by mdx.ts.
 */
import type { Code as CodeNode, Heading, Paragraph as ParagraphNode, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { writeCodeMeta } from '../../report/code-meta.ts';
import { partHeading } from '../../report/labels.ts';
import type { Block, Part, Table } from '../../report/model.ts';
import type { PartEditorial } from '../../report/schemas/editorial.ts';
import type { ColumnSort } from '../../report/schemas/table.ts';

/** Where in editorial.yaml a touch is written, for the messages about it. */
export type TouchPlace = (path: readonly (string | number)[]) => string;

/** What a part's tree needs besides the part: its address, its touches and where they are written. */
export interface PartContext {
  /** The report's slug. */
  report: string;
  /** The part's slug. */
  slug: string;
  /** The editors' touches to this part, if any. */
  touches: PartEditorial | undefined;
  /** "editorial.yaml:12: " for a path below the part's touches (['headings', 0]). */
  place: TouchPlace;
  /** The language an editor's `language:` touch names, as the site fences it (already checked). */
  language: (name: string) => string;
}

/** A part's tree, the table files it names, and the touches that had no place in the text. */
export interface PartTree {
  tree: Root;
  /** Table files: path below the report folder → JSON text. */
  tables: Map<string, string>;
  /** Messages (editorial.yaml:<line>: …) for touches that were not applied. */
  dropped: string[];
  /** Lines of snippets whose language an editor's touch gave (the "unsure" note is answered). */
  languageGiven: Set<number>;
  /** The line of the text each top-level node stands for (a heading of ours: the block it goes before). */
  nodeLines: number[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text a heading's `before` is matched against: a paragraph, a snippet's first line, a table's header row. */
function blockStart(block: Block): string {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'code') return block.source.find((line) => line.trim() !== '') ?? '';
  return block.header.join(' | ');
}

// A URL a report writes out in a sentence: up to white space or a character no URL holds unescaped.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"{}|\\^`]+/gi;

/**
 * A paragraph's text as text and link nodes: each http(s) URL becomes a link whose text is the URL
 * itself (so every word still reads as written), without the punctuation that ends a sentence after
 * it or a closing bracket it did not open.
 */
export function phrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0]);
    if (!/^https?:\/\/[^/?#]/i.test(url)) continue;
    if (match.index > at) nodes.push({ type: 'text', value: text.slice(at, match.index) });
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    at = match.index + url.length;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

/** A URL without the sentence punctuation after it, nor a closing bracket that it did not open. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    if (/[.,;:!?'*_~]/.test(last)) end--;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else if (last === ']' && count(url.slice(0, end), '[') < count(url.slice(0, end), ']')) end--;
    else break;
  }
  return url.slice(0, end);
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Builds the tree of one part and the files of its tables. */
export function partTree(part: Part, context: PartContext): PartTree {
  const { touches, place } = context;
  const headings = (touches?.headings ?? []).map((touch, index) => ({ touch, index }));
  const code = (touches?.code ?? []).map((touch, index) => ({ touch, index }));
  const children: RootContent[] = [];
  const tables = new Map<string, string>();
  const dropped: string[] = [];
  const languageGiven = new Set<number>();
  const nodeLines: number[] = [];
  let tableIndex = 0;
  for (const block of part.blocks) {
    const start = normalise(blockStart(block));
    for (const heading of headings.filter(({ touch }) => start.startsWith(normalise(touch.before)))) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: heading.touch.text }] } satisfies Heading);
      nodeLines.push(block.line);
      headings.splice(headings.indexOf(heading), 1);
    }
    nodeLines.push(block.line);
    if (block.kind === 'paragraph') {
      children.push({ type: 'paragraph', children: phrasing(block.text) } satisfies ParagraphNode);
    } else if (block.kind === 'code') {
      const first = normalise(block.source[0] ?? '');
      const found = code.find(({ touch }) => normalise(touch.first) === first);
      if (found) code.splice(code.indexOf(found), 1);
      const touch = found?.touch;
      const marks = (touch?.mark ?? []).filter((line, m) => {
        if (line <= block.lines.length) return true;
        dropped.push(`${place(['code', found?.index ?? 0, 'mark', m])}mark ${line} is past the last line (${block.lines.length}) of the snippet "${touch?.first}"; not applied`);
        return false;
      });
      if (touch?.language) languageGiven.add(block.line);
      const lang = touch?.language ? context.language(touch.language) : block.language;
      children.push({ type: 'code', lang, meta: writeCodeMeta({ title: touch?.title, marks }) || null, value: block.lines.join('\n') } satisfies CodeNode);
    } else {
      const name = `${context.slug}-${tableIndex + 1}`;
      const tablePath = ['tables', tableIndex];
      tables.set(`tables/${name}.json`, tableFile(context.report, part, block, tableIndex, touches?.tables?.[tableIndex], (path) => place([...tablePath, ...path]), dropped));
      children.push({
        type: 'mdxJsxFlowElement',
        name: 'DataTable',
        attributes: [{ type: 'mdxJsxAttribute', name: 'table', value: `${context.report}/${name}` }],
        children: [],
      } satisfies MdxJsxFlowElement);
      tableIndex += 1;
    }
  }
  for (const { touch, index } of headings) dropped.push(`${place(['headings', index])}heading "${touch.text}": no paragraph, snippet or table starts with "${touch.before}"; not applied`);
  for (const { touch, index } of code) dropped.push(`${place(['code', index])}no snippet starts with "${touch.first}"; not applied`);
  for (let extra = tableIndex; extra < (touches?.tables?.length ?? 0); extra += 1) {
    dropped.push(`${place(['tables', extra])}the part has ${tableIndex} table${tableIndex === 1 ? '' : 's'}; table ${extra + 1}'s touches were not applied`);
  }
  return { tree: { type: 'root', children }, tables, dropped, languageGiven, nodeLines };
}

/** The table file for one pipe table, with the editors' caption, sort orders and highlights. */
function tableFile(
  report: string,
  part: Part,
  block: Table,
  index: number,
  touches: NonNullable<PartEditorial['tables']>[number] | undefined,
  place: TouchPlace,
  dropped: string[],
): string {
  const sortFor = (label: string): ColumnSort => (touches?.columns && Object.hasOwn(touches.columns, label) ? touches.columns[label]! : 'text');
  for (const label of Object.keys(touches?.columns ?? {})) {
    if (!block.header.includes(label)) dropped.push(`${place(['columns', label])}the table has no column "${label}"; its sort was not applied`);
  }
  const highlight = new Set(touches?.highlight ?? []);
  [...highlight].forEach((name, h) => {
    if (!block.rows.some((row) => row[0] === name)) dropped.push(`${place(['highlight', h])}the table has no row "${name}"; not highlighted`);
  });
  const label = partHeading(part);
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
