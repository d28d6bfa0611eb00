/**
 * The licence editors may publish a report under: an SPDX licence id (the SPDX list as the
 * `spdx-license-ids` package carries it), how readers see it, where its terms are, and one sentence
 * on what they may do. Checked where editors write it (editorial.yaml) and again where the build reads
 * it (report.json), so a page never links a licence that does not exist.
 */
import spdxIds from 'spdx-license-ids' with { type: 'json' };
import { editDistance } from '../lib/edit-distance.ts';

/** A licence as the site shows and links it. */
export interface License {
  /** The SPDX id as SPDX spells it, e.g. "CC-BY-4.0". */
  id: string;
  /** What readers see: Creative Commons' own short form ("CC BY 4.0", "CC0 1.0"), else the id ("MIT"). */
  short: string;
  /** The Creative Commons deed for CC licences (which CC asks people to link), else the licence's page on spdx.org. */
  url: string;
  /** One sentence for readers: "You may share and adapt this report with attribution (CC BY 4.0)." */
  reuseNote: string;
}

/** Where the SPDX list is, for messages: what an editor reads to choose an id. */
export const SPDX_LIST_URL = 'https://spdx.org/licenses/';

// SPDX ids match case-insensitively (SPDX specification, annex B); deprecated ids (GPL-3.0) are not in
// this list, so an editor is pointed at the current ones (GPL-3.0-only, GPL-3.0-or-later).
const byLowerId = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));
// "CCBY4.0", "GPL3.0only": the id with its hyphens left out.
const bare = (id: string) => id.toLowerCase().replace(/-/g, '');
const byBareId = new Map(spdxIds.map((id) => [bare(id), id]));

/** The licence an SPDX id names (in any case), or undefined when it names none. */
export function findLicense(input: string): License | undefined {
  const id = byLowerId.get(input.trim().toLowerCase());
  if (!id) return undefined;
  const cc = creativeCommons(id);
  return {
    id,
    short: cc?.short ?? id,
    url: cc?.url ?? `https://spdx.org/licenses/${id}.html`,
    reuseNote: cc?.reuseNote ?? `This report is published under the ${id} licence; the licence says what you may do with it.`,
  };
}

/** Why `input` is no licence id, with the ids an editor may have meant; undefined when it is one. */
export function licenseProblem(input: string): string | undefined {
  if (findLicense(input)) return undefined;
  const near = suggestLicenses(input);
  const meant = near.length ? `; did you mean ${near.join(', ')}?` : '';
  return `"${input}" is not an SPDX licence id${meant} (the ids are listed at ${SPDX_LIST_URL})`;
}

/** Up to `max` SPDX ids an editor may have meant by `input`, best first; [] when none is close. */
export function suggestLicenses(input: string, max = 3): string[] {
  // "CC BY 4.0", "cc_by_4.0", "GPLv3", "MIT License" → "cc-by-4.0", "gpl-3", "mit": ids as people write them from memory.
  const typed = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-?licen[cs]e$/, '')
    .replace(/v(?=\d)/g, '-')
    .replace(/--+/g, '-')
    .replace(/^-|-$/g, '');
  if (!typed) return [];
  const exact = byLowerId.get(typed) ?? byBareId.get(bare(typed));
  if (exact) return [exact];
  // A prefix ("cc-by" → CC-BY-4.0, the newest version first) before a near spelling (fewest edits first).
  const found: { id: string; rank: [number, number, number] }[] = [];
  const within = Math.max(1, Math.floor(typed.length / 4));
  for (const [lower, id] of byLowerId) {
    if (lower.startsWith(`${typed}-`) || lower.startsWith(`${typed}.`)) found.push({ id, rank: [0, id.length, -version(lower)] });
    else {
      const distance = editDistance(typed, lower, within);
      if (distance <= within) found.push({ id, rank: [1 + distance, id.length, -version(lower)] });
    }
  }
  return found
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((entry) => entry.id);
}

/** "cc-by-4.0" → 4, "gpl-3.0-or-later" → 3: the first version number in an id, or 0. */
function version(id: string): number {
  return Number(/\d+(?:\.\d+)?/.exec(id)?.[0] ?? 0);
}

// CC-BY[-NC][-ND|-SA]-<version>[-<port>]: every Creative Commons licence with attribution, e.g.
// CC-BY-NC-SA-2.0-UK. CC's own 1.0 NC-ND licence lives at by-nd-nc.
const CC_BY = /^CC-BY(-NC)?(-ND|-SA)?-(\d\.\d)(?:-([A-Z]+))?$/;

/** Creative Commons' short form, deed and terms for a CC licence; undefined for any other. */
function creativeCommons(id: string): Omit<License, 'id'> | undefined {
  if (id === 'CC0-1.0') {
    return {
      short: 'CC0 1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      reuseNote: 'This report is dedicated to the public domain: you may use it for any purpose, without asking (CC0 1.0).',
    };
  }
  const match = CC_BY.exec(id);
  if (!match) return undefined;
  const [, nc = '', ndOrSa = '', ver = '', port] = match;
  const kind = `by${nc}${ndOrSa}`.toLowerCase();
  const path = kind === 'by-nc-nd' && ver === '1.0' ? 'by-nd-nc' : kind;
  const short = `CC BY${nc}${ndOrSa} ${ver}${port ? ` ${port}` : ''}`;
  const terms =
    ndOrSa === '-ND'
      ? nc
        ? 'You may share this report with attribution, unchanged and not for commercial purposes'
        : 'You may share this report with attribution, but not adapted versions of it'
      : ndOrSa === '-SA'
        ? nc
          ? 'You may share and adapt this report with attribution, not for commercial purposes, if you share adaptations under the same licence'
          : 'You may share and adapt this report with attribution, if you share adaptations under the same licence'
        : nc
          ? 'You may share and adapt this report with attribution, but not for commercial purposes'
          : 'You may share and adapt this report with attribution';
  return {
    short,
    url: `https://creativecommons.org/licenses/${path}/${ver}/${port ? `${port.toLowerCase()}/` : ''}`,
    reuseNote: `${terms} (${short}).`,
  };
}
