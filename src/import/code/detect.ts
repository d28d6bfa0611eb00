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
 * Families scored first. Languages that share most of their syntax are one family, split
 * afterwards by what only one of them has: C and C++, JavaScript and TypeScript, HCL and
 * Terraform, and INI and TOML (`conf`: `[section]` and `key = value` lines).
 */
const FAMILIES = [
  'rust', 'go', 'cfamily', 'python', 'ecmascript', 'shell', 'sql',
  'java', 'kotlin', 'csharp', 'swift', 'scala', 'php', 'ruby', 'powershell',
  'yaml', 'json', 'conf', 'nginx', 'dockerfile', 'makefile', 'hcl', 'graphql', 'proto', 'diff',
] as const;
type Family = (typeof FAMILIES)[number];
type Extra = 'cOnly' | 'cppOnly' | 'tsOnly' | 'terraformOnly' | 'tomlOnly' | 'iniOnly';

/** One piece of evidence: a pattern and how much it weighs for a family (a negative weight is evidence against it). */
interface Rule {
  to: Family | Extra;
  weight: number;
  pattern: RegExp;
  name: string;
  /** Test the snippet as written, string contents included (f-strings, template literals, lifetimes). */
  raw?: boolean;
  /** The rule counts only when the snippet also matches this (tested on the code the rule is). */
  requires?: RegExp | undefined;
  /** The rule does not count when the snippet matches this. */
  unless?: RegExp | undefined;
}

const rule = (to: Family | Extra, weight: number, name: string, pattern: RegExp, raw = false, requires?: RegExp, unless?: RegExp): Rule => ({ to, weight, name, pattern, raw, requires, unless });

