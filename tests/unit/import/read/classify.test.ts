import { describe, expect, it } from 'vitest';
import { classifyLine, resolveKinds } from '../../../../src/import/read/classify.ts';

// Sentences a report might hold that mention code, start with a keyword's capitalised twin, or
// carry numbers and punctuation: each must stay a paragraph.
const PROSE = [
  'Calling tokio::spawn() moves the future onto the runtime.',
  'For Python replacement, adopt the PyO3 binding pattern for hot paths rather than wholesale migration.',
  'Import costs dropped by half after the switch to ES modules.',
  'Go 1.24 added generic type aliases, and most teams adopted them within a year.',
  'Use cases vary: some teams run Postgres, others SQLite.',
  'SQL remains the lingua franca of data work.',
  'The std::vector<int> type is still the default container in most C++ codebases we surveyed.',
  'Latency fell from 120 ms to 45 ms (p99) after the rewrite.',
  'C++ remains entrenched.',
  'Why does this matter?',
  'In short: the borrow checker is no longer the main obstacle.',
  'Results vary by workload, but the median improvement was 3.2x across the 40 services we measured.',
  'Node.js 24 ships with a stable permission model, and Deno 2 is fully compatible with npm.',
  'Most of the cost is in malloc() and free(), which is why arenas help.',
  'If err != nil is the most typed line in Go, that is by design.',
  'Let’s look at how this plays out in practice.',
  'Return values are checked by the compiler, not by convention.',
  'Select the workloads that matter most, then measure.',
  'Where it fails is long-tail ecosystem coverage.',
  'Set up takes about ten minutes on a fresh laptop.',
  'With WebAssembly, the same module runs in the browser and on the server.',
  'From 2024 to 2026 the share of new services written in Rust doubled.',
  'Update cadence matters more than version numbers.',
  'Type safety is the main reason teams cite for moving to TypeScript.',
  'Class hierarchies have fallen out of favour in modern C++.',
  '"Rewrite it in Rust" is no longer a joke in infrastructure teams.',
  '2025 was the year the ecosystem caught up.',
  'Echo servers are the hello world of async runtimes.',
  'Make no mistake: this is a generational shift.',
];

// Code lines that look like words (capitalised, short, sentence punctuation inside strings).
const CODE = [
  'x = compute(a, b)',
  'return x',
  'pass',
  'else:',
  'main()',
  'println!("{}", x);',
  'SELECT * FROM users',
  'FROM users u',
  'JOIN orders o ON o.user_id = u.id',
  'Ok(())',
  'cargo run --release',
  'npm run build',
  'docker compose up -d',
  'type User = { id: number; name: string };',
  'Foo::bar(baz)',
  'std::cout << "Hello, world." << std::endl;',
  'print("Hello, world.")',
  'console.log("Done.");',
  'fmt.Println("Hello, world.")',
  'if (x > 0) {',
  '} else {',
  'const user = await db.find(id);',
  '@app.get("/")',
  'EXPLAIN ANALYZE SELECT count(*) FROM events;',
  'Vec::with_capacity(1024)',
  'HashMap<String, Vec<u8>>',
  'Err(e) => return Err(e.into()),',
];

