import { z } from 'astro/zod';

/** A Zod error map that tells a missing field apart from a wrong-typed one, in a writer's words. */
function required(field: string, expected: string): { error: (issue: { input: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined
        ? `${field} is missing: add ${field}: ${expected} to the frontmatter`
        : `${field} must be ${expected}, not ${JSON.stringify(issue.input)}`,
  };
}

/** The frontmatter fields of a part of the report, each with its check. */
const sectionFields = {
  /** The part's title as the report words it, without its "Section N —" label. */
  title: z.string(required('title', 'text, e.g. "Verdict"')).trim().min(1, 'title must not be empty'),
  /** The report's own number for the part ("Section 2"); absent for key findings and the verdict. */
  section: z
    .number(required('section', 'a whole number (the report\'s "Section N")'))
    .int('section must be a whole number')
    .positive('section must be 1 or more')
    .optional(),
  /** A short title for the contents list and previous/next links (ours, navigational). */
  navTitle: z.string(required('navTitle', 'text')).trim().min(1, 'navTitle must not be empty').optional(),
  /** One sentence of ours that says what the part covers: meta description, search, contents list. */
  description: z
    .string(required('description', 'one sentence of text that says what this part covers'))
    .trim()
    .min(20, 'description must be a full sentence (20 characters or more)')
    .max(200, 'description must be one sentence (200 characters at most)')
    .refine((text) => /[.!?]$/.test(text), 'description must end with a full stop: it is one sentence'),
  /** Position in the reading order; the lowest is the home page. Unique across the collection. */
  order: z
    .number(required('order', 'a whole number, e.g. 3'))
    .int('order must be a whole number')
    .min(0, 'order must be 0 or more'),
};

/**
 * Frontmatter of one part of the report (`src/content/sections/*.mdx`). Strict: a field it does not
 * know is a typo (navtitle for navTitle) that would otherwise vanish without a word.
 */
export const sectionSchema = z.strictObject(sectionFields, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `${issue.keys.join(', ')} is not a frontmatter field (check the spelling; the fields are ${Object.keys(sectionFields).join(', ')})`
      : undefined,
});

/** Validated frontmatter of a report part. */
export type SectionData = z.infer<typeof sectionSchema>;
