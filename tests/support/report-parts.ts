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

/** The source read once: its parts' prose, and its Rust snippets as printed (unindented). */
function readSource(): { parts: SourcePart[]; snippets: string[] } {
  const parts: SourcePart[] = [{ heading: null, prose: [] }];
  const snippets: string[][] = [];
  let code: string[] | undefined;
  for (const raw of reportLines()) {
    const line = raw.trim();
    if (line === '') continue;
    // A snippet opens with a `// ` comment line and runs until the next English sentence.
    if (line.startsWith('// ')) snippets.push((code = []));
    else if (code && PROSE_START.test(line)) code = undefined;
    if (code) code.push(line);
    else if (line.startsWith('|')) continue;
    else if (SECTION.test(line) || line === 'Verdict') parts.push({ heading: line, prose: [] });
    else parts.at(-1)?.prose.push(line.replace(/^- /, ''));
  }
  return { parts, snippets: snippets.map((lines) => lines.join('\n')) };
}

/** Splits the source into its parts, setting aside the two Rust snippets and the pipe table. */
export function sourceParts(): SourcePart[] {
  return readSource().parts;
}

/** The report's two Rust snippets as the source prints them (unindented). */
export function sourceSnippets(): string[] {
  return readSource().snippets;
}

/** Sentences of a prose line, split after . ! ? and before a capital or a quote. */
export function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=["“A-Z])/).filter((s) => s.trim() !== '');
}
