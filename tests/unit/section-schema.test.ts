import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../../src/lib/schemas/section.ts';

const valid = {
  title: 'Verdict',
  description: 'The report’s recommendation on when to choose Rust.',
  order: 6,
};

function messages(data: unknown): string[] {
  const result = sectionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('section frontmatter schema', () => {
  it('accepts a complete frontmatter', () => {
    expect(messages({ ...valid, section: 2, navTitle: 'Short' })).toEqual([]);
  });

  it('names a missing field and says how to add it', () => {
    const { description: _, ...rest } = valid;
    expect(messages(rest)).toEqual(['description: description is missing: add description: one sentence of text that says what this part covers to the frontmatter']);
  });

  it('names a wrong-typed field and shows the value it got', () => {
    expect(messages({ ...valid, order: 'three' })).toEqual(['order: order must be a whole number, e.g. 3, not "three"']);
  });

  it('rejects a fractional order', () => {
    expect(messages({ ...valid, order: 1.5 })).toEqual(['order: order must be a whole number']);
  });

  it('rejects a description that is not one finished sentence', () => {
    expect(messages({ ...valid, description: 'A description that never ends' })).toEqual([
      'description: description must end with a full stop: it is one sentence',
    ]);
  });

  it('names a misspelt field instead of dropping it', () => {
    expect(messages({ ...valid, navtitle: 'Short' })).toEqual([
      ': navtitle is not a frontmatter field (check the spelling; the fields are title, section, navTitle, description, order)',
    ]);
  });

  it('rejects an empty title', () => {
    expect(messages({ ...valid, title: '  ' })).toEqual(['title: title must not be empty']);
  });
});