describe('reading a line as prose or code', () => {
  it.each(PROSE)('reads "%s" as prose', (line) => {
    expect(classifyLine(line)).toBe('prose');
  });

  it.each(CODE)('reads "%s" as code', (line) => {
    expect(classifyLine(line)).toBe('code');
  });

  it('reads a lower-case line that is not a long sentence as code ("end", "fi")', () => {
    expect([classifyLine('end'), classifyLine('fi'), classifyLine('strip target/release/server')]).toEqual(['code', 'code', 'code']);
  });

  it('reads a long lower-case sentence as prose', () => {
    expect(classifyLine('iOS teams adopted Swift concurrency within two releases.')).toBe('prose');
  });

  it('leaves a lone capitalised word such as "None" to its neighbours', () => {
    expect(classifyLine('None')).toBe('unsure');
  });

  it('leaves an indented sentence to its neighbours', () => {
    expect(classifyLine('    Returns the cached value.')).toBe('unsure');
  });

  it('never reads an instruction in capitals as a sentence (`RUN go mod download`, `COPY go.mod .`)', () => {
    expect(['RUN go mod download', 'COPY builder-config.yaml .', 'WORKDIR /src', 'EXPOSE 8080'].map(classifyLine)).toEqual(['unsure', 'unsure', 'unsure', 'unsure']);
    expect(classifyLine('SQL remains the lingua franca of data work.')).toBe('prose');
  });

  it('reads pipelines, Makefile assignments and Verb-Noun commands as code', () => {
    expect(['Get-AzResourceGroup | Select-Object ResourceGroupName, Location', 'CC ?= gcc', 'Remove-Item -Force'].map(classifyLine)).toEqual(['code', 'code', 'code']);
  });

  it('reads a lower-case key with a sentence after it as code (`description: Deploys the API.`)', () => {
    expect(classifyLine('description: Deploys the API to the production cluster.')).toBe('code');
  });

  it('reads an unpunctuated line as a paragraph only when it reads as one', () => {
    expect(classifyLine('See the example below')).toBe('prose');
    expect(classifyLine('Rust is fast')).toBe('unsure');
  });
});

describe('deciding unsure lines by their neighbours', () => {
  it('makes an unsure line between two code lines code', () => {
    expect(resolveKinds(['code', 'unsure', 'code'], ['x = 1', 'None', 'y = 2'])).toEqual(['code', 'code', 'code']);
  });

  it('looks past blank lines for the neighbours', () => {
    expect(resolveKinds(['code', null, 'unsure', null, 'code'], ['x = 1', '', 'end', '', 'y'])).toEqual(['code', null, 'code', null, 'code']);
  });

  it('makes an indented unsure line after code code', () => {
    expect(resolveKinds(['code', 'unsure', 'prose'], ['def f():', '    Returns the value.', 'That is all.'])).toEqual(['code', 'code', 'prose']);
  });

  it('makes an unsure line after a paragraph prose', () => {
    expect(resolveKinds(['prose', 'unsure'], ['A sentence.', 'Rust is fast'])).toEqual(['prose', 'prose']);
  });

  it('makes a run of unsure lines next to code code, at either end of a snippet', () => {
    const lines = ['Build it so.', 'WORKDIR /src', 'RUN make', 'COPY --from=build /out /out', 'ENTRYPOINT ["/out"]', 'That is all.'];
    expect(resolveKinds(lines.map(classifyLine), lines)).toEqual(['prose', 'code', 'code', 'code', 'code', 'prose']);
  });

  it('makes a run of two unsure lines code on their own, and one alone a paragraph', () => {
    expect(resolveKinds(['prose', 'unsure', 'unsure', 'prose'], ['A.', 'EXPOSE 8080', 'USER app', 'B.'])).toEqual(['prose', 'code', 'code', 'prose']);
    expect(resolveKinds(['prose', 'unsure', 'prose'], ['A.', 'EXPOSE 8080', 'B.'])).toEqual(['prose', 'prose', 'prose']);
  });

  it('keeps a lead-in such as "Example:" before a snippet a paragraph, and a sentence after one', () => {
    const lines = ['Example:', 'x := run()', 'y := x + 1', 'Done.'];
    expect(resolveKinds(lines.map(classifyLine), lines)).toEqual(['prose', 'code', 'code', 'prose']);
  });

  it('makes a key over an indented block of code its first line (`Resources:` in YAML)', () => {
    const lines = ['Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', 'That is the template.'];
    expect(resolveKinds(lines.map(classifyLine), lines)).toEqual(['code', 'code', 'code', 'prose']);
  });
});
