/**
 * The one error for a mistake a writer can fix: in a report's text, its editorial.yaml, a content
 * file or the command line. Its string form is what the commands print, `<file>:<line>: <what is
 * wrong>` (with `:<column>` when known), or `<file>: <what is wrong>` when the whole file is at fault,
 * so an editor's terminal links straight to the place.
 */
export class SourceError extends Error {
  /** The file as the user named it. */
  readonly file: string;
  /** 1-based line of the fault; undefined when the whole file is wrong. */
  readonly line: number | undefined;
  /** 1-based column, when the fault is one character. */
  readonly column: number | undefined;
  /** The problem alone, without the place. */
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string, column?: number) {
    super(sourceLocation(file, line, column) + problem);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  override toString(): string {
    return this.message;
  }
}

/** `<file>:<line>:<column>: ` (as much of it as is known): the one formatter of a place in a file. */
export function sourceLocation(file: string, line?: number, column?: number): string {
  if (line === undefined) return `${file}: `;
  return column === undefined ? `${file}:${line}: ` : `${file}:${line}:${column}: `;
}

/** A slip the importer accepted but reports, e.g. an en dash in a section heading. */
export interface SourceWarning {
  /** 1-based line the warning is about. */
  line: number;
  /** What was accepted and how to write it in the house style. */
  message: string;
}

/**
 * An error for the build to print as it is: every line of `message` names its file and line, so
 * Astro is given no stack to print under it (a stack would point into our code, not the writer's file).
 */
export function writerFacingError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
