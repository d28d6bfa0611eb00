import type { Language } from '../../report/languages.ts';

/** The detector's answer: a language, whether it is sure, and why (for the import notes). */
export interface Detection {
  /** The language to fence with; `text` whenever the detector is not sure. */
  language: Language;
  /** False when the evidence was too thin or split: the snippet is then fenced as plain text. */
  sure: boolean;
  /** A short human explanation, e.g. "rust 17 vs cpp 2 (fn, let mut, ::)". */
  reason: string;
}

/**
 * Families scored first; C and C++ (and JavaScript and TypeScript) share most of their syntax,
 * so each pair is one family split afterwards by what only one of the two has.
 */
type Family = 'rust' | 'go' | 'cfamily' | 'python' | 'ecmascript' | 'shell' | 'sql';
type Extra = 'cOnly' | 'cppOnly' | 'tsOnly';

/** One piece of evidence: a pattern and how much it weighs for a family. */
interface Rule {
  to: Family | Extra;
  weight: number;
  pattern: RegExp;
  name: string;
  /** Test the snippet as written, string contents included (f-strings, template literals, lifetimes). */
  raw?: boolean;
}

const rule = (to: Family | Extra, weight: number, name: string, pattern: RegExp, raw = false): Rule => ({ to, weight, name, pattern, raw });

