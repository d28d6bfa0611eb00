import { join, normalize } from 'node:path';
import { lookup } from 'mrmime';

/**
 * The Content-Type a static host sends for a file, by its extension (mrmime's table, the one
 * Astro's own servers use), text in UTF-8. Pagefind's index chunks (.pf_meta, .pf_index, …) and
 * its WebAssembly (wasm.<lang>.pagefind) are fetched as bytes: octet-stream is right for them.
 */
export function contentType(file: string): string {
  const type = lookup(file);
  if (!type) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/**
 * The file under `root` that a URL path names when the folder is served at `base`, or undefined
 * when the path is outside `base`. `..` segments cannot climb out of `root`.
 */
export function fileUnder(root: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  return join(root, normalize(`/${urlPath.slice(base.length)}`).replace(/^[/\\]+/, ''));
}
