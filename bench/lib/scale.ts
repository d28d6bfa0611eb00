/**
 * Generated report sections for the scale run: plausible prose, sub-headings and Rust code, the
 * same shape as the real sections, so build time and index size grow as a longer report's would.
 * Deterministic (numbered, no randomness), so two runs build the same site.
 */

const TOPICS = ['async runtimes', 'embedded targets', 'WebAssembly', 'database engines', 'networking', 'compilers', 'game engines', 'cryptography', 'observability', 'CLI tools', 'kernel drivers', 'data pipelines'];
const SENTENCES = [
  'Teams that adopted Rust for {t} report fewer production incidents traced to memory errors, and most of them say the compiler caught the class of bug they used to find in code review.',
  'The ecosystem around {t} matured quickly: the libraries that matter now have stable releases, documented minimum supported Rust versions and maintainers paid to keep them current.',
  'Migration rarely starts from scratch. The common path for {t} is to rewrite one hot component, expose it through a foreign-function boundary, and keep the surrounding system unchanged.',
  'Hiring remains the constraint most often cited for {t}: experienced Rust engineers are still scarce, and teams plan for several months before a newcomer is fully productive.',
  'Benchmarks for {t} show Rust within a few percent of hand-tuned C++, while the same code ships with bounds checks and without a garbage collector’s pauses.',
  'Tooling is the part of the story that surprises newcomers to {t}: Cargo, Clippy and rustfmt give every project the same build, lint and format commands from the first day.',
];

function sentence(index: number, topic: string): string {
  return (SENTENCES[index % SENTENCES.length] as string).replace('{t}', topic);
}

function paragraph(seed: number, topic: string): string {
  return [0, 1, 2].map((k) => sentence(seed + k, topic)).join(' ');
}

function codeBlock(n: number): string {
  return [
    '```rust',
    `// Section ${n}: a worker that drains a bounded queue`,
    'use std::sync::mpsc;',
    'use std::thread;',
    '',
    `fn run_workers_${n}(jobs: Vec<u64>) -> u64 {`,
    '    let (tx, rx) = mpsc::sync_channel::<u64>(64);',
    '    let handle = thread::spawn(move || rx.iter().map(|job| job * 2).sum::<u64>());',
    '    for job in jobs {',
    '        tx.send(job).expect("worker stopped");',
    '    }',
    '    drop(tx);',
    '    handle.join().expect("worker panicked")',
    '}',
    '```',
  ].join('\n');
}

/** The MDX text of generated section number `n` (1-based), with an `order` after the real parts'. */
export function generatedSection(n: number, firstOrder = 1000): string {
  const topic = TOPICS[n % TOPICS.length] as string;
  return [
    '---',
    `title: "Generated section ${n}: Rust in ${topic}"`,
    `navTitle: Generated ${n}`,
    `description: A generated section about Rust in ${topic}, used only to measure how the build scales.`,
    `order: ${firstOrder + n}`,
    '---',
    '',
    `## Where ${topic} stand`,
    '',
    paragraph(n, topic),
    '',
    paragraph(n + 3, topic),
    '',
    '## A pattern that recurs',
    '',
    paragraph(n + 1, topic),
    '',
    codeBlock(n),
    '',
    '## What to watch',
    '',
    paragraph(n + 2, topic),
    '',
  ].join('\n');
}

/** The file name of generated section `n`, sorted after the real ones and in number order. */
export function generatedFileName(n: number): string {
  return `zz-generated-${String(n).padStart(4, '0')}.mdx`;
}
