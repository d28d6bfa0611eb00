import { z } from 'astro/zod';
import { LANGUAGE_IDS } from '../languages.ts';
import type { Report } from '../model.ts';

const line = z.number().int().min(1);

const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: z.string(), line }),
  z.strictObject({ kind: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(z.string())), line }),
  z.strictObject({ kind: z.literal('code'), line, source: z.array(z.string()), lines: z.array(z.string()), language: z.enum(LANGUAGE_IDS) }),
]);

const partSchema = z.strictObject({
  kind: z.enum(['section', 'verdict']),
  number: z.number().int().min(1).optional(),
  title: z.string(),
  line,
  endLine: line,
  blocks: z.array(blockSchema),
});

/**
 * `src/content/reports/<slug>/source.json`: the report as the importer read it from source.txt (model.ts),
 * with the digest of the text it was read from. The build's checks hold every page and the PDF to it,
 * and refuse a source.txt that changed without a new import.
 */
export const sourceSchema = z.strictObject({
  /** sha256 of source.txt, hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  report: z.strictObject({
    title: z.string(),
    titleLine: line.optional(),
    findingsLabel: z.strictObject({ text: z.string(), line }).optional(),
    findings: z.array(z.strictObject({ text: z.string(), line })),
    parts: z.array(partSchema),
    dataAsOf: z.strictObject({ text: z.string(), iso: z.string(), line }).optional(),
    author: z.strictObject({ name: z.string(), line }).optional(),
  }),
}) satisfies z.ZodType<{ digest: string; report: Report }>;

/** What source.json holds. */
export type SourceRecord = z.infer<typeof sourceSchema>;
