import { editDistance } from '../../lib/edit-distance.ts';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/*
 * Checks of an MDX source that the build would otherwise pass silently or report without the file
 * and line: a code fence left open (it swallows the rest of the page), a fence language Shiki does
 * not know, a marked line outside its block, a `{…}` expression naming something undefined (a
 * ReferenceError at render time, with a stack in dist/.prerender), a <DataTable> of a table
 * that does not exist, and frontmatter that fails its schema (Astro's message has no line).
 * Pure: the caller reads the files and says which languages and tables exist.
 */

/** One mistake, at a line of the source (counted from 1). */
export interface ContentProblem {
  line: number;
  message: string;
}

/** What a source is checked against. */
export interface CheckContext {
  /** Fence languages Shiki highlights (ids and aliases), lower case. */
  languages: ReadonlySet<string>;
  /** Table names <DataTable table="…" /> may use. */
  tables: ReadonlySet<string>;
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

/** Languages a fence may name that are plain text to Shiki, not a grammar. */
export const PLAIN_LANGUAGES: readonly string[] = ['text', 'txt', 'plain', 'plaintext', 'ansi'];

/** Every problem in one MDX source, in line order. */
export function checkMdx(source: string, context: CheckContext): ContentProblem[] {
  const lines = source.split(/\r?\n/);
  const { frontmatterEnd, problems } = checkFrontmatter(lines, context);
  const fences = checkFences(lines, frontmatterEnd, context.languages);
  problems.push(...fences.problems);
  problems.push(...checkProse(lines, frontmatterEnd, fences.inCode, context.tables, declaredNames(source)));
  return problems.sort((a, b) => a.line - b.line);
}

/** `<file>:<line>: message` for each problem, one a line, as the build prints them. */
export function formatProblems(file: string, problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${file}:${problem.line}: ${problem.message}`).join('\n');
}

function checkFrontmatter(lines: readonly string[], context: CheckContext): { frontmatterEnd: number; problems: ContentProblem[] } {
  if (lines[0]?.trim() !== '---') return { frontmatterEnd: 0, problems: [] };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return { frontmatterEnd: 0, problems: [{ line: 1, message: 'the frontmatter opened here is never closed: end it with --- on a line of its own' }] };
  if (!context.frontmatter) return { frontmatterEnd: end + 1, problems: [] };
  const counter = new LineCounter();
  const yaml = lines.slice(1, end).join('\n');
  const doc = parseDocument(yaml, { lineCounter: counter });
  // Frontmatter line n is source line n + 1 (the opening ---).
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { frontmatterEnd: end + 1, problems: [{ line: (error.linePos?.[0].line ?? 1) + 1, message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const lineOfKey = (key: PropertyKey | undefined): number => {
    if (key === undefined || !isMap(doc.contents)) return 1;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? 1 : counter.linePos(offset).line + 1;
  };
  const problems = context.frontmatter(doc.toJS()).map((issue) => ({ line: lineOfKey(issue.path[0] ?? issue.keys?.[0]), message: issue.message }));
  return { frontmatterEnd: end + 1, problems };
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

function checkFences(lines: readonly string[], start: number, languages: ReadonlySet<string>): { problems: ContentProblem[]; inCode: boolean[] } {
  const problems: ContentProblem[] = [];
  const inCode = lines.map(() => false);
  let open: { line: number; marker: string; meta: string } | undefined;
  for (let i = start; i < lines.length; i++) {
    const match = FENCE.exec(lines[i]!);
    if (open) {
      inCode[i] = true;
      const closes = match && match[2]![0] === open.marker[0] && match[2]!.length >= open.marker.length && match[3]!.trim() === '';
      if (closes) {
        problems.push(...checkMarkedLines(open.meta, i - open.line - 1, open.line + 1));
        open = undefined;
      }
      continue;
    }
    if (!match) continue;
    inCode[i] = true;
    const info = match[3]!.trim();
    const language = /^[^\s{]+/.exec(info)?.[0] ?? '';
    if (language && !languages.has(language.toLowerCase())) {
      const near = closest(language.toLowerCase(), languages);
      problems.push({ line: i + 1, message: `unknown code language "${language}"${near ? ` (did you mean "${near}"?)` : ''}: use a language Shiki knows, or "text"` });
    }
    open = { line: i, marker: match[2]!, meta: info.slice(language.length) };
  }
  if (open) {
    problems.push({ line: open.line + 1, message: `the code block opened here is never closed: end it with ${open.marker} on a line of its own (until then the rest of the page is code)` });
  }
  return { problems, inCode };
}

/** Marked lines in a fence's meta (`{10}`, `{1,3-5}`) that fall outside the block's `count` lines. */
function checkMarkedLines(meta: string, count: number, line: number): ContentProblem[] {
  const marks = /\{([\d\s,-]+)\}/.exec(meta)?.[1];
  if (!marks) return [];
  const outside = marks
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .filter((part) => part.split('-').map(Number).some((n) => !Number.isInteger(n) || n < 1 || n > count));
  return outside.length === 0
    ? []
    : [{ line, message: `marks line ${outside.join(', ')}, but the block has ${count} line${count === 1 ? '' : 's'}` }];
}

// Names a `{…}` expression may use without declaring them: MDX's own and JavaScript's.
const MDX_NAMES = new Set(['props', 'frontmatter', 'undefined', 'null', 'true', 'false', 'this', 'new', 'typeof', 'void', 'in', 'of', 'instanceof', 'await', 'async', 'function', 'return', 'const', 'let', 'var', 'if', 'else']);

/** Names the MDX file declares itself: `import … from`, `export const|let|function`. */
function declaredNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/^import\s+([^;]+?)\s+from\s/gm)) {
    for (const name of match[1]!.replace(/[{}*]/g, ' ').split(/[\s,]+/)) if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== 'as') names.add(name);
  }
  for (const match of source.matchAll(/^export\s+(?:const|let|var|function|async\s+function)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]!);
  return names;
}

/** Undefined names in `{…}` expressions and unknown tables, outside code blocks and inline code. */
function checkProse(lines: readonly string[], start: number, inCode: readonly boolean[], tables: ReadonlySet<string>, declared: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (let i = start; i < lines.length; i++) {
    if (inCode[i] || /^(import|export)\s/.test(lines[i]!)) continue;
    const text = lines[i]!.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length)).replace(/\\[{}]/g, '  ');
    for (const match of text.matchAll(/<DataTable\b[^>]*\btable=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g)) {
      const name = match[1] ?? match[2] ?? match[3] ?? '';
      if (!tables.has(name)) {
        // The tables of the same report (at a thousand reports, the whole list would be noise).
        const report = name.split('/')[0];
        const known = [...tables].filter((t) => t.startsWith(`${report}/`)).sort().map((t) => `"${t}"`).join(', ') || 'none';
        problems.push({ line: i + 1, message: `<DataTable table="${name}" />: there is no table "${name}" (this report's tables are ${known})` });
      }
    }
    // Expressions in attributes (table={…}) are checked above or are the component's business.
    const prose = text.replace(/<[A-Za-z][^>]*>/g, (tag) => ' '.repeat(tag.length));
    for (const match of prose.matchAll(/\{([^{}]*)\}/g)) {
      const expression = match[1]!.trim();
      if (expression === '' || expression.startsWith('/*')) continue;
      const code = expression.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
      for (const name of code.matchAll(/(?<![.\w$])([A-Za-z_$][\w$]*)(?!\s*:)/g)) {
        const id = name[1]!;
        if (declared.has(id) || MDX_NAMES.has(id) || id in globalThis) continue;
        problems.push({ line: i + 1, message: `{${expression}}: ${id} is not defined. MDX runs text in braces as JavaScript; for literal braces write \\{ and \\}` });
        break;
      }
    }
  }
  return problems;
}

/** The known name nearest to `word` (edit distance 2 at most), for a "did you mean". */
function closest(word: string, known: ReadonlySet<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    if (Math.abs(name.length - word.length) > 2) continue;
    const distance = editDistance(word, name);
    // On a tie, a name of the typed length (a swap, "rsut" → "rust") beats a dropped letter ("rst").
    const score = distance * 10 + Math.abs(name.length - word.length);
    if (distance <= 2 && (!best || score < best.distance || (score === best.distance && name < best.name))) best = { name, distance: score };
  }
  return best?.name;
}

