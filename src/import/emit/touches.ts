/**
 * Which of the editors' touches belong to which part. Touches are keyed by the part's title, as the
 * report words it ("Verdict" for the verdict), so inserting or removing a section never moves a
 * description, a slug or a heading to another part: a touch whose title is gone is listed, never
 * moved.
 */
import { editDistance } from '../../lib/edit-distance.ts';
import { SourceError, sourceLocation } from '../../report/errors.ts';
import { partHeading } from '../../report/labels.ts';
import type { Part } from '../../report/model.ts';
import type { PartEditorial } from '../../report/schemas/editorial.ts';
import type { EditorialFile } from '../editorial.ts';

/** The touches of one part, and where they are written. */
export interface PartTouches {
  data: PartEditorial | undefined;
  /** The touches' path in editorial.yaml: ['parts', '<key as written>']. */
  path: readonly (string | number)[];
  /** "editorial.yaml:<line>: " for a path below `path`, for messages an editor's terminal links. */
  place: (below: readonly (string | number)[]) => string;
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Each part's touches, in the parts' order. A key that names no part is listed in `dropped` (with the
 * nearest title, when one is near); a key in the old "section-N" style is refused, since numbers move.
 */
export function partTouches(parts: readonly Part[], editorial: EditorialFile, dropped: string[]): PartTouches[] {
  const entries = Object.entries(editorial.data.parts ?? {});
  const at = (path: readonly (string | number)[]) => sourceLocation(editorial.file, editorial.lineOf(path));
  const keyOf = (part: Part) => entries.find(([key]) => normalise(key) === normalise(part.title) || normalise(key) === normalise(partHeading(part)))?.[0];
  const used = new Set<string>();
  const touches = parts.map((part) => {
    const key = keyOf(part);
    if (key !== undefined) used.add(key);
    const path = ['parts', key ?? part.title] as const;
    return { data: key === undefined ? undefined : editorial.data.parts?.[key], path, place: (below: readonly (string | number)[]) => at([...path, ...below]) };
  });
  for (const [key] of entries) {
    if (used.has(key)) continue;
    const numbered = /^section-(\d+)$/i.exec(key);
    if (numbered) {
      const part = parts.find((p) => p.number === Number(numbered[1]));
      throw new SourceError(
        editorial.file,
        editorial.lineOf(['parts', key]),
        `parts: "${key}": key a part's touches by its title, since section numbers change when a section is inserted${part ? ` (write "${part.title}:")` : ''}`,
      );
    }
    const near = nearestTitle(key, parts);
    dropped.push(`${at(['parts', key])}parts: the report has no part titled "${key}"${near ? ` (did you mean "${near}"?)` : ''}; its touches were not applied`);
  }
  return touches;
}

/** The part title nearest to a key (at most a third of its letters away), for a "did you mean". */
function nearestTitle(key: string, parts: readonly Part[]): string | undefined {
  const wanted = normalise(key);
  const max = Math.max(2, Math.floor(wanted.length / 3));
  let best: { title: string; distance: number } | undefined;
  for (const part of parts) {
    const distance = editDistance(wanted, normalise(part.title), max);
    if (distance <= max && (!best || distance < best.distance)) best = { title: part.title, distance };
  }
  return best?.title;
}

/**
 * Checks every `language:` touch against the languages the site can highlight, refusing an unknown
 * one at its line with the nearest known name: a misspelt `kotln` would otherwise fail the build.
 */
export function checkLanguageTouches(editorial: EditorialFile, known: ReadonlySet<string>, suggest: (name: string) => string | undefined): void {
  for (const [key, touches] of Object.entries(editorial.data.parts ?? {})) {
    (touches.code ?? []).forEach((code, index) => {
      if (code.language === undefined || known.has(code.language.toLowerCase())) return;
      const near = suggest(code.language.toLowerCase());
      throw new SourceError(
        editorial.file,
        editorial.lineOf(['parts', key, 'code', index, 'language']),
        `language "${code.language}" is not a language the site highlights${near ? ` (did you mean "${near}"?)` : ''}: use its name as Shiki knows it (rust, kotlin, yaml…), or "text"`,
      );
    });
  }
}
