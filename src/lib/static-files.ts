import { extname, join, normalize } from 'node:path';

// Pagefind's own files (.pf_meta, .pf_index, .pf_fragment, .pf_filter, and its WebAssembly as
// wasm.<lang>.pagefind) are fetched as bytes, so they need no entry: octet-stream is right.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The Content-Type a static host sends for a file, by its extension. */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a URL path names when the folder is served at `base`, or undefined
 * when the path is outside `base`. `..` segments cannot climb out of `root`.
 */
export function fileUnder(root: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  return join(root, normalize(`/${urlPath.slice(base.length)}`).replace(/^[/\\]+/, ''));
}
