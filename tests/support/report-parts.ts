import { reportLines } from './report-source.ts';

/** A part of the source text: its heading line (as the report writes it) and its prose lines. */
export interface SourcePart {
  /** "Section 2 — Replacing Python in ML Infrastructure", "Verdict", or null for the key findings. */
  heading: string | null;
  /** Prose lines: paragraphs, bullet points (without "- "), sign-off lines. Code and table excluded. */
  prose: string[];
}

const SECTION = /^Section \d+ — /;
// A prose line after a snippet is an English sentence: a capital first, a full stop last
// ("This Tokio-based echo server … in Python."). No line of Rust ends in a full stop.
const PROSE_START = /^[A-Z"“].*[.!?]$/;

/** Splits the source into its parts, setting aside the two Rust snippets and the pipe table. */
export function sourceParts(): SourcePart[] {
  const parts: SourcePart[] = [{ heading: null, prose: [] }];
  let inCode = false;
  for (const raw of reportLines()) {
    const line = raw.trim();
    if (line === '') continue;
    if (inCode && !PROSE_START.test(line)) continue;
    inCode = false;
    if (line.startsWith('// ')) {
      inCode = true;
      continue;
    }
    if (line.startsWith('|')) continue;
    if (SECTION.test(line) || line === 'Verdict') parts.push({ heading: line, prose: [] });
    else parts.at(-1)?.prose.push(line.replace(/^- /, ''));
  }
  return parts;
}

/** Sentences of a prose line, split after . ! ? and before a capital or a quote. */
export function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=["“A-Z])/).filter((s) => s.trim() !== '');
}

/**
 * The report's two Rust snippets as the source prints them (unindented): from the line that opens
 * with a `// ` comment up to the prose line after it.
 */
export function sourceSnippets(): string[] {
  const snippets: string[][] = [];
  let current: string[] | undefined;
  for (const raw of reportLines()) {
    const line = raw.trim();
    if (line.startsWith('// ')) snippets.push((current = []));
    else if (current && (line === '' || PROSE_START.test(line))) current = undefined;
    current?.push(line);
  }
  return snippets.map((lines) => lines.join('\n'));
}
