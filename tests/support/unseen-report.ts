/**
 * A report no test has seen: written for each run from a seed, in the house style (docs/FORMAT.md),
 * as a platform or data team would write one: a title (or none), a findings label or none, sections
 * with sentences, pipe tables and snippets pasted as they are (in the detector's languages and in
 * languages it does not know), a verdict or none, and closing lines, exact, slipped in a way the
 * importer accepts, or missing. What it holds is returned beside the text, so a test can check the
 * site against the report rather than against what a fixture is known to contain.
 */
import { SNIPPETS } from '../unit/import/fixtures/snippets.ts';

/** A snippet as the report holds it: its lines, and its language when the detector knows it (else undefined). */
export interface UnseenSnippet {
  lines: string[];
  language: string | undefined;
}

/** A generated report: its slug, text, and what a reader should find on its pages. */
export interface UnseenReport {
  seed: number;
  slug: string;
  text: string;
  /** The title, from the title line or the one to give with --title. */
  title: string;
  /** Whether the text has a title line (else the import needs --title). */
  titleLine: boolean;
  findings: string[];
  /** Section titles, then "Verdict" when there is one. */
  parts: string[];
  paragraphs: string[];
  snippets: UnseenSnippet[];
  tables: number;
  author: string | undefined;
  dataAsOf: string | undefined;
}

/** Snippets in languages the detector does not know: each must still be one block, fenced as text. */
const UNKNOWN_LANGUAGES: readonly string[][] = [
  ['defmodule Greeter do', 'def hello(name), do: "Hello, #{name}"', 'end'],
  ['main :: IO ()', 'main = mapM_ print [x * 2 | x <- [1..10]]'],
  ['local function greet(name)', 'return "Hello, " .. name', 'end'],
  ['{ pkgs ? import <nixpkgs> {} }:', 'pkgs.mkShell { buildInputs = [ pkgs.go pkgs.nodejs ]; }'],
  ['(defn square [x]', '(* x x))', '(map square (range 10))'],
  ['-module(counter).', '-export([start/0]).', 'start() -> spawn(fun() -> loop(0) end).'],
  ['let rec fact n =', 'if n <= 1 then 1 else n * fact (n - 1)'],
  ['my %seen;', 'my @unique = grep { !$seen{$_}++ } @items;'],
  ['library(dplyr)', 'flights %>% group_by(carrier) %>% summarise(delay = mean(dep_delay))'],
];

