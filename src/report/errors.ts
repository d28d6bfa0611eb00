/**
 * The one error the importer throws for a report it refuses. Its string form is the message the
 * command prints, `<file>:<line>: <what is wrong>`, or `<file>: <what is wrong>` when the whole file
 * is at fault (empty, binary, not UTF-8, no title), so an editor can jump straight to the line.
 */
export class ImportError extends Error {
  /** The report's path as the user gave it. */
  readonly file: string;
  /** 1-based line of the fault; undefined when the whole file is wrong. */
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(message);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }

  /** `<file>:<line>: <message>`, or `<file>: <message>` without a line. */
  override toString(): string {
    return this.line === undefined ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
  }
}

/** A problem the importer accepted but reports, e.g. an en dash in a section heading. */
export interface ImportWarning {
  /** 1-based line the warning is about. */
  line: number;
  /** What was accepted and how to write it in the house style. */
  message: string;
}
