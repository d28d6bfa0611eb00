import { ImportError } from '../../report/errors.ts';

/**
 * Turns a report's bytes (or an already decoded string) into its lines, refusing what is not a
 * plain-text UTF-8 report: an empty file, a binary file (NUL bytes) and invalid UTF-8 (named by
 * the first line that does not decode). Line endings may be LF or CRLF; a leading BOM is dropped.
 */
export function decodeReport(input: string | Uint8Array, file: string): string[] {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, file);
  if (text.includes('\0')) {
    throw new ImportError(file, undefined, 'this is a binary file (it contains NUL bytes), not a plain-text report');
  }
  if (text.trim() === '') throw new ImportError(file, undefined, 'the file is empty');
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Decodes strict UTF-8; on failure finds the first line that is not UTF-8 so the message can name it. */
function decodeBytes(bytes: Uint8Array, file: string): string {
  // A NUL byte means binary even where it would be valid UTF-8; say "binary", not "not UTF-8".
  if (bytes.includes(0)) {
    throw new ImportError(file, undefined, 'this is a binary file (it contains NUL bytes), not a plain-text report');
  }
  try {
    // ignoreBOM false (the default) strips a leading BOM, as editors on Windows write one.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, firstBadLine(bytes), 'the text is not valid UTF-8; save the report as UTF-8');
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
