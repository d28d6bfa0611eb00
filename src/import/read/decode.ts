import { refusedCharacter, refusedMessage } from '../../report/characters.ts';
import { SourceError } from '../../report/errors.ts';

/**
 * Turns a report's bytes (or an already decoded string) into its lines, refusing what is not a
 * plain-text UTF-8 report: an empty file, a binary file (NUL bytes), invalid UTF-8 (named by the
 * first line that does not decode), and any character docs/FORMAT.md refuses (named by line and
 * column). Lines end at LF, CRLF or a lone CR, as Markdown reads them: a lone CR (an old Mac file, or
 * a paste) is a line break, never a character passed on. A leading BOM is dropped.
 */
export function decodeReport(input: string | Uint8Array, file: string): string[] {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, file);
  if (text.includes('\0')) {
    throw new SourceError(file, undefined, 'this is a binary file (it contains NUL bytes), not a plain-text report');
  }
  if (text.trim() === '') throw new SourceError(file, undefined, 'the file is empty');
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, index) => {
    const found = refusedCharacter(line);
    if (found) throw new SourceError(file, index + 1, refusedMessage(found), found.column);
  });
  return lines;
}

/** Decodes strict UTF-8; on failure finds the first line that is not UTF-8 so the message can name it. */
function decodeBytes(bytes: Uint8Array, file: string): string {
  // A NUL byte means binary even where it would be valid UTF-8; say "binary", not "not UTF-8".
  if (bytes.includes(0)) {
    throw new SourceError(file, undefined, 'this is a binary file (it contains NUL bytes), not a plain-text report');
  }
  try {
    // ignoreBOM false (the default) strips a leading BOM, as editors on Windows write one.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(file, firstBadLine(bytes), 'the text is not valid UTF-8; save the report as UTF-8');
  }
}

/** 1-based number of the first line whose bytes are not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    start = i + 1;
    line++;
  }
  return undefined;
}
