// The title a code block's caption shows (src/site/code/figure-transformer.ts); its language's
// label comes from the one table of languages (src/report/languages.ts).

/**
 * The caption a fence asks for: `title="src/lib.rs"` (or single quotes) in the fence meta,
 * e.g. ```` ```rust title="src/lib.rs" {10} ````. Undefined when the fence names none.
 */
export function codeTitle(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title ? title : undefined;
}
