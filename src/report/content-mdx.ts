/**
 * The MDX a part's file may hold, checked as a syntax tree. MDX is a programming language: an
 * `import`/`export` block or a `{…}` expression runs as JavaScript when Astro compiles the page.
 * Report text must never become code, so the content is a small dialect of MDX, and what a file
 * holds is decided by parsing it with the parser Astro's MDX uses (Sätteri, with the features the
 * site builds with) and walking the tree: headings, paragraphs of text and links, fenced code, and
 * our own components with literal attributes. Anything else (ESM, expressions, raw HTML, inline JSX,
 * images, lists…) is a problem with its line, whoever wrote it: the importer (which refuses to write
 * such a file), a hand edit, or an editorial merge (the build refuses it before compiling a page).
 */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { mdxToMdast, type Features } from 'satteri';
import { META_PATTERN, readCodeMeta } from './code-meta.ts';

/**
 * The Markdown features pages are compiled with (astro.config via the site's integration) and the
 * content is checked with: one object, so the check reads files exactly as the build does. No GFM:
 * the content needs no GFM table, strikethrough, footnote or autolink literal (a report's URLs are
 * written as links by the importer), and each is one more way for a writer's punctuation to become
 * syntax. No smart punctuation: the report's straight quotes are the author's characters.
 */
export const MDX_FEATURES = { gfm: false, smartPunctuation: false, frontmatter: true } as const satisfies Features;

/** Our components a part may use, each with the attributes it takes (literal strings only). */
export const CONTENT_COMPONENTS: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  /** A report's table: `<DataTable table="<report>/<part>-<n>" />` (src/components/DataTable.astro). */
  DataTable: { table: /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/ },
};

/** URLs a link may take: the web, or a path within the site (no `javascript:`, `data:` or other scheme). */
const LINK_URL = /^(?:https?:\/\/[^\s]+|(?![a-z][a-z0-9+.-]*:)[^\s]*)$/i;

/** One thing a part's file may not hold, at a line of the file. */
export interface ContentProblem {
  line: number;
  message: string;
}

/** What the code and components of a file are checked against. */
export interface ContentRules {
  /** Fence languages the highlighter knows (ids and aliases), lower case. */
  languages: ReadonlySet<string>;
  /** Tables a <DataTable table="…" /> may name; undefined: any (the importer, which writes the table beside it). */
  tables?: ReadonlySet<string> | undefined;
  /** A "did you mean" for an unknown language, if the caller has one. */
  suggestLanguage?: ((language: string) => string | undefined) | undefined;
}

/** Parses a part's MDX as the build does: the tree Astro's MDX compiles (positions kept, for messages). */
export function parseContentMdx(source: string): Root {
  return mdxToMdast(source, { features: MDX_FEATURES, position: true }) as unknown as Root;
}

