/**
 * Old addresses that must keep working: the paths editors list in `formerPaths` (from before the
 * library) and the ones the importer records when a part's address changes. Every path is relative
 * and normalised before it can become a redirect page, so none can climb out of the site, land on a
 * host's root, or name a folder in two spellings.
 */

/** One segment of a path: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Why `path` is not a normalised relative path ending in "/", or undefined when it is one: no
 * leading "/", no "." or ".." segments, no empty segments, no backslashes or %-escapes (an escaped
 * dot is a dot to a server), lower case. `allowEmpty` accepts "" (a report's own home).
 */
export function formerPathProblem(path: string, allowEmpty: boolean): string | undefined {
  if (path === '') return allowEmpty ? undefined : 'must not be empty';
  if (path.startsWith('/')) return 'must be relative (no leading "/"): write "verdict/", not "/verdict/"';
  if (path.includes('\\')) return 'must use "/" between segments, not "\\"';
  if (path.includes('%')) return 'must be written out, without %-escapes';
  if (!path.endsWith('/')) return 'must end with "/", e.g. "verdict/"';
  const segments = path.slice(0, -1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'must not hold "." or ".." segments';
  if (segments.some((segment) => segment === '')) return 'must not hold empty segments ("//")';
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) return `segment "${bad}" must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`;
  return undefined;
}

/** A report's old addresses and where each leads, as paths below the base ("verdict/" → "rust-in-2026/verdict/"). */
export function oldAddresses(slug: string, facts: { formerPaths?: Readonly<Record<string, string>> | undefined; formerParts?: Readonly<Record<string, string>> | undefined }): { from: string; to: string; recorded: boolean }[] {
  return [
    // The editors' formerPaths are below the base; the importer's formerParts below the report.
    ...Object.entries(facts.formerPaths ?? {}).map(([from, to]) => ({ from, to: `${slug}/${to}`, recorded: false })),
    ...Object.entries(facts.formerParts ?? {}).map(([from, to]) => ({ from: `${slug}/${from}`, to: `${slug}/${to}`, recorded: true })),
  ];
}
