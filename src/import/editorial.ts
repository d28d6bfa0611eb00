import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { editorialSchema, type Editorial } from '../report/schemas/editorial.ts';
import { SourceError } from '../report/errors.ts';

/** A report's editorial.yaml, read: the touches, and where each one is written, for messages. */
export interface EditorialFile {
  /** The file, as messages name it. */
  file: string;
  data: Editorial;
  /** The line a field is written on (e.g. ['parts', 'Verdict', 'code', 0, 'language']), or the nearest line above it. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** No touches: a report without editorial.yaml. */
export function noEditorial(file = 'editorial.yaml'): EditorialFile {
  return { file, data: {}, lineOf: () => undefined };
}

// Keys that would name an object's prototype machinery instead of a touch, anywhere in the file.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** More aliases than this is an attack ("billion laughs"), not an editor's file. */
const MAX_ALIASES = 100;

/**
 * Reads and checks a report's editorial.yaml. An empty file is no touches; a mistake is a
 * SourceError naming the file, the line and the field, so an editor can fix it without code.
 */
export function readEditorial(text: string, file: string): EditorialFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const [yamlError] = doc.errors;
  if (yamlError) throw new SourceError(file, lineAt(yamlError.pos[0]), `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  const forbidden = findForbiddenKey(doc.contents);
  if (forbidden) throw new SourceError(file, lineAt(forbidden.range?.[0]), `"${String(forbidden.value)}" cannot be a key: it is not a field, a part's title or a path`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    // The yaml package refuses a file whose aliases would expand beyond reason (a YAML bomb).
    const alias = /(?:^|[ \t[{,:-])\*[^\s,\]}]/m.exec(text);
    throw new SourceError(file, lineAt(alias?.index), `too many YAML aliases (*name) expand here: write the touches out (${error instanceof Error ? error.message : String(error)})`);
  }
  // The line of a path's key in its map (or of its item in a list), else of the nearest path above it.
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let length = path.length; length > 0; length--) {
      const parent = doc.getIn(path.slice(0, length - 1), true);
      const last = path[length - 1];
      const node = isMap(parent) ? findKey(parent, String(last)) : isSeq(parent) && typeof last === 'number' ? (parent.items[last] as { range?: [number, number, number] } | undefined) : undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const result = editorialSchema.safeParse(data);
  if (result.success) return { file, data: result.data, lineOf };
  const issue = result.error.issues[0]!;
  const path = issue.path as (string | number)[];
  const where = path.length ? `${path.join('.')}: ` : '';
  // A misspelt key: point at the key itself, not at the object it sits in.
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const keyNode = unknownKey === undefined ? undefined : findKey(doc.getIn(path, true), unknownKey);
  // A record's key that fails its own check: Zod keeps the key's problem inside the issue.
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  throw new SourceError(file, lineAt(keyNode?.range?.[0]) ?? lineOf(path), `${where}${message}`);
}

/** The key node named `key` in a YAML map node, if the node is a map that has it. */
function findKey(node: unknown, key: string): { range?: [number, number, number] | null | undefined } | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair?.key as { range?: [number, number, number] } | undefined;
}

/** The first key anywhere in the tree that names prototype machinery. */
function findForbiddenKey(node: unknown): { value: unknown; range?: [number, number, number] | null | undefined } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) return pair.key;
      const inner = findForbiddenKey(pair.value);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = findForbiddenKey(item);
      if (inner) return inner;
    }
  } else if (isPair(node)) return findForbiddenKey(node.value);
  return undefined;
}