/** A line that opens a block with a brace, or closes one: no YAML, TOML or INI line does. */
const BRACE_BLOCK = /\{[ \t]*$|^[ \t]*\}/m;

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
  rule('rust', 3, 'path::macro!', /\b\w+::\w+!\s*[({[]/),

  rule('go', 5, 'package', /^package\s+\w+\s*$/m),
  // Swift's `func f(name: Type) -> T` has labels and an arrow; Go's parameters have neither.
  rule('go', 5, 'func', /^func[ \t]+(?:\(\w+[ \t]+\*?[\w.[\]]+\)[ \t]*)?\w*[ \t]*\((?![^)]*\w:\s)(?!.*->)/m),
  rule('go', 3, ':=', /\b[a-z_]\w*(?:,\s*\w+)*\s*:=\s*\S/),
  rule('go', 3, 'fmt.', /\bfmt\.\w+\(/),
  rule('go', 4, 'err != nil', /\berr\s*!=\s*nil\b/),
  rule('go', 3, 'goroutine/channel', /\bgo\s+(?:func\b|\w+\()|\bchan\s+\w+|<-\s*\w+/, false, /\b(?:func|chan|go)\b|:=/),
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
  // Python's modules are lower case (PEP 8); `import SwiftUI` and `import org.apache.spark.sql.SparkSession` are not Python.
  rule('python', 4, 'import', /^(?:from\s+[\w.]+\s+import\s+[\w*(]|import\s+[a-z_]\w*(?:\.[a-z_]\w*)*(?:\s+as\s+\w+)?(?:\s*,\s*[a-z_][\w.]*)*\s*$)/m),
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
  rule('ecmascript', 3, 'JSON.', /\bJSON\.(?:parse|stringify)\(/),
  rule('ecmascript', 2, 'fetch()', /\bawait\s+fetch\(/),
  rule('ecmascript', 2, 'async arrow', /\basync\s*\(|\basync\s+function\b/),
  rule('tsOnly', 4, 'interface', /^(?:export\s+)?interface\s+\w+(?:<[^>]*>)?(?:\s+extends\s+[\w<>, ]+)?\s*\{/m),
  rule('tsOnly', 4, ': type', /[\w)?]\s*:\s*(?:string|number|boolean|void|any|unknown|never|bigint)\b/),
  rule('tsOnly', 4, 'type alias', /^(?:export\s+)?type\s+\w+(?:<[^>]*>)?\s*=/m),
  rule('tsOnly', 3, 'as const', /\bas\s+(?:const|string|number|unknown|any)\b/),
  rule('tsOnly', 2, 'modifier', /\b(?:readonly|implements)\s+\w+|^\s*(?:private|public|protected)\s+(?:readonly\s+)?\w+\s*[:(]/m),
  rule('tsOnly', 4, 'generic type', /:\s*(?:Promise|Record|Array|Map|Set|Partial|Readonly)<|\w<[\w[\], |]+>\s*=/),
  rule('tsOnly', 3, 'string enum member', /^\w+\s*=\s*'[^']*',$|^\w+\s*=\s*"[^"]*",$/m, true),
  // `function f(string $title)`: a parameter that starts with `$` after its type is PHP, never JavaScript.
  rule('ecmascript', -6, 'typed $parameter', /\(\s*[\w?]+\s+\$\w+/),
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

  // The JVM and .NET languages share classes, braces, generics and annotations; each has words and shapes of its own.
  rule('java', 6, 'System.out', /\bSystem\.(?:out|err)\.print/),
  rule('java', 5, 'main(String[] args)', /\bstatic\s+void\s+main\s*\(\s*String\s*\[\]/),
  rule('java', 5, 'import java.', /^import\s+(?:static\s+)?(?:java|javax|jakarta|org|com|io)\.[\w.]+(?:\.\*)?;\s*$/m),
  rule('java', 4, 'package …;', /^package\s+[\w.]+;\s*$/m),
  rule('java', 4, '@Override/@Annotation', /^@(?:Override|RestController|Controller|Service|Component|Repository|Entity|Autowired|Test|Bean|Configuration|RequestMapping|GetMapping|PostMapping|PathVariable|RequestBody|SpringBootApplication|FunctionalInterface|Deprecated|SuppressWarnings)\b/m),
  rule('java', 3, '@PathVariable in parameters', /\(@\w+\s+\w+/),
  rule('java', 4, 'diamond new', /\bnew\s+[A-Z]\w*<>\(/),
  rule('java', 3, 'throws', /\)\s*throws\s+[A-Z]\w*/),
  rule('java', 3, 'String/boolean first', /(?:^|[(,]\s*)(?:final\s+)?(?:String|boolean|Integer|Long|LocalDate|Optional<[\w<>]+>|List<[\w<>, ]+>|Map<[\w<>, ]+>)\s+\w+\s*[=;,)]/m),
  rule('java', 3, 'private final', /\bprivate\s+(?:static\s+)?final\s+[A-Z]\w*/),
  rule('java', 3, 'stream()', /\.stream\(\)|\bCollectors\.\w+/),
  rule('java', 2, 'record', /^(?:public\s+)?record\s+[A-Z]\w*\s*\(/m),
  rule('java', 2, 'method reference', /\b[A-Z]\w*::\w+\b(?!\s*\()/),
  rule('java', 2, 'var … = X.new…', /\bvar\s+\w+\s*=\s*[A-Z]\w*\.new\w*\(/),
  rule('java', 5, 'default method', /^default[ \t]+[\w<>[\]]+[ \t]+\w+[ \t]*\(/m),
  rule('java', 2, 'assertEquals', /\bassert(?:Equals|True|False|That|NotNull)\(/),
  rule('java', 4, '(…) -> lambda', /[(,=][ \t]*\([ \t]*(?:\w+(?:[ \t]*,[ \t]*\w+)*)?[ \t]*\)[ \t]*->[ \t]*[\w{(]/),
  rule('java', 4, 'try (resource)', /\btry\s*\(\s*(?:var|final|[A-Z]\w*)\s+\w+\s*=/),
  // Java's methods are camelCase, C#'s PascalCase.
  rule('java', 3, 'public T method(', /^(?:public|private|protected)[ \t]+(?:static[ \t]+)?(?:final[ \t]+)?[\w<>[\]]+[ \t]+[a-z]\w*[ \t]*\(/m),

  rule('kotlin', 6, 'fun', /^(?:(?:public|private|internal|protected|override|suspend|inline|operator|infix|open|abstract)\s+)*fun\s+(?:<[^>]*>\s*)?[\w.]+\s*\(/m),
  rule('kotlin', 5, 'data class / object', /^(?:data|sealed|enum|inner|value)\s+class\s+\w+|^sealed\s+interface\b|^companion\s+object\b/m),
  rule('kotlin', 2, 'class(…) : Super', /^(?:\w+[ \t]+)*class[ \t]+\w+\(.*\)[ \t]*:[ \t]*[A-Z]\w*(?:\(\))?[ \t]*$/m),
  rule('kotlin', 3, 'val', /^(?:(?:private|internal|public|const|override|lateinit)\s+)*val\s+\w+/m),
  rule('kotlin', 4, 'when', /\bwhen[ \t]*(?:\(.*\))?[ \t]*\{[ \t]*$/m),
  rule('kotlin', 2, '?.call', /\?\.(?:let|also|apply|run|to\w+)\b/),
  rule('kotlin', 4, 'listOf/mapOf', /\b(?:listOf|mutableListOf|mapOf|mutableMapOf|setOf|arrayOf|emptyList|sequenceOf)\s*[(<]/),
  rule('kotlin', 3, '?: / !!', /\?:\s*\S|!!/),
  rule('kotlin', 3, 'it / lambda', /\{\s*it\b|\bit\.\w+/),
  rule('kotlin', 3, 'is Type ->', /^is\s+[\w.]+\s*->/m),
  rule('kotlin', 4, 'import kotlinx', /^import\s+(?:kotlinx?|io\.ktor|androidx)\.[\w.*]+\s*$/m),
  rule('kotlin', 3, 'Gradle Kotlin DSL', /^(?:plugins|dependencies|repositories|kotlin|android)\s*\{|\b(?:implementation|testImplementation|api)\s*\(\s*"/m),
  rule('kotlin', 2, 'println(', /^println\(/m),
  rule('kotlin', 2, '$template', /"[^"]*\$\{?[a-z]\w*[^"]*"/, true),
  rule('kotlin', 2, ': Type = ', /\bva[lr]\s+\w+\s*:\s*[A-Z][\w<>?]*\s*=/),

  rule('csharp', 6, 'using System', /^using\s+(?:static\s+)?System(?:\.\w+)*;\s*$/m),
  rule('csharp', 4, 'using Ns;', /^using\s+[A-Z]\w*(?:\.\w+)*;\s*$/m),
  rule('csharp', 6, 'Console.Write', /\bConsole\.Write(?:Line)?\(/),
  rule('csharp', 4, 'namespace Ns;', /^namespace\s+[A-Z]\w*(?:\.\w+)*\s*;?\s*$/m),
  rule('csharp', 6, '{ get; set; }', /\{\s*(?:(?:public|private|protected|internal)\s+)?(?:get|set|init);/),
  rule('csharp', 5, 'async Task', /\b(?:async\s+)?Task(?:<[\w<>?, ]+>)?\s+\w+\s*\(|\bTask<[\w<>?, ]+>/),
  rule('csharp', 5, '[Attribute]', /^\[(?:ApiController|Route|Http(?:Get|Post|Put|Delete|Patch)|Fact|Theory|Test|TestMethod|Serializable|Authorize|JsonPropertyName|Required|FromBody)\b/m),
  rule('csharp', 3, 'string first', /(?:^|[(,]\s*)(?:string|decimal|DateOnly|DateTime|Guid)\??\s+\w+\s*[=;,)]/m),
  rule('csharp', 3, 'LINQ', /\.(?:Where|Select|FirstOrDefault(?:Async)?|ToList(?:Async)?|OrderBy|OrderByDescending|Any|GroupBy|SingleOrDefault)\(/),
  rule('csharp', 6, 'ASP.NET', /\b(?:WebApplication\.|builder\.Services\.|app\.Map(?:Get|Post|Put|Delete)\(|IActionResult|ControllerBase)\b|\bResults\.\w+\(/),
  rule('csharp', 4, 'foreach (var', /\bforeach\s*\(\s*var\b/),
  rule('csharp', 3, '$"…"', /\$"[^"]*\{/, true),
  rule('csharp', 2, 'sealed/record', /\bsealed\s+(?:class|record)\b|\brecord\s+(?:struct\s+)?[A-Z]\w*\s*\(/),
  rule('csharp', 2, 'PascalCase method call', /\b[A-Z]\w*\.[A-Z]\w*(?:Async)?\(/),
  rule('csharp', 5, 'switch expression', /\w[ \t]+switch[ \t]*(?:\{[ \t]*)?$/m),
  // `builder.Build();`: an instance's PascalCase method, in a statement that ends with a semicolon (Go's and Python's do not).
  rule('csharp', 3, 'instance.Method();', /\b[a-z_]\w*\.[A-Z]\w*(?:<[^>\n]*>)?\([^\n]*;[ \t]*$/m),
  rule('csharp', 3, '.Method<T>(', /\.[A-Z]\w*<[A-Z][\w, <>]*>\(/),
  rule('csharp', 3, 'property pattern', /^\{[ \t]*[\w.]+:[ \t]*[<>=!]*[ \t]*[\w"]+[ \t]*\}[ \t]*=>/m),
  rule('csharp', 2, 'class : Base', /\bclass\s+\w+\s*:\s*[A-Z]\w*\s*$/m),
  rule('csharp', 3, 'public T Method(', /^(?:public|private|protected|internal)[ \t]+(?:(?:static|async|override|virtual|abstract)[ \t]+)*(?!(?:record|class|struct|interface|enum)\b)[\w<>[\]?]+[ \t]+[A-Z]\w*[ \t]*\(/m),

  rule('swift', 8, 'import SwiftUI', /^import\s+(?:SwiftUI|Foundation|UIKit|AppKit|Combine|XCTest|SwiftData|Observation)\s*$/m),
  rule('swift', 5, 'guard/if let', /\bguard\s+(?:let|var)\b|\bif\s+(?:let|var)\s+\w+\s*=/),
  rule('swift', 5, 'func … ->', /^(?:(?:public|private|internal|static|mutating|override|@\w+)\s+)*func\s+\w+\s*(?:<[^>]*>)?\((?:[^)]*\w:\s*[\w[]|\))[^)]*\)(?:\s*(?:async|throws|rethrows))*\s*(?:->|\{|$)/m),
  rule('swift', 5, 'SwiftUI', /\bsome\s+View\b|:\s*View\s*\{|@(?:State|Published|Binding|ObservedObject|StateObject|Environment|MainActor)\b/),
  rule('swift', 4, 'protocol/extension', /^(?:protocol|extension)\s+\w+/m),
  rule('swift', 4, 'case .member', /\bcase\s+\.\w+|\.\w+\s*\?\?/),
  rule('swift', 4, 'async let / try await', /\basync\s+let\b|\btry\s+await\b|\basync\s+throws\b/),
  rule('swift', 3, '[K: V] type', /:\s*\[[A-Z]\w*\s*:\s*[A-Z]\w*\]/),
  rule('swift', 3, '$0 shorthand', /\$0\b/),
  rule('swift', 5, '\\(interpolation)', /\\\(\w/, true),
  rule('swift', 3, 'struct X: Protocol', /^struct\s+\w+\s*:\s*[A-Z]\w*/m),
  rule('swift', 2, '-> Type {', /->\s*\[?[A-Z]\w*\]?\??\s*\{/),
  rule('swift', 2, 'labelled argument', /\w\((?:_\s+)?\w+:\s*[\w"$.]|,\s*\w+:\s*[\w"$.]/),
  rule('swift', 3, 'Type.self', /\b[A-Z]\w*\.self\b/),
  rule('swift', 5, 'private(set)', /\b(?:private|fileprivate|internal)\(set\)/),
  rule('swift', 5, 'init(', /^(?:(?:convenience|required|override|public)[ \t]+)*init\??[ \t]*\(/m),
  rule('swift', 4, 'var x: Type', /^(?:(?:private|public|internal|static|lazy|weak|fileprivate)[ \t]+)*var[ \t]+\w+[ \t]*:[ \t]*\[?[A-Z][\w<>?:[\] ]*\]?[ \t]*\{?[ \t]*$/m),
  rule('swift', 3, 'enum cases', /^case[ \t]+[a-z]\w*(?:[ \t]*,[ \t]*[a-z]\w*)+[ \t]*$/m),
  rule('swift', 2, 'switch x {', /^switch[ \t]+[\w.]+[ \t]*\{/m),

  rule('scala', 6, 'case class', /^(?:final\s+)?case\s+class\b/m),
  rule('scala', 5, 'sealed trait', /^(?:sealed\s+)?trait\s+[A-Z]\w*\s*(?:extends\b|\{|$)/m),
  rule('scala', 5, 'def …: T =', /^(?:override[ \t]+)?def[ \t]+\w+(?:\[[^\]]*\])?(?:\([^)]*\))*[ \t]*:[ \t]*[\w[\], ]+[ \t]*=/m),
  rule('scala', 4, 'object … extends', /^object\s+\w+\s+extends\s+\w+/m),
  rule('scala', 4, 'case … =>', /^case\s+[^=]*=>/m),
  rule('scala', 4, 'Type[T]', /:\s*(?:List|Seq|Option|Future|Map|Set|Either|Vector|Array|Try)\[/),
  rule('scala', 4, '_ placeholder', /\(_\.\w+|\(_\s*[+*]|\b_\s*=>/),
  rule('scala', 4, 'implicit/given', /^(?:implicit|given)\s+/m),
  rule('scala', 4, 'for … yield', /\}\s*yield\b/),
  rule('scala', 4, 'import scala/spark', /^import\s+(?:scala|akka|cats|zio|org\.apache\.spark)\.[\w.{}, ]+$/m),
  rule('scala', 2, 'val', /^val\s+\w+/m),
  rule('scala', 2, 'Seq(', /\bSeq\(/),
  rule('scala', 2, 'match {', /\bmatch\s*\{/),

  rule('php', 10, '<?php', /^<\?php\b/m, true),
  rule('php', 5, '$this->', /\$this->/),
  rule('php', 4, '$var->', /\$\w+->\w+/),
  rule('php', 4, 'function f($x)', /\bfunction\s+\w+\s*\([^)]*\$\w+/),
  rule('php', 5, 'namespace/use A\\B', /^(?:namespace|use)\s+[A-Z]\w*(?:\\\w+)+;\s*$/m),
  rule('php', 3, '$var =', /^\$\w+\s*=/m),
  rule('php', 4, '::class', /::class\s*[,;)\]]/),
  rule('php', 2, ')->method(', /[)\]]->\w+\(/),
  rule('php', 3, 'PHP builtin', /\b(?:str_\w+|preg_\w+|array_\w+|strtolower|strtoupper|in_array|isset|json_encode|json_decode|htmlspecialchars|implode|explode)\(/),
  rule('php', 2, 'echo', /^echo\s/m),
  rule('php', 3, 'foreach ($a as', /\bforeach\s*\(\s*\$\w+\s+as\b/),
  rule('php', 3, 'declare(strict_types', /\bdeclare\s*\(\s*strict_types/),
  rule('php', 2, 'typed $param', /\(\s*(?:[\w?]+\s+)?\$\w+|,\s*\$\w+/),

  rule('ruby', 4, 'def … end', /^def\s+(?:self\.)?\w+[?!]?(?:\([^)]*\))?\s*$/m),
  rule('ruby', 3, 'end', /^end\s*$/m),
  rule('ruby', 5, 'do |x|', /\bdo\s*\|[\w, ]+\|/),
  rule('ruby', 5, 'require/gem', /^(?:require|require_relative|gem|source)[ \t]+['"](?!.*\{[ \t]*$)/m),
  rule('ruby', 3, 'puts', /^puts\b/m),
  rule('ruby', 5, 'attr_*', /^\s*attr_(?:accessor|reader|writer)\s+:/m),
  rule('ruby', 4, 'class < Base', /^class\s+\w+\s*<\s*[A-Z][\w:]*\s*$/m),
  rule('ruby', 2, 'module', /^module\s+[A-Z]\w*\s*$/m),
  rule('ruby', 3, '@ivar =', /^@\w+\s*=/m),
  rule('ruby', 3, ':symbol', /(?:^|[\s(,]):[a-z_]\w*\b(?!:)/m),
  rule('ruby', 3, '{ |x| … }', /\{\s*\|\w+(?:,\s*\w+)*\|/),
  rule('ruby', 3, '&:method', /\(&:\w+\)/),
  rule('ruby', 3, 'elsif/unless', /\b(?:elsif|unless)\b/),
  rule('ruby', 2, '#{interpolation}', /"[^"]*#\{/, true),
  rule('ruby', 2, 'predicate?', /\.\w+\?(?:\s|$|\))/m),
  rule('ruby', 3, '… do', /^\w.*[^;\s][ \t]+do(?:[ \t]*\|[\w, ]+\|)?[ \t]*$/m),
  rule('ruby', 4, 'RSpec', /\.to(?:_not)?[ \t]+(?:eq|be|include|match|raise_error|have_\w+)\b|^(?:describe|context|it)[ \t]+['"A-Z].*\bdo[ \t]*$/m),
  // Elixir looks like Ruby (`do … end`, `#{}`) but is not: its module and keyword-block syntax.
  rule('ruby', -8, 'Elixir', /^defmodule\b|,\s*do:\s|^defp\s|\|>/m),
  rule('ruby', 2, 'return … if', /^return\s+\S.*\s+if\s+/m),

  rule('powershell', 6, 'Verb-Noun', /(?:^|[|{(;=][ \t]*|\bfunction[ \t]+)(?:Get|Set|New|Remove|Add|Write|Read|Start|Stop|Invoke|Import|Export|Test|Select|Where|ForEach|Out|Format|Convert|ConvertTo|ConvertFrom|Install|Update|Enable|Disable|Restart|Copy|Move|Join|Split|Measure|Sort|Group|Register|Connect|Disconnect|Clear|Wait|Resolve|Push|Pop)-[A-Z]\w+/m),
  rule('powershell', 4, '$_', /\$_(?:\.|\s|\b)|\$PSItem\b/),
  rule('powershell', 4, '-eq/-like', /\s-(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|in|and|or|not)\s/),
  rule('powershell', 4, '[type]$var', /\[(?:string|int|bool|switch|hashtable|array|datetime|Parameter\([^)]*\))\]\s*\$?/i),
  rule('powershell', 4, '$env:', /\$env:\w+/),
  rule('powershell', 3, 'param(', /^param\s*\(/m),
  rule('powershell', 3, '-Parameter', /\s-[A-Z][a-z]+[A-Za-z]*\b/),
  rule('powershell', 2, '.\\path', /(?:^|\s)\.\\[\w]/m),

  rule('yaml', 3, 'document start', /^---\s*$/m),
  rule('yaml', 4, 'workflow/manifest keys', /^(?:apiVersion|kind|metadata|spec|jobs|steps|runs-on|services|volumes|on|env|stages|image|version|updates|hosts|tasks):(?:\s|$)/m),
  rule('yaml', 3, '- key: value', /^\s*-\s+[\w.-]+:\s/m),

  rule('json', 6, 'quoted keys', /^\s*[{[]?\s*"[^"]+"\s*:\s*(?:"|\d|-|true\b|false\b|null\b|\{|\[)/m, true),

  // INI and TOML: `[section]` and `key = value`. A bare word as a value (`editor = vim`) is never TOML.
  rule('conf', 3, '[section]', /^\[[\w .:*-]+\][ \t]*$/m),
  rule('tomlOnly', 5, '[[array of tables]]', /^\[\[[\w.-]+\]\]\s*$/m),
  rule('tomlOnly', 4, 'well-known tables', /^\[(?:package|dependencies|dev-dependencies|build-dependencies|workspace|features|profile\.\w+|tool\.[\w.-]+|project|build-system|build(?:\.[\w.-]+)?|bin|lib)\]\s*$/m),
  rule('tomlOnly', 2, 'dotted table', /^\[[\w-]+(?:\.[\w-]+)+\]\s*$/m),
  rule('tomlOnly', 3, 'inline table', /=\s*\{\s*[\w-]+\s*=/),
  rule('tomlOnly', 3, 'quoted or array value', /^[\w.-]+[ \t]*=[ \t]*(?:"|'|\[)(?!.*,[ \t]*$)/m, false, undefined, BRACE_BLOCK),
  rule('iniOnly', 4, 'unit sections', /^\[(?:Unit|Service|Install|Timer|Socket|Mount|Path)\]\s*$/m),
  rule('iniOnly', 4, '; comment', /^;/m, true),
  rule('iniOnly', 2, 'Key=value', /^[A-Z][A-Za-z]+=\S/m),

  rule('nginx', 5, 'server/location block', /^(?:server|location|upstream|http|events|stream)\b[^;=]*\{\s*$/m),
  rule('nginx', 5, 'directive', /^(?:listen|server_name|root|proxy_pass|proxy_set_header|try_files|return\s+\d{3}|rewrite|access_log|error_log|ssl_certificate(?:_key)?|gzip(?:_\w+)?|add_header|client_max_body_size|expires|limit_req(?:_zone)?|worker_processes|least_conn|keepalive|index|alias|fastcgi_pass|include)\s+[^=]*;\s*$/m),
  rule('nginx', 2, '$nginx_variable', /\$(?:host|request_uri|remote_addr|binary_remote_addr|scheme|uri|args|http_\w+)\b/),

  // A Dockerfile starts with FROM (after its ARGs); SQL's FROM comes after a SELECT.
  rule('dockerfile', 6, 'FROM image', /^(?:ARG\b.*\n)*FROM[ \t]+(?:--platform=\S+[ \t]+)?[\w.${}/:@-]+(?:[ \t]+AS[ \t]+\w+)?[ \t]*(?:\n|$)/),
  rule('dockerfile', 4, 'COPY --from/ENTRYPOINT', /^COPY\s+--from=|^(?:ENTRYPOINT|CMD|HEALTHCHECK)\s+(?:\[|CMD\b)/m),

  rule('makefile', 6, '.PHONY', /^\.PHONY\s*:/m),
  rule('makefile', 4, 'automatic variable', /\$[@<^]|\$\([A-Z_]+\)/),
  // One target, its colon right after it (`build:`, `%.o: %.c`); `object X : Event` and `case .a:` are not targets.
  rule('makefile', 3, 'target:', /^(?!(?:case|default|class|def|if|else|elif|for|while|try|except|finally|with)\b)[\w./%$()-]+:(?!=)(?:[ \t]+[^=\n]*)?$/m),
  rule('makefile', 4, '@silent recipe', /^@[a-z][\w-]*[ \t]+[^\s=]/m),
  rule('makefile', 3, 'VAR := / ?=', /^[A-Z_][A-Z0-9_]*\s*(?::=|\?=|\+=|!=)/m),
  rule('makefile', 3, '$(shell …)/$(wildcard …)', /\$\((?:shell|wildcard|patsubst|foreach|call|addprefix)\s/),

  rule('hcl', 6, 'block "label" {', /^[a-z_]+(?:[ \t]+"[\w.-]*"){1,2}[ \t]*\{[ \t]*$/m),
  rule('hcl', 2, 'key = value', /^[a-z_][\w-]*[ \t]+=[ \t]+(?:"|\[|\{|\d|true\b|false\b|[a-z_]+\.)/m, false, BRACE_BLOCK),
  rule('hcl', 2, 'nested block', /^(?!(?:try|else|do|finally|loop|unsafe|async|defer|begin|catch|init|get|set|static)\b)[a-z_]+[ \t]*\{[ \t]*$/m),
  rule('terraformOnly', 6, 'Terraform block', /^(?:resource|data|provider|variable|output|module|terraform|locals)\b(?:[ \t]+"[\w-]*"){0,2}[ \t]*\{[ \t]*$/m),
  rule('terraformOnly', 3, 'var./local./module.', /\b(?:var|local|module|data)\.\w+|\baws_\w+\.\w+\.\w+/),

  rule('graphql', 6, 'operation', /^(?:query|mutation|subscription)\b(?:\s+\w+)?(?:\s*\([^)]*\))?\s*\{\s*$/m),
  rule('graphql', 5, 'type/input {', /^(?:type|input|interface|extend\s+type)\s+[A-Z]\w*(?:\s+implements\s+[\w& ]+)?\s*\{\s*$/m),
  rule('graphql', 5, 'fragment on', /^fragment\s+\w+\s+on\s+\w+|\.\.\.\s*on\s+[A-Z]|\.\.\.[A-Z]\w*/m),
  rule('graphql', 4, 'non-null type', /:\s*\[?[A-Z]\w*!?\]?!\s*$|:\s*\[[A-Z]\w*!?\]!?\s*$/m),
  rule('graphql', 3, '$variable: Type', /\(\$\w+:\s*\[?[A-Z]\w*/),
  rule('graphql', 6, 'bare enum values', /^enum\s+[A-Z]\w*\s*\{\n(?:[A-Z][A-Z0-9_]*\n)+\}/m),
  rule('graphql', 2, 'field(args): Type', /^\w+\([^)]*\):\s*\[?[A-Z]\w*/m),

  rule('proto', 8, 'syntax = "proto3"', /^syntax\s*=\s*"proto[23]"\s*;/m, true),
  rule('proto', 5, 'message {', /^message\s+[A-Z]\w*\s*\{/m),
  rule('proto', 5, 'field number', /^(?:(?:repeated|optional|required)[ \t]+)?(?:double|float|u?int(?:32|64)|sint(?:32|64)|s?fixed(?:32|64)|bool|string|bytes|[A-Z]\w*|\w+(?:\.\w+)+|map<[ \t]*\w+[ \t]*,[ \t]*[\w.]+[ \t]*>)[ \t]+\w+[ \t]*=[ \t]*\d+[ \t]*(?:\[[^\]]*\])?;[ \t]*$/m),
  rule('proto', 6, 'rpc … returns', /^rpc\s+\w+\s*\([^)]*\)\s*returns\b/m),
  rule('proto', 4, 'enum value = N;', /^[A-Z][A-Z0-9_]*\s*=\s*\d+;\s*$/m),
  rule('proto', 4, 'option/oneof', /^option\s+\w+\s*=|^oneof\s+\w+\s*\{/m),
  rule('proto', 3, 'import "x.proto"', /^import\s+(?:public\s+)?"[\w/.-]+\.proto"\s*;/m, true),

  // A hunk header settles it: the lines under it are another language's, and score for it.
  rule('diff', 12, '@@ hunk @@', /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m),
  rule('diff', 6, '--- a/ +++ b/', /^--- \S.*\n\+\+\+ \S/m),
  rule('diff', 6, 'diff --git', /^diff --git /m),
];

/** A `key = value` line of INI or TOML: no call, no comprehension, no statement or list-item end. */
const CONF_LINE = /^[\w.*-]+[ \t]*=[ \t]*(?!.*[\w\]]\()(?!.*\bfor\s+\w+\s+in\b)(?!.*[;,][ \t]*$)\S.*$/;

/**
 * Languages recognised by how most of their lines look rather than by a keyword: a share of the
 * snippet's code lines (continuations and comments aside) that match, and the points it earns.
 */
interface LineShape {
  to: Family | Extra;
  name: string;
  pattern: RegExp;
  /** Points when at least half the lines match; `some` points when any do. */
  most: number;
  some: number;
  /** A snippet that matches this is not of the shape's language, however many lines match. */
  unless?: RegExp;
  /** The shape counts only in a snippet that also matches this. */
  requires?: RegExp;
}

const LINE_SHAPES: readonly LineShape[] = [
  {
    to: 'shell',
    name: 'command lines',
    pattern: /^(?:\.{1,2}\/[\w.-]+|exec|bash|sh|node|deno|bun|uv|poetry|terraform|aws|gcloud|sudo|apt(?:-get)?|brew|npm|npx|pnpm|yarn|cargo|rustup|pip3?|git|curl|wget|docker|kubectl|helm|make|cmake|chmod|chown|mkdir|rm|cp|mv|ls|cat|grep|sed|awk|tar|ssh|scp|systemctl|cd|echo|export|source|go\s+(?:build|run|test|mod|get|install|vet)|python3?\s+-m|psql|sqlite3)\b/,
    most: 5,
    some: 1,
  },
  {
    to: 'dockerfile',
    name: 'instructions',
    pattern: /^(?:FROM|RUN|COPY|ADD|WORKDIR|ENV|EXPOSE|CMD|ENTRYPOINT|ARG|USER|LABEL|VOLUME|HEALTHCHECK|SHELL|STOPSIGNAL|ONBUILD)\s+\S(?!.*;\s*$)/,
    most: 8,
    some: 2,
  },
  // YAML's `key: value`, `key:` and `- item`; nothing ends as a statement or opens a brace block.
  {
    to: 'yaml',
    name: 'key: value lines',
    pattern: /^(?:-\s+)?(?:[\w.-]+|"[^"]+"|'[^']+'):(?:\s+[^{;]*[^{;,\s])?\s*$|^-\s+[^\s{}]/,
    most: 6,
    some: 0,
    unless: /\{[ \t]*$|^[ \t]*\}|^[ \t]*(?:@\w|class\s|def\s|import\s|from\s|fn\s|func\s|return\b)/m,
  },
  // INI's and TOML's `key = value` (no call, no statement end); whether the value is typed tells them apart.
  { to: 'conf', name: 'key = value lines', pattern: CONF_LINE, most: 3, some: 1, unless: BRACE_BLOCK },
  // `x = y` alone is many languages' assignment: a bare value says INI only under a `[section]`.
  { to: 'iniOnly', name: 'bare values', requires: /^\[[\w .:*"-]+\][ \t]*$/m, pattern: new RegExp(String.raw`(?=${CONF_LINE.source})[\w.*-]+[ \t]*=[ \t]*(?![ \t]|"|'|\[|\{|-?\d[\d_.]*[ \t]*$|true[ \t]*$|false[ \t]*$|\d{4}-\d\d-\d\d)`), most: 4, some: 2, unless: BRACE_BLOCK },
  // nginx's `directive value …;`, never a SQL statement (`select a, b from t;`).
  {
    to: 'nginx',
    name: 'directives',
    pattern: /^(?!(?:select|insert|update|delete|create|alter|drop|with|grant|set|return|import|package|use|let|var|const)\b)[a-z_]+[ \t]+[^=(){},<>*]*[^=(){},<>*\s];[ \t]*$/,
    most: 4,
    some: 0,
  },
  // HCL's `key = value` lines inside brace blocks.
  { to: 'hcl', name: 'key = value lines', pattern: /^[a-z_][\w-]*[ \t]*=[ \t]*(?!.*=>)(?!.*[;,][ \t]*$)\S/, most: 3, some: 0, requires: BRACE_BLOCK },
  // Both added and removed lines: Erlang's `-module(x).` lines alone are no diff.
  { to: 'diff', name: '+/- lines', pattern: /^[+-](?![+-]{2}\s)/, most: 6, some: 0, requires: /(?=[\s\S]*^\+)(?=[\s\S]*^-)/m },
  { to: 'graphql', name: 'fields', pattern: /^[a-z]\w*(?:\([^)]*\))?(?::\s*\[?[A-Z]\w*!?\]?!?)?(?:\s*\{.*\})?\s*$/, most: 2, some: 0 },
];

/** Comment lines, by marker: they tell the family apart before any keyword does. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#(?![!\[]|\s*(?:include|define|if|endif|pragma|ifdef|ifndef)\b|(?:region|endregion|nullable|else|elif|undef|error|warning|line|available)\b)|--\s|;|<#)/;

/** Which comment markers each family's code may hold (a `//` comment rules out Python, for one). */
const COMMENT_MARKERS: Record<Family, readonly ('//' | '/*' | '#' | '--' | ';' | '<#')[]> = {
  rust: ['//', '/*'],
  go: ['//', '/*'],
  cfamily: ['//', '/*'],
  python: ['#'],
  ecmascript: ['//', '/*'],
  shell: ['#'],
  sql: ['--', '/*'],
  java: ['//', '/*'],
  kotlin: ['//', '/*'],
  csharp: ['//', '/*'],
  swift: ['//', '/*'],
  scala: ['//', '/*'],
  php: ['//', '/*', '#'],
  ruby: ['#'],
  powershell: ['#', '<#'],
  yaml: ['#'],
  json: [],
  conf: ['#', ';'],
  nginx: ['#'],
  dockerfile: ['#'],
  makefile: ['#'],
  hcl: ['#', '//', '/*'],
  graphql: ['#'],
  proto: ['//', '/*'],
  diff: [],
};

/** Names a comment may give a snippet, e.g. `// C++: the write path …`. */
const NAMED: readonly [RegExp, Language][] = [
  [/\bC\+\+|\bcpp\b/i, 'cpp'],
  [/\bC#|\.NET\b|\bASP\.NET\b/i, 'csharp'],
  [/\bRust\b/, 'rust'],
  [/\bGo(?:lang)?\b/, 'go'],
  [/\bPython\b/, 'python'],
  [/\bTypeScript\b/, 'typescript'],
  [/\bJavaScript\b|\bNode(?:\.js)?\b/, 'javascript'],
  [/\bSQL\b|\bPostgres(?:QL)?\b/, 'sql'],
  [/\bPowerShell\b/i, 'powershell'],
  [/\bBash\b|\bshell\b/i, 'shell'],
  [/\bJava\b|\bSpring\b/, 'java'],
  [/\bKotlin\b/, 'kotlin'],
  [/\bSwift(?:UI)?\b/, 'swift'],
  [/\bScala\b/, 'scala'],
  [/\bPHP\b|\bLaravel\b/, 'php'],
  [/\bRuby\b|\bRails\b/, 'ruby'],
  [/\bYAML\b|\bGitHub Actions\b|\bKubernetes\b/i, 'yaml'],
  [/\bTOML\b/, 'toml'],
  [/\bnginx\b/i, 'nginx'],
  [/\bDockerfile\b/i, 'dockerfile'],
  [/\bMakefile\b/i, 'makefile'],
  [/\bTerraform\b/i, 'terraform'],
  [/\bHCL\b|\bNomad\b|\bVault\b|\bPacker\b/, 'hcl'],
  [/\bGraphQL\b/, 'graphql'],
  [/\bProto(?:buf|col Buffers)?\b/i, 'proto'],
  [/\bC\b(?!\+\+|#)/, 'c'],
];

/** A file a comment names (`# Cargo.toml`, `// build.gradle.kts`), and the language its name says. */
const FILE_NAMES: readonly [RegExp, Language][] = [
  [/\.rs$/, 'rust'],
  [/\.go$/, 'go'],
  [/\.[ch]$/, 'c'],
  [/\.(?:cc|cpp|cxx|hpp|hh)$/, 'cpp'],
  [/\.py$/, 'python'],
  [/\.tsx?$/, 'typescript'],
  [/\.[cm]?jsx?$/, 'javascript'],
  [/\.(?:sh|bash|zsh)$/, 'shell'],
  [/\.sql$/, 'sql'],
  [/\.java$/, 'java'],
  [/\.kts?$/, 'kotlin'],
  [/\.cs$/, 'csharp'],
  [/\.swift$/, 'swift'],
  [/\.scala$|\.sc$/, 'scala'],
  [/\.php$/, 'php'],
  [/\.rb$|^(?:Gemfile|Rakefile)$/, 'ruby'],
  [/\.ps[md]?1$/, 'powershell'],
  [/\.ya?ml$/, 'yaml'],
  [/\.json$/, 'json'],
  [/\.toml$/, 'toml'],
  [/\.(?:ini|cfg|service|timer|socket)$|^\.(?:editorconfig|gitconfig)$/, 'ini'],
  [/^nginx\.conf$/, 'nginx'],
  [/^Dockerfile(?:\.\w+)?$|\.dockerfile$/, 'dockerfile'],
  [/^(?:GNU)?[Mm]akefile$|\.mk$/, 'makefile'],
  [/\.tf(?:vars)?$/, 'terraform'],
  [/\.(?:hcl|nomad|pkr\.hcl)$/, 'hcl'],
  [/\.(?:graphql|gql)$/, 'graphql'],
  [/\.proto$/, 'proto'],
  [/\.(?:diff|patch)$/, 'diff'],
];

/** The family each language is scored in. */
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
  java: 'java',
  kotlin: 'kotlin',
  csharp: 'csharp',
  swift: 'swift',
  scala: 'scala',
  php: 'php',
  ruby: 'ruby',
  powershell: 'powershell',
  yaml: 'yaml',
  json: 'json',
  toml: 'conf',
  ini: 'conf',
  nginx: 'nginx',
  dockerfile: 'dockerfile',
  makefile: 'makefile',
  hcl: 'hcl',
  terraform: 'hcl',
  graphql: 'graphql',
  proto: 'proto',
  diff: 'diff',
};

/** Points needed to be sure, and the lead over the runner-up. */
const SURE_SCORE = 4;
const SURE_LEAD = 3;

/** Points a comment that names the language (`// Kotlin: …`, `# Cargo.toml`) adds to it. */
const NAMED_POINTS = 3;

/**
 * Detects a snippet's language from its lines: comment markers first (`#` rules out the C family,
 * `//` rules out Python, shell and SQL, `--` means SQL), then weighted keyword and shape rules per
 * family and the share of lines of each shape, then C vs C++, JavaScript vs TypeScript and HCL vs
 * Terraform by what only one of each pair has. Answers `text` (sure: false) unless one language
 * leads clearly.
 */
export function detectLanguage(lines: readonly string[]): Detection {
  const comments = lines.filter((l) => COMMENT_LINE.test(l));
  const codeLines = lines.filter((l) => !COMMENT_LINE.test(l));
  const rawCode = codeLines.join('\n');
  const code = stripForRules(codeLines);
  const scores = new Map<Family | Extra, number>();
  const hits = new Map<Family | Extra, string[]>();
  const add = (to: Family | Extra, weight: number, name: string): void => {
    scores.set(to, (scores.get(to) ?? 0) + weight);
    hits.set(to, [...(hits.get(to) ?? []), name]);
  };
  for (const r of RULES) {
    const text = r.raw ? rawCode : code;
    if (r.pattern.test(text) && (r.requires?.test(text) ?? true) && !(r.unless?.test(text) ?? false)) add(r.to, r.weight, r.name);
  }
  addLineShapes(lines, add);
  const allowed = familiesAllowedByComments(comments);
  const named = namedLanguage(comments);
  const candidates = FAMILIES.filter((f) => allowed.has(f))
    .map((family) => {
      const language = splitFamily(family, scores, named);
      let score = (scores.get(family) ?? 0) + extraFor(language, scores);
      if (named !== undefined && named !== 'text' && FAMILY_OF[named] === family) score += NAMED_POINTS;
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

/** Scores each line shape by its share of the snippet's code lines (a line continued from the one before is left out). */
function addLineShapes(lines: readonly string[], add: (to: Family | Extra, weight: number, name: string) => void): void {
  const code = lines.filter((l, i) => l.trim() !== '' && !COMMENT_LINE.test(l) && !/\\$/.test(lines[i - 1] ?? ''));
  if (code.length === 0) return;
  const whole = code.join('\n');
  for (const shape of LINE_SHAPES) {
    if (shape.unless?.test(whole) || !(shape.requires?.test(whole) ?? true)) continue;
    const matching = code.filter((l) => shape.pattern.test(l.trim().replace(/^\$\s+/, ''))).length;
    if (matching === 0) continue;
    const weight = matching / code.length >= 0.5 ? shape.most : shape.some;
    if (weight > 0) add(shape.to, weight, `${matching} ${shape.name}`);
  }
}

/** Which families the snippet's comment markers allow. */
function familiesAllowedByComments(comments: readonly string[]): Set<Family> {
  const markers = new Set(comments.map((c) => /^\s*(\/\/|\/\*|\*|#|--|;|<#)/.exec(c)?.[1]).map((m) => (m === '*' ? '/*' : m)));
  return new Set(FAMILIES.filter((family) => [...markers].every((marker) => marker === undefined || (COMMENT_MARKERS[family] as readonly string[]).includes(marker))));
}

/** A language the first comment names, as in `// C++: …`, `# Python: …` or `# Cargo.toml`. */
function namedLanguage(comments: readonly string[]): Language | undefined {
  const first = comments[0];
  if (first === undefined) return undefined;
  const text = first.replace(/^\s*(?:\/\/|#|--|\/\*|;)\s*/, '');
  const file = /^(?:[\w.-]*\/)*([\w.-]+)(?:\s|$)/.exec(text)?.[1];
  const byFile = file === undefined ? undefined : FILE_NAMES.find(([pattern]) => pattern.test(file))?.[1];
  if (byFile) return byFile;
  const head = /^([^:]{1,30}):/.exec(text)?.[1];
  if (head === undefined) return undefined;
  return NAMED.find(([pattern]) => pattern.test(head))?.[1];
}

/**
 * Splits the C, ECMAScript and HCL families by what only C++, TypeScript or Terraform has, or by a
 * comment that names one. Code that uses none of it is valid C (JavaScript, HCL), so it is called
 * that: the highlighting is right either way.
 */
function splitFamily(family: Family, scores: Map<Family | Extra, number>, named: Language | undefined): Language {
  const has = (key: Extra): boolean => (scores.get(key) ?? 0) > 0;
  // A comment that names the superset (C++, TypeScript, Terraform) is believed: the subset's code is valid in it.
  if (family === 'cfamily') return has('cppOnly') || named === 'cpp' ? 'cpp' : 'c';
  if (family === 'ecmascript') return has('tsOnly') || named === 'typescript' ? 'typescript' : 'javascript';
  if (family === 'hcl') return has('terraformOnly') || named === 'terraform' ? 'terraform' : 'hcl';
  // A bare value is never TOML; typed values alone are both, and TOML's own tables tell.
  if (family === 'conf') return has('iniOnly') || named === 'ini' ? 'ini' : has('tomlOnly') || named === 'toml' ? 'toml' : 'ini';
  return family;
}

/** The pair-specific score that counts toward a split language. */
function extraFor(language: Language, scores: Map<Family | Extra, number>): number {
  const key = extraKey(language);
  return key ? (scores.get(key) ?? 0) : 0;
}

/** The extra score key of a split language, if any. */
function extraKey(language: Language): Extra | undefined {
  switch (language) {
    case 'cpp':
      return 'cppOnly';
    case 'c':
      return 'cOnly';
    case 'typescript':
      return 'tsOnly';
    case 'terraform':
      return 'terraformOnly';
    case 'toml':
      return 'tomlOnly';
    case 'ini':
      return 'iniOnly';
    default:
      return undefined;
  }
}
