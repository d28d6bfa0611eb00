// Preloaded by the npm scripts (`node --import ./scripts/compile-cache.mjs scripts/<name>.ts`): Node
// strips the types of a .ts entry and compiles it anew at every start, about 120 ms before its first
// line runs; the compile cache keeps that work between runs, as astro's own command does. Not in CI,
// where a machine runs once and the cache would only be written, never read (astro decides the same).
import module from 'node:module';

if (!process.env['CI']) module.enableCompileCache?.();
