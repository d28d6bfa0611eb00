import { fileURLToPath } from 'node:url';

/** The project root. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where tests write builds and fixtures (git-ignored). */
export const outputRoot = fileURLToPath(new URL('../.output/', import.meta.url));
/** The site built at the root path, as `npm run build` makes it. */
export const rootDist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The subpath a self-hoster might use; the second build is made under it. */
export const subpathBase = '/reports/rust-2026/';
/** The site built with BASE_PATH=/reports/rust-2026/. */
export const subpathDist = fileURLToPath(new URL('../.output/subpath-dist/', import.meta.url));
