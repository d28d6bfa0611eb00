import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

// TEST_OUT moves every test build to another folder, so that two test runs (two people, or
// a test run next to `npm run dev`) never write the same files.
const testOut = process.env['TEST_OUT'] ? resolve(process.env['TEST_OUT']) : undefined;

/** Where tests write builds and fixtures (git-ignored). */
export const outputRoot = testOut ?? fileURLToPath(new URL('../.output/', import.meta.url));
/** The site built at the root path; `dist/` itself, as `npm run build` makes it, unless TEST_OUT is set. */
export const rootDist = testOut ? resolve(testOut, 'root-dist') : fileURLToPath(new URL('../../dist/', import.meta.url));
/** Astro's cache for the root build. */
export const rootCache = testOut ? resolve(testOut, 'root-cache') : resolve(projectRoot, 'node_modules/.astro');
/** The subpath a self-hoster might use; the second build is made under it. */
export const subpathBase = '/reports/rust-2026/';
/** The site built with BASE_PATH=/reports/rust-2026/. */
export const subpathDist = resolve(outputRoot, 'subpath-dist');
