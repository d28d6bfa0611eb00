/**
 * Digests for the build's caches: of bytes, of files, and of the code a cached output is made by
 * (a module and every module it imports, with the versions of the packages they import), so that a
 * cache entry is used only while everything that made it is unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** SHA-256 of the parts, hex; each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ. */
export function digest(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.byteLength}:`).update(bytes);
  }
  return hash.digest('hex');
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The version of a package installed in the project, as `name@version`; `name@?` for a name that is no package (a types-only import such as "mdast"). */
export function packageVersion(name: string): string {
  try {
    // The package's own package.json, read where npm installs it (not every package exports it).
    const json = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return `${name}@${json.version ?? '?'}`;
  } catch {
    return `${name}@?`;
  }
}

/** A bare import specifier's package: "shiki" → "shiki", "@a/b/c.js" → "@a/b"; undefined for node: builtins. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

// Static imports and re-exports, type-only ones included (they cost nothing to hash and rarely matter).
const IMPORTS = /^\s*(?:import|export)\b[^'";]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

/**
 * A digest of the code `entry` runs: its source and that of every module it imports, relatively,
 * transitively, and the versions of the packages they import. `also` adds files the code reads
 * (a template) and packages it loads by other means (fonts, a native module's platform package).
 */
export function codeDigest(entry: URL, also: { files?: readonly URL[]; packages?: readonly string[] } = {}): string {
  const seen = new Map<string, Buffer>();
  const packages = new Set<string>(also.packages ?? []);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(file);
    seen.set(file, source);
    for (const match of source.toString('utf8').matchAll(IMPORTS)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else if (packageOf(specifier)) packages.add(packageOf(specifier)!);
    }
  };
  visit(fileURLToPath(entry));
  for (const file of also.files ?? []) seen.set(fileURLToPath(file), readFileSync(file));
  // Paths below the project, so that two checkouts of the same code share a digest.
  const files = [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([file, source]) => [relative(projectRoot, file), source]);
  return digest(...files, ...[...packages].sort().map(packageVersion));
}