const TOPICS = ['Edge Computing', 'Stream Processing', 'Observability', 'Platform Engineering', 'Data Contracts', 'Service Meshes', 'Vector Search', 'Build Systems', 'Feature Flags', 'Cost Controls'];
const NOUNS = ['teams', 'pipelines', 'clusters', 'services', 'budgets', 'engineers', 'vendors', 'runtimes', 'dashboards', 'queues', 'deployments', 'incidents'];
const VERBS = ['adopted', 'replaced', 'measured', 'doubled', 'trimmed', 'rebuilt', 'audited', 'migrated', 'standardised', 'retired'];
const ADJECTIVES = ['smaller', 'regional', 'managed', 'internal', 'older', 'critical', 'shared', 'noisy', 'cheaper', 'slower'];
const SECTION_TITLES = ['Where the Money Goes', 'Adoption by Team Size', 'What Broke in Production', 'Tooling That Stuck', 'Über-Builds & Caches', 'The “Boring” Choice', 'Latency: p50 vs p99', 'Who Owns the Platform?', 'Migrating Without a Freeze', 'Costs, Revisited'];
const COLUMNS = ['Tool', 'Share', 'Teams', 'Median latency', 'Cost per month', 'Trend', 'Notes'];
const LABELS = ['Key findings', 'Key findings:', 'Key Findings', 'KEY FINDINGS', 'Findings'];
const AUTHORS = ['Platform Research Group', 'Acme Data Team', 'iBuidl Research Team', 'Jane Q. Doe'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small seeded generator (mulberry32): the same seed gives the same report. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the report of `seed`. */
export function unseenReport(seed: number): UnseenReport {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const sentence = (): string => {
    const words = [pick(['Most', 'Many', 'Few', 'Some', 'Larger', 'Smaller']), pick(NOUNS), pick(VERBS), 'their', pick(ADJECTIVES), pick(NOUNS)];
    for (let i = int(0, 3); i > 0; i--) words.push(pick(['in', 'after', 'before', 'across', 'with']), pick(ADJECTIVES), pick(NOUNS));
    if (chance(0.2)) words.push(`— about ${int(2, 90)}% of them`);
    return `${words.join(' ')}${pick(['.', '.', '.', '!', '?'])}`;
  };

  const titleLine = chance(0.7);
  const title = `${pick(TOPICS)} in ${int(2024, 2031)}, Report ${seed % 1000}`;
  const lines: string[] = titleLine ? [title] : [];
  if (chance(0.5)) lines.push(pick(LABELS));
  const findings = Array.from({ length: int(1, 4) }, sentence);
  lines.push(...findings.map((f) => `- ${f}`));

  const parts: string[] = [];
  const paragraphs: string[] = [...findings];
  const snippets: UnseenSnippet[] = [];
  let tables = 0;
  const known = SNIPPETS;
  const sectionTitles = [...SECTION_TITLES].sort(() => next() - 0.5).slice(0, int(1, 4));
  const writePart = () => {
    for (let blocks = int(1, 4); blocks > 0; blocks--) {
      // Every block sits after a sentence: a snippet's first line is never the part's first line.
      const paragraph = sentence();
      lines.push(paragraph);
      paragraphs.push(paragraph);
      const kind = next();
      if (kind < 0.35) {
        const s = pick(known);
        lines.push(...s.code.split('\n'));
        snippets.push({ lines: s.code.split('\n'), language: s.language });
      } else if (kind < 0.5) {
        const s = pick(UNKNOWN_LANGUAGES);
        lines.push(...s);
        snippets.push({ lines: [...s], language: undefined });
      } else if (kind < 0.65) {
        const columns = [...COLUMNS].sort(() => next() - 0.5).slice(0, int(2, 4));
        lines.push(`| ${columns.join(' | ')} |`, `|${columns.map(() => '---|').join('')}`);
        for (let rows = int(1, 4); rows > 0; rows--) lines.push(`| ${columns.map(() => pick([...NOUNS, `${int(1, 99)}%`, `${int(1, 900)} ms`, ''])).join(' | ')} |`);
        tables += 1;
      }
    }
  };
  sectionTitles.forEach((sectionTitle, index) => {
    lines.push(`Section ${index + 1} — ${sectionTitle}`);
    parts.push(sectionTitle);
    writePart();
  });
  if (chance(0.6)) {
    lines.push('Verdict');
    parts.push('Verdict');
    writePart();
  }

  const month = pick(MONTHS);
  const year = int(2024, 2031);
  const closing = next();
  const author = closing < 0.8 ? pick(AUTHORS) : undefined;
  const dataAsOf = closing < 0.6 || closing >= 0.9 ? `${month} ${year}` : undefined;
  // The slips the importer accepts with a note: an en dash, a missing full stop, an abbreviated month.
  if (dataAsOf) lines.push(pick([`Data as of ${dataAsOf}.`, `Data as of ${dataAsOf}.`, `Data as of ${dataAsOf}`, `Data as of ${month.slice(0, 3)} ${year}.`]));
  if (author) lines.push(pick([`— ${author}`, `— ${author}`, `– ${author}`]));

  return {
    seed,
    slug: `unseen-${seed}`,
    text: `${lines.join('\n')}\n`,
    title,
    titleLine,
    findings,
    parts,
    paragraphs,
    snippets,
    tables,
    author,
    dataAsOf,
  };
}

/** The seed of this run: UNSEEN_SEED to repeat one, else a new one each run. */
export function unseenSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['UNSEEN_SEED'];
  return given !== undefined && given !== '' ? Number(given) : Math.floor(Math.random() * 1_000_000);
}
