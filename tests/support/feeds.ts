import { SaxesParser } from 'saxes';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { createRequire } from 'node:module';

/** The first well-formedness error a strict XML 1.0 parser (saxes) finds in `xml`, or undefined: what a feed reader would choke on. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

// The JSON Feed 1.1 schema of the jsonfeed-schema package, checked with Ajv (and its URI format).
const schema = createRequire(import.meta.url)('jsonfeed-schema/schema-v1.1.json') as object;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

/** What a JSON Feed 1.1 validator finds wrong with `feed` (none: a valid feed). */
export function jsonFeedErrors(feed: unknown): string[] {
  return validate(feed) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
