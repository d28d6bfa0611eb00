/**
 * The meta string of a code fence, as the importer writes it and the site reads it:
 * `title="src/lib.rs" {9,12}`. The title is the editors' text, so it is written with every
 * character outside a small safe set %-escaped: a `"` cannot end it early, a `{3}` inside it cannot
 * mark line 3, and nothing in it can end the fence's line. Shiki's line-marking transformer reads
 * the `{…}`; the code caption reads the title back exactly as written.
 */

/** What a fence's meta carries. */
export interface CodeMeta {
  /** A caption of the editors', e.g. the file the snippet belongs in. */
  title?: string | undefined;
  /** 1-based lines to mark. */
  marks: readonly number[];
}

// Characters a title keeps as they are; everything else (quotes, braces, %, spaces, non-ASCII) is %XX.
const SAFE = /[A-Za-z0-9._~/:@!$&'()*+,;=-]/;

/** Meta text for a fence: the grammar `META_PATTERN` accepts. */
export function writeCodeMeta(meta: CodeMeta): string {
  const parts: string[] = [];
  if (meta.title !== undefined) {
    const escaped = [...new TextEncoder().encode(meta.title)]
      .map((byte) => (byte < 0x80 && SAFE.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
      .join('');
    parts.push(`title="${escaped}"`);
  }
  if (meta.marks.length > 0) parts.push(`{${meta.marks.join(',')}}`);
  return parts.join(' ');
}

/** Every meta string the importer writes, and nothing else: what the content check allows in a fence. */
export const META_PATTERN = /^(?:title="[A-Za-z0-9._~/:@!$&'()*+,;=%-]*")?(?: ?\{\d+(?:,\d+)*\})?$/;

/** The title and marked lines a fence's meta carries (the inverse of writeCodeMeta). */
export function readCodeMeta(meta: string | null | undefined): CodeMeta {
  const title = /(?:^|\s)title="([^"]*)"/.exec(meta ?? '')?.[1];
  const marks = /\{([\d,\s-]+)\}/.exec(meta ?? '')?.[1];
  let decoded: string | undefined;
  if (title !== undefined) {
    try {
      decoded = decodeURIComponent(title);
    } catch {
      decoded = title; // Not ours (a malformed escape): shown as written.
    }
  }
  return {
    ...(decoded ? { title: decoded } : {}),
    marks: marks ? marks.split(',').map((n) => Number(n.trim())).filter(Number.isInteger) : [],
  };
}