/** The line a node starts on (1 when the parser gave none). */
function lineOf(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

// What each kind of node would do if allowed, for the message a writer reads.
const FORBIDDEN: Readonly<Record<string, string>> = {
  mdxjsEsm: 'an import or export statement, which MDX runs as JavaScript when the site is built',
  mdxFlowExpression: 'a {…} expression, which MDX runs as JavaScript when the site is built',
  mdxTextExpression: 'a {…} expression, which MDX runs as JavaScript when the site is built',
  html: 'raw HTML',
  mdxJsxTextElement: 'a component inside a line of text',
};

/**
 * Every node of `tree` outside the content's dialect, in document order. The source is needed to
 * tell a code fence that is never closed (it would turn the rest of the page into code).
 */
export function contentProblems(tree: Root, source: string, rules: ContentRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  const refuse = (node: { type: string; position?: { start: { line: number } } | undefined }, what?: string) =>
    problems.push({
      line: lineOf(node),
      message: `${what ?? FORBIDDEN[node.type] ?? `Markdown of kind "${node.type}"`} is not allowed in a report's content (write literal characters as \\{ \\} \\< or import the report's text again)`,
    });
  tree.children.forEach((node, index) => {
    if (node.type === 'yaml') {
      if (index !== 0) refuse(node, 'a second frontmatter block');
    } else if (node.type === 'heading') {
      if (node.depth !== 2) refuse(node, `a level-${node.depth} heading (content headings are "## " sub-headings)`);
      checkPhrasing(node.children, refuse);
    } else if (node.type === 'paragraph') {
      checkPhrasing(node.children, refuse);
    } else if (node.type === 'code') {
      problems.push(...codeProblems(node, lines, rules));
    } else if (node.type === 'mdxJsxFlowElement') {
      problems.push(...componentProblems(node, rules));
    } else {
      refuse(node);
    }
  });
  return problems;
}

/** Text and links (whose text is text, whose URL is the web or the site) are all a line may hold. */
function checkPhrasing(children: readonly PhrasingContent[], refuse: (node: PhrasingContent, what?: string) => void): void {
  for (const child of children) {
    if (child.type === 'text') continue;
    if (child.type === 'link') {
      if (!LINK_URL.test(child.url)) refuse(child, `a link to "${child.url}" (links go to http(s) addresses or pages of the site)`);
      for (const inner of child.children) if (inner.type !== 'text') refuse(inner);
      continue;
    }
    refuse(child);
  }
}

function codeProblems(node: Extract<RootContent, { type: 'code' }>, lines: readonly string[], rules: ContentRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const line = lineOf(node);
  const lang = node.lang ?? '';
  if (!lang) problems.push({ line, message: 'a code block without a language: write one after the fence (```rust), or "text"' });
  else if (!rules.languages.has(lang.toLowerCase())) {
    const near = rules.suggestLanguage?.(lang.toLowerCase());
    problems.push({ line, message: `unknown code language "${lang}"${near ? ` (did you mean "${near}"?)` : ''}: use a language Shiki knows, or "text"` });
  }
  const meta = node.meta ?? '';
  if (!META_PATTERN.test(meta)) {
    problems.push({ line, message: `the code fence's "${meta}" is not what the importer writes (title="…" and {lines} only)` });
  }
  const count = node.value === '' ? 0 : node.value.split('\n').length;
  const outside = readCodeMeta(meta).marks.filter((mark) => mark < 1 || mark > count);
  if (outside.length > 0) {
    problems.push({ line, message: `marks line ${outside.join(', ')}, but the block has ${count} line${count === 1 ? '' : 's'}` });
  }
  // An unclosed fence runs to the end of the file: its last line is then not a closing fence.
  const end = node.position?.end.line;
  const opener = /^ {0,3}(`{3,}|~{3,})/.exec(lines[line - 1] ?? '')?.[1];
  const last = end === undefined ? undefined : lines[end - 1];
  if (opener && last !== undefined && (end === line || !new RegExp(`^ {0,3}${opener[0] === '`' ? '`' : '~'}{${opener.length},}\\s*$`).test(last))) {
    problems.push({ line, message: `the code block opened here is never closed: end it with ${opener} on a line of its own (until then the rest of the page is code)` });
  }
  return problems;
}

function componentProblems(node: Extract<RootContent, { type: 'mdxJsxFlowElement' }>, rules: ContentRules): ContentProblem[] {
  const line = lineOf(node);
  const name = node.name ?? '';
  const allowed = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
  if (!allowed) return [{ line, message: `<${name || '>'}…> is not one of the site's components (${Object.keys(CONTENT_COMPONENTS).join(', ')}): it is not allowed in a report's content` }];
  const problems: ContentProblem[] = [];
  if (node.children.length > 0) problems.push({ line, message: `<${name}> takes no content: write <${name} … />` });
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute') seen.add(attribute.name);
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      problems.push({ line, message: `<${name}>: attributes must be literal text ("…"), never {…} expressions, which run as code` });
      continue;
    }
    const pattern = Object.hasOwn(allowed, attribute.name) ? allowed[attribute.name] : undefined;
    if (!pattern) problems.push({ line, message: `<${name}> has no attribute "${attribute.name}"` });
    else if (!pattern.test(attribute.value)) problems.push({ line, message: `<${name} ${attribute.name}="${attribute.value}">: not a valid ${attribute.name}` });
  }
  for (const wanted of Object.keys(allowed)) if (!seen.has(wanted)) problems.push({ line, message: `<${name}> needs its ${wanted}="…" attribute` });
  const table = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'table')?.value;
  if (name === 'DataTable' && typeof table === 'string' && rules.tables && !rules.tables.has(table)) {
    const report = table.split('/')[0];
    const known = [...rules.tables].filter((t) => t.startsWith(`${report}/`)).sort().map((t) => `"${t}"`).join(', ') || 'none';
    problems.push({ line, message: `<DataTable table="${table}" />: there is no table "${table}" (this report's tables are ${known})` });
  }
  return problems;
}

/**
 * A tree as the content compares it: node types, values and attributes, without positions, parser
 * data or empty titles, adjacent text nodes joined. Two trees with the same `comparable` form
 * render the same page.
 */
export function comparable(node: unknown): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const child of node.map(comparable)) {
      const last = out.at(-1) as { type?: string; value?: string } | undefined;
      const next = child as { type?: string; value?: string };
      if (last?.type === 'text' && next.type === 'text') last.value = `${last.value ?? ''}${next.value ?? ''}`;
      else out.push(child);
    }
    return out;
  }
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'data' || value === null || value === undefined) continue;
    out[key] = comparable(value);
  }
  return out;
}
