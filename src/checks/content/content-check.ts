import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { contentProblems, parseContentMdx, type ContentProblem, type ContentRules } from '../../report/content-mdx.ts';
import { sourceLocation } from '../../report/errors.ts';

/*
 * The check of a part's MDX before Astro compiles it: the file must parse, as the build parses it,
 * into the content's dialect only (src/report/content-mdx.ts: no import/export, no {…} expression,
 * no HTML, no component but ours with literal attributes), its fences must name languages the site
 * highlights and mark lines they have, its tables must exist, and its frontmatter must fit the
 * parts' schema, each mistake at its line. Pure: the caller reads the files and says which languages
 * and tables exist.
 */

export type { ContentProblem };

/** What a source is checked against. */
export interface CheckContext extends ContentRules {
  /** Validates the frontmatter; undefined for no schema. */
  frontmatter?: ((data: unknown) => FrontmatterIssue[]) | undefined;
}

/** A schema problem: the field's path (empty for the whole frontmatter) and the message. */
export interface FrontmatterIssue {
  path: readonly PropertyKey[];
  message: string;
  /** Fields the schema does not know (Zod's unrecognized_keys), which have no path of their own. */
  keys?: readonly string[] | undefined;
}

/** What checkMdx needs of a Zod schema: safeParse and its issues. */
interface SafeParser {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[] } };
}

/** A frontmatter check from a Zod schema, for CheckContext.frontmatter. */
export function frontmatterIssues(schema: SafeParser): (data: unknown) => FrontmatterIssue[] {
  return (data) => {
    const result = schema.safeParse(data ?? {});
    if (result.success) return [];
    return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message, keys: issue.code === 'unrecognized_keys' ? issue.keys : undefined }));
  };
}

/** Every problem in one MDX source, in line order. */
export function checkMdx(source: string, context: CheckContext): ContentProblem[] {
  const problems = checkFrontmatter(source.split(/\r\n|\r|\n/), context);
  let tree;
  try {
    tree = parseContentMdx(source);
  } catch (error) {
    // Sätteri refuses MDX it cannot parse (an unclosed tag, a stray `{`) with "line:column: message".
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    return [...problems, { line, message: `not valid MDX: ${message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')}` }];
  }
  problems.push(...contentProblems(tree, source, context));
  return problems.sort((a, b) => a.line - b.line);
}

/** `<file>:<line>: message` for each problem, one a line, as the build prints them. */
export function formatProblems(file: string, problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${sourceLocation(file, problem.line)}${problem.message}`).join('\n');
}

function checkFrontmatter(lines: readonly string[], context: CheckContext): ContentProblem[] {
  if (lines[0]?.trim() !== '---') return context.frontmatter ? [{ line: 1, message: 'the file has no frontmatter: it must start with the --- block the importer writes' }] : [];
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return [{ line: 1, message: 'the frontmatter opened here is never closed: end it with --- on a line of its own' }];
  if (!context.frontmatter) return [];
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter });
  // Frontmatter line n is source line n + 1 (the opening ---).
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return [{ line: (error.linePos?.[0].line ?? 1) + 1, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }];
  }
  const lineOfKey = (key: PropertyKey | undefined): number => {
    if (key === undefined || !isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? 1 : counter.linePos(offset).line + 1;
  };
  return context.frontmatter(doc.toJS()).map((issue) => ({ line: lineOfKey(issue.path[0] ?? issue.keys?.[0]), message: issue.message }));
}
