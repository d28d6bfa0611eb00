import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { editorialSchema, type Editorial } from '../report/schemas/editorial.ts';

/** A problem in editorial.yaml, with the line it is on when the YAML has one. */
export class EditorialError extends Error {
  /** The editorial file. */
  readonly file: string;
  /** 1-based line of the mistake, when the YAML has one for it. */
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'EditorialError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Reads and checks a report's editorial.yaml. An empty file is no touches; a mistake is an
 * EditorialError naming the file, the line and the field, so an editor can fix it without code.
 */
export function parseEditorial(text: string, file: string): Editorial {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const [yamlError] = doc.errors;
  if (yamlError) throw new EditorialError(file, lineAt(yamlError.pos[0]), `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  const data: unknown = doc.toJS() ?? {};
  const result = editorialSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  // An unknown or missing key has no node of its own: point at the object that holds it.
  const parent = doc.getIn(issue.path.slice(0, -1) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  // A misspelt key: point at the key itself, not at the object it sits in.
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const keyNode = unknownKey === undefined ? undefined : findKey(node, unknownKey);
  throw new EditorialError(file, lineAt(keyNode?.range?.[0] ?? node?.range?.[0] ?? parent?.range?.[0]), `${where}${issue.message}`);
}

/** The key node named `key` in a YAML map node, if the node is a map that has it. */
function findKey(node: unknown, key: string): { range?: [number, number, number] } | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair?.key as { range?: [number, number, number] } | undefined;
}
