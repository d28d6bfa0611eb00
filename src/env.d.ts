/** The token-colour stylesheet served by src/site/code/code-colours.ts. */
declare module 'virtual:code-colours.css';

interface ImportMetaEnv {
  /** True in built pages, false under `astro dev`: whether a page carries the CSP <meta> tag (set by src/integration.ts). */
  readonly REPORT_CSP_META: boolean;
  /** Whether pages are served by `astro dev`, whose search reads the last build (set by src/integration.ts; src/search/build/dev-middleware.ts). */
  readonly REPORT_SEARCH_DEV: boolean;
}

/** The SPDX licence ids (spdx-license-ids ships index.json without types). */
declare module 'spdx-license-ids' {
  const ids: readonly string[];
  export default ids;
}
