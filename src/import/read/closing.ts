/**
 * The closing lines of a report (docs/FORMAT.md, "Closing lines"): `Data as of <Month> <Year>.` and
 * `— <Author>`, at the very end, in either order. They are exact, or accepted with a note where the
 * meaning is certain (an en dash, a missing full stop, `april`, `Apr`), or refused with the line and
 * a suggestion (a hyphen for the dash, a misspelt month, a numeric date, a line after them). A slip
 * never becomes a paragraph of the last part, and never leaves a report without its byline or date
 * in silence.
 */
import { closestWord } from '../../lib/edit-distance.ts';
import { classifyLine } from './classify.ts';
import { dataAsOfLine, signOffLine } from '../../report/labels.ts';
import { SourceError, type SourceWarning } from '../../report/errors.ts';
import type { Author, DataAsOf } from '../../report/model.ts';

/** The months, as the house style spells them. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Abbreviations whose month is certain (`Sept` too). */
const ABBREVIATIONS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** How a line reads as a closing line. */
export type ClosingRead<T> =
  /** Exactly as the house style writes it. */
  | { kind: 'exact'; value: T }
  /** Not exact, but its meaning is certain: accepted, with a note that shows the house style. */
  | { kind: 'accepted'; value: T; note: string }
  /** It looks like a closing line but cannot be read as one: refused, with a suggestion. */
  | { kind: 'refused'; problem: string }
  /** Not a closing line at all. */
  | { kind: 'none' };

const DATA_AS_OF = /^Data as of (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\.$/;
// Any spelling of "Data as of", "Data as at", "As of", with a colon or not, in any case.
const DATA_AS_OF_LIKE = /^(?:data\s+(?:is\s+|current\s+|valid\s+)?as\s+(?:of|at)|as\s+of)\s*:?\s*(.*)$/i;

/** The data date of a line such as `Data as of March 2026.`, or why a line that looks like one is not. */
export function readDataAsOf(text: string, line: number): ClosingRead<DataAsOf> {
  const exact = DATA_AS_OF.exec(text);
  if (exact) return { kind: 'exact', value: dataAsOf(MONTHS.indexOf(exact[1] as (typeof MONTHS)[number]) + 1, Number(exact[2]), line) };
  const like = DATA_AS_OF_LIKE.exec(text);
  // A sentence that starts "As of 2025, most teams …" is a paragraph, not a date line.
  if (!like || text.split(/\s+/).length > 7) return { kind: 'none' };
  const rest = (like[1] ?? '').replace(/\.$/, '').trim();
  // Without "Data", only a date alone after "As of" makes a date line ("As of today, we …" is a sentence).
  if (!/^data\b/i.test(text) && !/^[\p{L}]+\.?,?\s+\d{4}$|^\d{1,4}[-/.]\d{1,4}(?:[-/.]\d{1,2})?$/u.test(rest)) return { kind: 'none' };
  const house = `"Data as of <Month> <Year>.", e.g. "Data as of March 2026."`;
  const named = /^([\p{L}]+)\.?,?\s+(\d{4})$/u.exec(rest);
  if (named) {
    const word = named[1] ?? '';
    const year = Number(named[2]);
    const full = MONTHS.findIndex((m) => m.toLowerCase() === word.toLowerCase()) + 1;
    const month = full || ABBREVIATIONS[word.toLowerCase()];
    if (month) {
      const value = dataAsOf(month, year, line);
      return { kind: 'accepted', value, note: `read as the data date; the house style is "${dataAsOfLine(value)}"` };
    }
    const guess = closestWord(word.toLowerCase(), MONTHS.map((m) => m.toLowerCase()));
    const suggestion = guess === undefined ? house : `"${dataAsOfLine(dataAsOf(MONTHS.findIndex((m) => m.toLowerCase() === guess) + 1, year, line))}"`;
    return { kind: 'refused', problem: `"${text}" looks like the data date, but "${word}" is not a month: did you mean ${suggestion}?` };
  }
  const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$|^(\d{1,2})[-/.](\d{4})$/.exec(rest);
  const month = Number(numeric?.[2] ?? numeric?.[3]);
  const year = Number(numeric?.[1] ?? numeric?.[4]);
  if (numeric && month >= 1 && month <= 12) {
    return { kind: 'refused', problem: `"${text}" looks like the data date, written in numbers: the house style names the month, did you mean "${dataAsOfLine(dataAsOf(month, year, line))}"?` };
  }
  return { kind: 'refused', problem: `"${text}" looks like the data date, but is not one: the house style is ${house}` };
}

/** The ISO year-month and the house style's words for a month and year. */
function dataAsOf(month: number, year: number, line: number): DataAsOf {
  return { text: `${MONTHS[month - 1]} ${year}`, iso: `${year}-${String(month).padStart(2, '0')}`, line };
}

/** Words a name may hold in lower case ("Center for Data", "van der Berg"). */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'at', 'in', 'on', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', '&', '+']);

/** Whether text reads as a name: a few words, each with a capital (`iBuidl`), a digit, or a particle. */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 6 && !/[.!?:;,]$/.test(text) && words.every((w) => /\p{Lu}|\d/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** The author of a sign-off line such as `— iBuidl Research Team`, or why a line that looks like one is not. */
export function readSignOff(text: string, line: number): ClosingRead<Author> {
  const dashed = /^([—–―])\s*(\S.*)$/.exec(text);
  if (dashed) {
    const name = (dashed[2] ?? '').trim();
    // "— and that is the whole story." is a sentence after a dash, not a sign-off.
    if (name.split(/\s+/).length > 8 || /[.!?]$/.test(name)) return { kind: 'none' };
    const value = { name, line };
    return text === signOffLine(name) ? { kind: 'exact', value } : { kind: 'accepted', value, note: `read as the sign-off; the house style is "${signOffLine(name)}"` };
  }
  // A hyphen (or two, or a tilde) may begin a list item as well as a sign-off: only a name is taken for one.
  const hyphened = /^(?:-{1,3}|~)\s*(\S.*)$/.exec(text);
  const name = (hyphened?.[1] ?? '').trim();
  if (!hyphened || !isNameLike(name)) return { kind: 'none' };
  return {
    kind: 'refused',
    problem: `"${text}" looks like the sign-off with "${text.slice(0, text.length - (hyphened[1] ?? '').length).trim()}" for its dash: did you mean "${signOffLine(name)}"? (A sentence of the last part ends with a full stop.)`,
  };
}

/** The closing lines as read, where the body ends, and the slips that were accepted. */
export interface ClosingLines {
  /** Index of the first line after the body (the closing lines and blank lines follow it). */
  end: number;
  dataAsOf?: DataAsOf;
  author?: Author;
  warnings: SourceWarning[];
}

/** How many lines after a closing line still count as "after the sign-off" rather than the text going on. */
const STRAY_LINES = 2;

/**
 * How the line at `index` reads: as `readDataAsOf` and `readSignOff` read it, except that a
 * hyphen line next to code (`- Acme Corp` in a YAML list, `-- Nightly Job` in SQL) is the
 * snippet's, not a slip of the sign-off.
 */
function readClosing(lines: readonly string[], index: number): { read: ClosingRead<DataAsOf> | ClosingRead<Author>; what: 'data date' | 'sign-off' } {
  const text = (lines[index] ?? '').trim();
  const date = readDataAsOf(text, index + 1);
  if (date.kind !== 'none') return { read: date, what: 'data date' };
  const sign = readSignOff(text, index + 1);
  if (sign.kind === 'refused' && (nextCode(lines, index, -1) || nextCode(lines, index, 1))) return { read: { kind: 'none' }, what: 'sign-off' };
  return { read: sign, what: 'sign-off' };
}

/** Whether the first non-blank line from `index` in direction `step` reads as code on its own. */
function nextCode(lines: readonly string[], index: number, step: 1 | -1): boolean {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i] ?? '';
    if (line.trim() !== '') return classifyLine(line) === 'code';
  }
  return false;
}