/** Keyword and shape rules; each counts once per snippet, on code with comments and string contents removed. */
const RULES: readonly Rule[] = [
  rule('rust', 4, 'fn', /^(?:pub(?:\([\w:]+\))?\s+)?(?:async\s+|const\s+|unsafe\s+)*fn\s+\w+/m),
  rule('rust', 4, 'let mut', /\blet\s+mut\b/),
  rule('rust', 4, 'use a::b', /^(?:pub\s+)?use\s+\w+::/m),
  rule('rust', 3, '#[attribute]', /^#!?\[\w+/m),
  rule('rust', 2, '#[derive]', /^#\[derive\(/m),
  rule('rust', 2, 'typed field', /^(?:pub(?:\([\w:]+\))?\s+)?\w+:\s*(?:&'?\w*\s*)?(?:[A-Z]\w*|[ui](?:8|16|32|64|128|size)|f32|f64|bool|str)\b[^=;]*,$/m),
  rule('rust', 3, 'impl', /^(?:unsafe\s+)?impl\b(?:\s*<[^>]*>)?\s+[\w:]+/m),
  rule('rust', 2, 'macro!', /\b\w+!\s*[([{]/),
  rule('rust', 2, 'println!/vec!/format!', /\b(?:println|eprintln|print|format|vec|panic|assert|assert_eq|write|writeln)!\s*[([]/),
  rule('rust', 2, 'raw string', /\br#*"/, true),
  rule('rust', 3, '&mut/&self', /&mut\s|&self\b|\bSelf\b/),
  rule('rust', 3, '-> Rust type', /->\s*(?:Result|Option|Self|Vec|Box|impl|&|\(\)|[ui](?:8|16|32|64|128|size)|bool|String)\b/),
  rule('rust', 2, '.unwrap()/?;', /\.unwrap\(\)|\.expect\(|\?;|\.await\b/),
  rule('rust', 2, 'Rust number type', /\b(?:[ui](?:8|16|32|64|128|size)|f32|f64)\b/),
  rule('rust', 3, 'lifetime', /<'\w+>|&'\w+\s/, true),
  rule('rust', 4, 'match arm', /^(?:\w+::\w+(?:\([^)]*\)|\s*\{[^}]*\})?|_)\s*=>/m),
  rule('rust', 4, 'typed let', /\blet\s+(?:mut\s+)?\w+\s*:\s*(?:[ui](?:8|16|32|64|128|size)|f32|f64|bool|String|&|Vec<|Option<|HashMap<|Box<|Arc<)/),
  rule('rust', 3, 'closure', /(?:^|[(\s,=])\|[\w&][\w&, :<>]*\|\s*[\w{*&(]|\bmove\s*\|/m),
  rule('rust', 2, 'range', /\(\d+\.\.=?\w+\)|\[\d*\.\.\w*\]/),
  rule('rust', 2, 'match', /\bmatch\s+[\w.&*()]+\s*\{/),
  rule('rust', 2, 'Some/Ok/Err', /\b(?:Some|Ok|Err)\(/),
  rule('rust', 1, '::new(', /\w::new\(/),
  rule('rust', 3, 'struct/enum with pub', /^pub\s+(?:struct|enum|trait|mod)\b/m),

  rule('go', 5, 'package', /^package\s+\w+\s*$/m),
  rule('go', 5, 'func', /^func\s+(?:\(\w+\s+\*?[\w.[\]]+\)\s*)?\w*\s*\(/m),
  rule('go', 3, ':=', /\w\s*:=\s*\S/),
  rule('go', 3, 'fmt.', /\bfmt\.\w+\(/),
  rule('go', 4, 'err != nil', /\berr\s*!=\s*nil\b/),
  rule('go', 3, 'goroutine/channel', /\bgo\s+(?:func\b|\w+\()|\bchan\s+\w+|<-\s*\w+/),
  rule('go', 2, 'defer', /^defer\s+\w/m),
  rule('go', 4, 'import "pkg"', /^import\s+(?:\(\s*$|"[\w/.-]+"\s*$)/m),
  rule('go', 2, '[]T / map[K]V', /\[\](?:string|int|byte|\*?[A-Z]\w*)|\bmap\[\w+\]/),
  rule('go', 4, 'type … struct', /\btype\s+\w+\s+(?:struct|interface)\s*\{/),
  rule('go', 1, 'nil', /\bnil\b/),

  rule('cfamily', 4, '#include', /^#\s*include\s*[<"]/m),
  rule('cfamily', 3, '#define', /^#\s*(?:define|ifdef|ifndef|endif|pragma|if\s+defined)\b/m),
  rule('cfamily', 2, 'typed function', /^(?:static\s+|inline\s+|extern\s+|const\s+)*(?:int|void|char|double|float|long|unsigned|size_t|bool|u?int\d+_t)\s+\**\w+\s*\(/m),
  rule('cfamily', 2, 'typed variable', /^(?:(?:static|extern|const|volatile)\s+)*(?:int|char|double|float|long|unsigned|size_t|u?int\d+_t)\s+\**\w+(?:\[\w*\])?\s*[=;]/m),
  rule('cfamily', 2, 'for (int i', /\bfor\s*\(\s*(?:int|size_t|unsigned|long)\s+\w+\s*=/),
  rule('cfamily', 2, 'intN_t', /\bu?int\d+_t\b|\bsize_t\b/),
  rule('cfamily', 1, 'p->field', /\w->\w/),
  rule('cppOnly', 4, 'std::', /\bstd::/),
  rule('cppOnly', 4, 'C++ header', /#\s*include\s*<(?:iostream|string|vector|memory|map|unordered_map|set|algorithm|thread|mutex|optional|array|functional|chrono|utility|cstdint|cstdio|cstring|cstdlib|atomic|span|ranges|format|fstream|sstream)>/),
  rule('cppOnly', 4, 'public:', /^(?:public|private|protected)\s*:/m),
  rule('cppOnly', 4, 'template<', /\btemplate\s*</),
  rule('cppOnly', 4, 'namespace', /\bnamespace\s+\w+\s*\{|\busing\s+namespace\b/),
  rule('cppOnly', 3, 'C++ keyword', /\b(?:nullptr|constexpr|noexcept|override|virtual|explicit|co_await|decltype)\b/),
  rule('cppOnly', 2, 'auto x =', /\bauto\s+[\w&*[\]]+\s*[=:]/),
  rule('cppOnly', 4, 'cout <<', /\bc(?:out|err)\s*<</),
  rule('cppOnly', 3, 'smart pointer', /\b(?:unique_ptr|shared_ptr|make_unique|make_shared)\b/),
  rule('cppOnly', 3, 'lambda', /\[[&=]?\w*\]\s*\([^)]*\)\s*(?:->\s*\w+\s*)?\{/),
  rule('cppOnly', 2, 'class : public', /\bclass\s+\w+\s*(?:final\s*)?:\s*(?:public|private)\s+\w/),
  rule('cOnly', 4, 'C header', /#\s*include\s*<(?:stdio|stdlib|string|unistd|stdint|stdbool|stddef|errno|fcntl|pthread|math|assert|signal|time|ctype|limits|sys\/\w+)\.h>/),
  rule('cOnly', 3, 'libc call', /\b(?:printf|fprintf|sprintf|snprintf|malloc|calloc|realloc|free|memcpy|memset|strlen|strcmp|strncpy|strcpy|fopen|fclose|fread|fwrite|fgets|fputs|puts|getchar|putchar|scanf|sscanf|perror|exit)\s*\(/),
  rule('cOnly', 2, 'NULL/EOF', /\b(?:NULL|EOF)\b|(?<![.\w])(?:stdin|stdout|stderr)\b(?!\.)/),
  rule('cOnly', 3, 'struct pointer', /\bstruct\s+\w+\s*\*|\btypedef\s+struct\b/),
  rule('cOnly', 2, '(void)', /\(void\)/),

  rule('python', 5, 'def …:', /^(?:\s*)(?:async\s+)?def\s+\w+\s*\(.*\)\s*(?:->\s*[\w[\], .|]+)?:\s*$/m),
  rule('python', 4, 'import', /^(?:from\s+[\w.]+\s+import\s+[\w*(]|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*\s*$)/m),
  rule('python', 3, 'block:', /^\s*(?:if|elif|else|for|while|with|try|except|finally|class)\b[^{;]*:\s*$/m),
  rule('python', 3, 'self.', /\bself\.\w+/),
  rule('python', 1, 'None/True/False', /\b(?:True|False)\b|\bis\s+None\b|=\s*None\b/),
  rule('python', 3, 'Python keyword', /\b(?:elif|lambda|nonlocal)\b|\bnot\s+in\b|\bis\s+not\b/),
  rule('python', 3, '__dunder__', /\b__\w+__\b/),
  rule('python', 3, 'f-string', /\bf"[^"]*\{|\bf'[^']*\{/, true),
  rule('python', 4, 'comprehension', /\[[^\]]*\bfor\s+\w+\s+in\b[^\]]*\]/),
  rule('python', 2, 'builtin', /\b(?:len|range|enumerate|isinstance|zip|print)\([^;]*\)\s*:?\s*$/m),
  rule('python', 2, 'indented block', /:\n[ \t]+\S/),

  rule('ecmascript', 3, 'const/var', /^(?:export\s+)?(?:const|var)\s+(?:\w+|\{[^}]*\}|\[[^\]]*\])\s*(?::[^=]+)?=/m),
  rule('ecmascript', 1, 'let', /^let\s+\w+\s*=/m),
  rule('ecmascript', 1, 'destructuring', /^(?:const|let|var)\s+[{[]/m),
  rule('ecmascript', 1, 'await', /\bawait\s+[\w(]/),
  rule('ecmascript', 3, 'constructor', /^constructor\s*\(/m),
  rule('ecmascript', 2, 'this.', /\bthis\.\w+/),
  rule('ecmascript', 4, 'function', /\bfunction\s*\*?\s*\w*\s*\(/),
  rule('ecmascript', 2, 'arrow', /\)\s*=>\s*[{(\w]|\b\w+\s*=>\s*[{(\w]/),
  rule('ecmascript', 4, 'console.', /\bconsole\.\w+\(/),
  rule('ecmascript', 4, 'require()', /\brequire\(\s*['"]/),
  rule('ecmascript', 4, 'module.exports', /\bmodule\.exports\b/),
  rule('ecmascript', 4, 'import … from', /^import\s+.+\s+from\s+['"]/m),
  rule('ecmascript', 4, 'export', /^export\s+(?:default|const|function|class|async|interface|type|let|\{)/m),
  rule('ecmascript', 3, 'DOM', /\b(?:document|window|localStorage)\.\w+/),
  rule('ecmascript', 3, '===', /===|!==/),
  rule('ecmascript', 1, 'undefined/null', /\b(?:undefined|null)\b/),
  rule('ecmascript', 3, 'template literal', /`[^`]*\$\{/, true),
  rule('ecmascript', 2, 'Promise', /\.then\(|\bnew\s+Promise\b|\bPromise\.\w+/),
  rule('ecmascript', 3, 'JSON.', /\bJSON\.\w+\(/),
  rule('ecmascript', 2, 'fetch()', /\bawait\s+fetch\(/),
  rule('ecmascript', 2, 'async arrow', /\basync\s*\(|\basync\s+function\b/),
  rule('tsOnly', 4, 'interface', /^(?:export\s+)?interface\s+\w+(?:<[^>]*>)?(?:\s+extends\s+[\w<>, ]+)?\s*\{/m),
  rule('tsOnly', 4, ': type', /[\w)?]\s*:\s*(?:string|number|boolean|void|any|unknown|never|bigint)\b/),
  rule('tsOnly', 4, 'type alias', /^(?:export\s+)?type\s+\w+(?:<[^>]*>)?\s*=/m),
  rule('tsOnly', 3, 'as const', /\bas\s+(?:const|string|number|unknown|any)\b/),
  rule('tsOnly', 2, 'modifier', /\b(?:readonly|implements)\s+\w+|^\s*(?:private|public|protected)\s+(?:readonly\s+)?\w+\s*[:(]/m),
  rule('tsOnly', 4, 'generic type', /:\s*(?:Promise|Record|Array|Map|Set|Partial|Readonly)<|\w<[\w[\], |]+>\s*=/),
  rule('tsOnly', 3, 'string enum member', /^\w+\s*=\s*'[^']*',?$|^\w+\s*=\s*"[^"]*",?$/m, true),
  rule('tsOnly', 2, 'typed binding', /^(?:export\s+)?(?:let|const|var)\s+\w+\s*:\s*[A-Z]\w*(?:<[^>]*>)?(?:\[\])?\s*=/m),
  rule('tsOnly', 3, 'return type', /\)\s*:\s*[\w<>[\]|, ]+\s*(?:\{|=>)/),

  rule('shell', 6, '#!/bin/sh', /^#!\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|z)?sh\b/m),
  rule('shell', 4, '$ prompt', /^\$\s+\w/m),
  rule('shell', 2, '$VAR', /\$\{?[A-Za-z_]\w*\}?|\$\(/),
  rule('shell', 4, '| filter', /\|\s*(?:grep|awk|sed|xargs|sort|uniq|head|tail|wc|tee|jq|cut)\b/),
  rule('shell', 4, 'if [ … ]/fi/done', /^(?:if\s+\[|fi\s*$|then\s*$|do\s*$|done\b|esac\s*$)|;\s*(?:then|do)\s*$|^for\s+\w+\s+in\s[^{:]*$/m),
  rule('shell', 1, '--flag', /(?:^|\s)--?[a-zA-Z][\w-]*/m),
  rule('shell', 2, 'VAR=value', /^(?:export\s+)?[A-Z_][A-Z0-9_]*=\S/m),
  rule('shell', 1, 'line continuation', /\s\\$/m),

  rule('sql', 5, 'SQL statement', /^(?:SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIEW|EXTENSION|UNIQUE|OR\s+REPLACE|MATERIALIZED)|ALTER\s+TABLE|DROP\s+(?:TABLE|INDEX|VIEW)|WITH\s+\w+\s+AS)\b/m),
  rule('sql', 4, 'lower-case SQL', /^(?:select\s+[\w*,. ]+\s+from|insert\s+into|create\s+table|update\s+\w+\s+set|delete\s+from)\b/m),
  rule('sql', 2, 'SQL clause', /\b(?:FROM|WHERE|JOIN|GROUP BY|ORDER BY|LIMIT|VALUES|RETURNING|HAVING)\b/),
  rule('sql', 3, 'SQL type', /\b(?:INTEGER|VARCHAR|BIGINT|SERIAL|PRIMARY KEY|NOT NULL|REFERENCES|TIMESTAMPTZ|BOOLEAN|BIGSERIAL|JSONB)\b/),
];

/** The shell commands a line may start with; many such lines make a shell snippet. */
const COMMAND_LINE =
  /^(?:\.{1,2}\/[\w.-]+|exec|bash|sh|node|deno|bun|uv|poetry|terraform|aws|gcloud|sudo|apt(?:-get)?|brew|npm|npx|pnpm|yarn|cargo|rustup|pip3?|git|curl|wget|docker|kubectl|helm|make|cmake|chmod|chown|mkdir|rm|cp|mv|ls|cat|grep|sed|awk|tar|ssh|scp|systemctl|cd|echo|export|source|go\s+(?:build|run|test|mod|get|install|vet)|python3?\s+-m|psql|sqlite3)\b/;

/** Comment lines, by marker: they tell the family apart before any keyword does. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#(?![!\[]|\s*(?:include|define|if|endif|pragma|ifdef|ifndef)\b)|--\s)/;

/** Names a comment may give a snippet, e.g. `// C++: the write path …`. */
const NAMED: readonly [RegExp, Language][] = [
  [/\bC\+\+|\bcpp\b/i, 'cpp'],
  [/\bRust\b/, 'rust'],
  [/\bGo(?:lang)?\b/, 'go'],
  [/\bPython\b/, 'python'],
  [/\bTypeScript\b/, 'typescript'],
  [/\bJavaScript\b|\bNode(?:\.js)?\b/, 'javascript'],
  [/\bSQL\b|\bPostgres(?:QL)?\b/, 'sql'],
  [/\bBash\b|\bshell\b/i, 'shell'],
  [/\bC\b(?!\+\+|#)/, 'c'],
];

const FAMILY_OF: Record<Exclude<Language, 'text'>, Family> = {
  rust: 'rust',
  go: 'go',
  c: 'cfamily',
  cpp: 'cfamily',
  python: 'python',
  typescript: 'ecmascript',
  javascript: 'ecmascript',
  shell: 'shell',
  sql: 'sql',
};

/** Points needed to be sure, and the lead over the runner-up. */
const SURE_SCORE = 4;
const SURE_LEAD = 3;

/**
 * Detects a snippet's language from its lines: comment markers first (`#` rules out the C family,
 * `//` rules out Python, shell and SQL, `--` means SQL), then weighted keyword and shape rules per
 * family, then C vs C++ and JavaScript vs TypeScript by what only one of each pair has. Answers
 * `text` (sure: false) unless one language leads clearly.
 */
export function detectLanguage(lines: readonly string[]): Detection {
  const comments = lines.filter((l) => COMMENT_LINE.test(l));
  const rawCode = lines.filter((l) => !COMMENT_LINE.test(l)).join('\n');
  const code = stripForRules(lines.filter((l) => !COMMENT_LINE.test(l)));
  const scores = new Map<Family | Extra, number>();
  const hits = new Map<Family | Extra, string[]>();
  for (const r of RULES) {
    if (!r.pattern.test(r.raw ? rawCode : code)) continue;
    scores.set(r.to, (scores.get(r.to) ?? 0) + r.weight);
    hits.set(r.to, [...(hits.get(r.to) ?? []), r.name]);
  }
  addCommandLines(lines, scores, hits);
  const allowed = familiesAllowedByComments(comments);
  const named = namedLanguage(comments);
  const candidates = (['rust', 'go', 'cfamily', 'python', 'ecmascript', 'shell', 'sql'] as const)
    .filter((f) => allowed.has(f))
    .map((family) => {
      const language = splitFamily(family, scores, named);
      let score = (scores.get(family) ?? 0) + extraFor(language, scores);
      if (named !== undefined && named !== 'text' && FAMILY_OF[named] === family) score += 3;
      return { family, language, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best || best.score === 0) return { language: 'text', sure: false, reason: 'no language-specific keyword or shape' };
  const runnerUp = second?.score ?? 0;
  const extra = extraKey(best.language);
  const evidence = [...(hits.get(best.family) ?? []), ...((extra && hits.get(extra)) ?? [])].join(', ');
  const summary = `${best.language} ${best.score} vs ${second ? `${second.language} ${runnerUp}` : 'nothing'} (${evidence || 'named in a comment'})`;
  if (best.score < SURE_SCORE || best.score - runnerUp < SURE_LEAD) return { language: 'text', sure: false, reason: `unsure: ${summary}` };
  return { language: best.language, sure: true, reason: summary };
}

/** Code for the rules: string contents emptied, so words inside strings (`"SELECT …"`) score nothing. */
function stripForRules(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/"(?:\\.|[^"\\])*"/g, '""').replace(/(?<![\w<&])'(?:\\.|[^'\\])*'/g, "''").replace(/\s+\/\/\s.*$/, ''))
    .join('\n');
}

/** Shell: lines that start with a command count by their share of the snippet. */
function addCommandLines(lines: readonly string[], scores: Map<Family | Extra, number>, hits: Map<Family | Extra, string[]>): void {
  const code = lines.filter((l) => l.trim() !== '' && !COMMENT_LINE.test(l));
  const commands = code.filter((l) => COMMAND_LINE.test(l.trim().replace(/^\$\s+/, ''))).length;
  if (code.length === 0 || commands === 0) return;
  const weight = commands / code.length >= 0.5 ? 5 : 1;
  scores.set('shell', (scores.get('shell') ?? 0) + weight);
  hits.set('shell', [...(hits.get('shell') ?? []), `${commands} command line${commands === 1 ? '' : 's'}`]);
}

/** Which families the snippet's comment markers allow. */
function familiesAllowedByComments(comments: readonly string[]): Set<Family> {
  const all: Family[] = ['rust', 'go', 'cfamily', 'python', 'ecmascript', 'shell', 'sql'];
  const allowed = new Set(all);
  const markers = comments.map((c) => c.trim());
  if (markers.some((c) => c.startsWith('//') || c.startsWith('/*'))) {
    for (const f of ['python', 'shell'] as const) allowed.delete(f);
    // SQL allows /* */ but not //.
    if (markers.some((c) => c.startsWith('//'))) allowed.delete('sql');
  }
  if (markers.some((c) => c.startsWith('#'))) for (const f of ['rust', 'go', 'cfamily', 'ecmascript', 'sql'] as const) allowed.delete(f);
  if (markers.some((c) => /^--\s/.test(c))) for (const f of all) if (f !== 'sql') allowed.delete(f);
  return allowed;
}

/** A language the first comment names, as in `// C++: …` or `# Python: …`. */
function namedLanguage(comments: readonly string[]): Language | undefined {
  const first = comments[0];
  if (first === undefined) return undefined;
  const head = /^\s*(?:\/\/|#|--|\/\*)\s*([^:]{1,20}):/.exec(first)?.[1];
  if (head === undefined) return undefined;
  return NAMED.find(([pattern]) => pattern.test(head))?.[1];
}

/**
 * Splits the C and ECMAScript families by what only C++ or TypeScript has, or by a comment that
 * names C++ or TypeScript. Code that uses none of it is valid C (or JavaScript), so it is called
 * that: the highlighting is right either way.
 */
function splitFamily(family: Family, scores: Map<Family | Extra, number>, named: Language | undefined): Language {
  const has = (key: Extra): boolean => (scores.get(key) ?? 0) > 0;
  // A comment that names the superset (C++, TypeScript) is believed: the subset's code is valid in it.
  if (family === 'cfamily') return has('cppOnly') || named === 'cpp' ? 'cpp' : 'c';
  if (family === 'ecmascript') return has('tsOnly') || named === 'typescript' ? 'typescript' : 'javascript';
  return family;
}

/** The pair-specific score that counts toward a split language. */
function extraFor(language: Language, scores: Map<Family | Extra, number>): number {
  const key = extraKey(language);
  return key ? (scores.get(key) ?? 0) : 0;
}

/** The extra score key of a split language, if any. */
function extraKey(language: Language): Extra | undefined {
  return language === 'cpp' ? 'cppOnly' : language === 'c' ? 'cOnly' : language === 'typescript' ? 'tsOnly' : undefined;
}
