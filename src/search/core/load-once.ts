// Search loads its files at most once per page, and again only after a failure.

/**
 * A load made once and shared by every later call, but forgotten when it fails, so that the next
 * call tries again. `load` is given a function that adds `?retry=<n>` to a URL after n failures:
 * a browser remembers a failed import() for the page's life, so a retry must ask for a new URL.
 */
export function loadOnce<T>(load: (fresh: (url: string) => string) => Promise<T>): () => Promise<T> {
  let failures = 0;
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load((url) => (failures ? `${url}?retry=${failures}` : url)).catch((error: unknown) => {
      failures++;
      loading = undefined;
      throw error;
    }));
}
