/**
 * A part's page as MDX text, written from its syntax tree and accepted only when the MDX parser the
 * build uses reads back exactly that tree. Escaping is the serializer's job (mdast-util-to-markdown
 * with MDX's rules); whether it did its job is not trusted but checked: the text is parsed again
 * (src/report/content-mdx.ts, Sätteri with the site's features), every node must be of the content's
 * dialect (no ESM, no expression, no HTML, no JSX but our components with literal attributes), and
 * the tree read back must equal the tree meant, text for text. A text the serializer cannot carry
 * is refused, never written.
 */
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { parse, stringify } from 'yaml';
import { comparable, contentProblems, parseContentMdx, type ContentRules } from '../../report/content-mdx.ts';

/** The YAML frontmatter block of a part's file, with a comment for whoever opens it. */
function frontmatter(fields: Record<string, unknown>, comment: string): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n# ${comment}\n${stringify(defined, { lineWidth: 0 })}---\n`;
}

/** MDX text for a part: its frontmatter, then its tree. Pure: the same input gives the same bytes. */
export function writeMdx(fields: Record<string, unknown>, tree: Root, comment: string): string {
  const body = tree.children.length === 0 ? '' : toMarkdown(tree, { extensions: [mdxToMarkdown()], resourceLink: true, fences: true, rule: '-' });
  return `${frontmatter(fields, comment)}${body ? `\n${body}` : ''}`;
}

/** What went wrong when MDX text does not read back as the tree it was written from. */
export interface MdxMismatch {
  /** Index of the first top-level node that differs (or that the dialect refuses), in the tree meant. */
  node: number;
  message: string;
}

/**
 * Parses `text` as the build will and compares it with what was meant: the frontmatter's fields and
 * the tree. Undefined when they match; else the first difference.
 */
export function verifyMdx(text: string, fields: Record<string, unknown>, tree: Root, rules: ContentRules): MdxMismatch | undefined {
  const read = parseContentMdx(text);
  const problems = contentProblems(read, text, rules);
  const [yamlNode, ...body] = read.children;
  if (yamlNode?.type !== 'yaml') return { node: 0, message: 'the frontmatter did not read back' };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (JSON.stringify(parse(yamlNode.value)) !== JSON.stringify(defined)) return { node: 0, message: 'the frontmatter did not read back as written' };
  const meant = comparable(tree.children) as unknown[];
  const got = comparable(body) as unknown[];
  const length = Math.max(meant.length, got.length);
  for (let i = 0; i < length; i++) {
    if (JSON.stringify(meant[i]) !== JSON.stringify(got[i])) {
      return { node: Math.min(i, meant.length - 1), message: `MDX would read ${describe(got[i])} where the report has ${describe(meant[i])}` };
    }
  }
  const [problem] = problems;
  if (problem) return { node: 0, message: problem.message };
  return undefined;
}

/** A node in a message: its kind and the start of its text. */
function describe(node: unknown): string {
  if (node === undefined) return 'nothing';
  const json = JSON.stringify(node);
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}