/**
 * The closing lines at the very end (`Data as of …`, `— Author`, in either order) and where the
 * body ends. `lastHeading` is the index of the last part's heading: a closing line is looked for
 * below it only. Throws a SourceError for a line that looks like a closing line but is not one, for
 * a second line of the same kind, and for a line that follows the closing lines. A text without a
 * part (-1) has its closing lines read, but no slip refused: it is refused for having no section.
 */
export function readClosingLines(lines: readonly string[], file: string, lastHeading = -1): ClosingLines {
  const warnings: SourceWarning[] = [];
  let end = lines.length;
  let dataAsOf: DataAsOf | undefined;
  let author: Author | undefined;
  for (;;) {
    while (end > lastHeading + 1 && (lines[end - 1] ?? '').trim() === '') end--;
    if (end <= lastHeading + 1) break;
    const lineNo = end;
    const { read, what } = readClosing(lines, end - 1);
    if (read.kind === 'none' || (read.kind === 'refused' && lastHeading < 0)) break;
    if (read.kind === 'refused') throw new SourceError(file, lineNo, read.problem);
    const taken = what === 'data date' ? dataAsOf : author;
    if (taken) throw new SourceError(file, lineNo, `a second ${what}: the report's is on line ${taken.line}`);
    if (what === 'data date') dataAsOf = read.value as DataAsOf;
    else author = read.value as Author;
    if (read.kind === 'accepted') warnings.push({ line: lineNo, message: read.note });
    end--;
  }
  if (lastHeading >= 0) checkNothingFollows(lines, file, end, lastHeading);
  return { end, ...(dataAsOf ? { dataAsOf } : {}), ...(author ? { author } : {}), warnings };
}

/** Refuses a closing line with a line or two after it: the closing lines end the report. */
function checkNothingFollows(lines: readonly string[], file: string, end: number, lastHeading: number): void {
  const body: number[] = [];
  for (let i = end - 1; i > lastHeading && body.length <= STRAY_LINES; i--) if ((lines[i] ?? '').trim() !== '') body.push(i);
  // body holds the last non-blank lines of the last part, last first: is one of them a closing line?
  for (const [position, index] of body.entries()) {
    if (position === 0) continue;
    const { read, what } = readClosing(lines, index);
    if (read.kind === 'none') continue;
    if (read.kind === 'refused') throw new SourceError(file, index + 1, read.problem);
    const after = body[position - 1] ?? index;
    throw new SourceError(file, after + 1, `"${(lines[after] ?? '').trim()}" follows the ${what} (line ${index + 1}): "Data as of …" and "— <Author>" are the report's last lines; move this line above them`);
  }
}
