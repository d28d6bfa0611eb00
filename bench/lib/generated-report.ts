/**
 * Generated reports for the library scale run, written as plain text in the house style
 * (FORMAT.md) and imported through the real importer: a title line, three findings, six sections
 * and a verdict (seven parts), one pipe table and two snippets (Rust and Go), closing lines.
 * Deterministic (numbered, no randomness) and varied by number, so index sizes grow as a real
 * library's would.
 */

const TOPICS = ['async runtimes', 'embedded targets', 'WebAssembly', 'database engines', 'networking', 'compilers', 'game engines', 'cryptography', 'observability', 'CLI tools', 'kernel drivers', 'data pipelines', 'robotics', 'browsers', 'payments', 'search engines', 'video encoding'];
const SUBJECTS = ['Rust', 'Go', 'Zig', 'Kotlin', 'Swift', 'TypeScript', 'Elixir', 'OCaml', 'Python', 'C++'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SENTENCES = [
  'Teams that adopted {s} for {t} report fewer production incidents traced to memory errors, and most of them say the compiler caught the class of bug they used to find in review number {n}.',
  'The ecosystem around {t} matured quickly: the libraries that matter now have stable releases, documented support windows and maintainers paid to keep them current.',
  'Migration rarely starts from scratch. The common path for {t} is to rewrite one hot component in {s}, expose it through a foreign-function boundary, and keep the surrounding system unchanged.',
  'Hiring remains the constraint most often cited for {t}: experienced {s} engineers are still scarce, and teams plan for {n} weeks before a newcomer is fully productive.',
  'Benchmarks for {t} show {s} within a few percent of hand-tuned C, while the same code ships with bounds checks and without long pauses.',
  'Tooling is the part of the story that surprises newcomers to {t}: one build command, one linter and one formatter from the first day.',
  'Survey respondents working on {t} ranked documentation quality above raw speed, a reversal from the survey of {n} months earlier.',
];

function fill(template: string, subject: string, topic: string, n: number): string {
  return template.replace('{s}', subject).replace('{t}', topic).replace('{n}', String(n));
}

/** The text of generated report number `n` (1-based), and the slug it is imported under. */
export function generatedReport(n: number): { slug: string; text: string } {
  const subject = SUBJECTS[n % SUBJECTS.length]!;
  const year = 2020 + (n % 7);
  const month = MONTHS[n % 12]!;
  const lines: string[] = [`${subject} in ${year}: report ${n}`];
  for (let k = 0; k < 3; k++) lines.push(`- ${fill(SENTENCES[(n + k) % SENTENCES.length]!, subject, TOPICS[(n + k) % TOPICS.length]!, n + k)}`);
  for (let section = 1; section <= 6; section++) {
    const topic = TOPICS[(n * 7 + section) % TOPICS.length]!;
    lines.push(`Section ${section} — ${subject} in ${topic}`);
    for (let p = 0; p < 3; p++) lines.push(fill(SENTENCES[(n + section + p) % SENTENCES.length]!, subject, topic, n * 10 + section + p));
    if (section === 2) {
      lines.push(`// Report ${n}: a worker that drains a bounded queue`);
      lines.push('use std::sync::mpsc;', 'use std::thread;', `fn run_workers_${n}(jobs: Vec<u64>) -> u64 {`, 'let (tx, rx) = mpsc::sync_channel::<u64>(64);');
      lines.push('let handle = thread::spawn(move || rx.iter().map(|job| job * 2).sum::<u64>());', 'for job in jobs {', 'tx.send(job).expect("worker stopped");', '}', 'drop(tx);', 'handle.join().expect("worker panicked")', '}');
      lines.push('The worker above is the shape most teams started from.');
    }
    if (section === 4) {
      lines.push('| Area | Adoption | Trend |', '|---|---|---|');
      for (let row = 0; row < 4; row++) lines.push(`| ${TOPICS[(n + row) % TOPICS.length]} | ${(n * 7 + row * 13) % 60}% | ${row % 2 ? 'rising' : 'steady'} |`);
    }
    if (section === 5) {
      lines.push(`// Report ${n}: a Go handler that answers health checks`);
      lines.push('package main', 'import "net/http"', 'func health(w http.ResponseWriter, r *http.Request) {', 'w.WriteHeader(http.StatusOK)', '}');
      lines.push('Health checks like this one are where most services start.');
    }
  }
  lines.push('Verdict', fill(SENTENCES[n % SENTENCES.length]!, subject, TOPICS[n % TOPICS.length]!, n));
  lines.push(`Data as of ${month} ${year}.`, '— Generated Research Team');
  return { slug: `generated-${String(n).padStart(4, '0')}`, text: `${lines.join('\n')}\n` };
}
