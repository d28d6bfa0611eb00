import type { Connect } from 'vite';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentType, fileUnder } from '../../lib/static-files.ts';

/**
 * Search in development: `npm run dev` serves the last build's pagefind/ (Pagefind reads built
 * HTML, so the dev server has no index of its own; the index is made by index-step.ts).
 */
export function searchDevMiddleware(outDir: string, bundlePath: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
    } catch {
      return next(); // A malformed %-escape is not a Pagefind file; Astro answers it.
    }
    const file = fileUnder(join(outDir, 'pagefind'), bundlePath, path);
    if (!file) return next();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': contentType(file) }).end(body),
      () => next(),
    );
  };
}
