import { z } from 'astro/zod';
import { refusedCharacter } from '../characters.ts';
import { isSlug, MAX_SLUG_LENGTH } from '../slugs.ts';
import { formerPathProblem } from '../addresses.ts';
import { findLicense, licenseProblem } from '../licenses.ts';

/** A Zod error map that tells a missing field apart from a wrong-typed one, in a writer's words. */
export function required(field: string, expected: string): { error: (issue: { input: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined
        ? `${field} is missing: add ${field}: ${expected}`
        : `${field} must be ${expected}, not ${JSON.stringify(issue.input)}`,
  };
}

/** Why a line of text cannot be shown as it is (a line break or a control character in it), or undefined. */
export function lineProblem(field: string, value: string): string | undefined {
  const found = refusedCharacter(value);
  return found && `${field} must be one line of printable text: it holds ${found.name} at column ${found.column}`;
}

/** Non-empty, trimmed text on one line: a title, a name, a heading of ours, the report's wording of a cell. */
export function text(field: string, example = 'text') {
  return z
    .string(required(field, example))
    .trim()
    .min(1, `${field} must not be empty`)
    .superRefine((value, ctx) => {
      const problem = lineProblem(field, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** One sentence of ours: a description or summary (meta description, library, contents list). */
export function sentence(field: string) {
  return z
    .string(required(field, 'one sentence of text'))
    .trim()
    .min(20, `${field} must be a full sentence (20 characters or more)`)
    .max(200, `${field} must be one sentence (200 characters at most)`)
    .refine((value) => /[.!?]$/.test(value), `${field} must end with a full stop: it is one sentence`)
    .superRefine((value, ctx) => {
      const problem = lineProblem(field, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** A whole number from `min` up. */
export function whole(field: string, min: number, meaning: string) {
  return z
    .number(required(field, `a whole number (${meaning})`))
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be ${min} or more`);
}

/** A URL path segment the importer made or an editor chose: lower-case words joined by hyphens (slugs.ts). */
export function slug(field: string) {
  return z
    .string(required(field, 'a URL slug such as "ml-infrastructure"'))
    .refine(isSlug, `${field} must be lower-case letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters, e.g. "ml-infrastructure"`);
}

/**
 * A strict object whose unknown keys fail with the field names a writer can fix (a misspelt
 * `navtitle` would otherwise vanish without a word).
 */
export function strictFields<T extends z.ZodRawShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')} is not a field of ${what} (check the spelling; the fields are ${Object.keys(shape).join(', ')})`
        : undefined,
  });
}

/** A normalised relative path ending in "/" (addresses.ts): an old address, or where it now leads ("" allowed with `allowEmpty`). */
export function relativePath(field: string, allowEmpty: boolean) {
  return z.string(required(field, 'a path such as "verdict/"')).superRefine((value, ctx) => {
    const problem = formerPathProblem(value, allowEmpty);
    if (problem) ctx.addIssue({ code: 'custom', message: `${field} "${value}": ${problem}` });
  });
}

/** An SPDX licence id (licenses.ts), in any case, given back as SPDX spells it; a near miss gets a "did you mean". */
export function licenseId(field: string) {
  return text(field, 'an SPDX licence id such as "CC-BY-4.0"')
    .superRefine((value, ctx) => {
      const problem = licenseProblem(value);
      // The path names the field (editorial.yaml:<line>: license: …), as for every other field.
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => findLicense(value)?.id ?? value);
}
