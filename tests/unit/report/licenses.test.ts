import spdxIds from 'spdx-license-ids' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { findLicense, licenseProblem, suggestLicenses } from '../../../src/report/licenses.ts';

describe('findLicense', () => {
  it.each([
    ['CC-BY-4.0', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/', 'You may share and adapt this report with attribution (CC BY 4.0).'],
    ['CC-BY-SA-4.0', 'CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/', 'You may share and adapt this report with attribution, if you share adaptations under the same licence (CC BY-SA 4.0).'],
    ['CC-BY-NC-4.0', 'CC BY-NC 4.0', 'https://creativecommons.org/licenses/by-nc/4.0/', 'You may share and adapt this report with attribution, but not for commercial purposes (CC BY-NC 4.0).'],
    ['CC-BY-ND-4.0', 'CC BY-ND 4.0', 'https://creativecommons.org/licenses/by-nd/4.0/', 'You may share this report with attribution, but not adapted versions of it (CC BY-ND 4.0).'],
    ['CC-BY-NC-ND-4.0', 'CC BY-NC-ND 4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/', 'You may share this report with attribution, unchanged and not for commercial purposes (CC BY-NC-ND 4.0).'],
    ['CC0-1.0', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/', 'This report is dedicated to the public domain: you may use it for any purpose, without asking (CC0 1.0).'],
    ['MIT', 'MIT', 'https://spdx.org/licenses/MIT.html', 'This report is published under the MIT licence; the licence says what you may do with it.'],
  ])('gives %s its short name, its terms’ page and what readers may do', (id, short, url, reuseNote) => {
    expect(findLicense(id)).toEqual({ id, short, url, reuseNote });
  });

  it('matches an id in any case, as SPDX says, and gives it back as SPDX spells it', () => {
    expect(findLicense(' cc-by-sa-4.0 ')?.id).toBe('CC-BY-SA-4.0');
    expect(findLicense('apache-2.0')?.id).toBe('Apache-2.0');
  });

  it('links every Creative Commons licence to its deed (a port to its country’s, CC’s 1.0 NC-ND to by-nd-nc)', () => {
    const cc = spdxIds.filter((id) => /^CC-BY-|^CC0-/.test(id));
    expect(cc.length).toBeGreaterThan(40);
    for (const id of cc) expect(findLicense(id)?.url, id).toMatch(/^https:\/\/creativecommons\.org\/(licenses\/by(-n[cd])?(-n[cd]|-sa)?|publicdomain\/zero)\/\d\.\d\/([a-z]+\/)?$/);
    expect(findLicense('CC-BY-NC-ND-1.0')?.url).toBe('https://creativecommons.org/licenses/by-nd-nc/1.0/');
    expect(findLicense('CC-BY-3.0-IGO')).toMatchObject({ short: 'CC BY 3.0 IGO', url: 'https://creativecommons.org/licenses/by/3.0/igo/' });
  });

  it('knows every id of the SPDX list, each with an https page and a sentence for readers', () => {
    for (const id of spdxIds) {
      const license = findLicense(id);
      expect(license?.url, id).toMatch(/^https:\/\//);
      expect(license?.reuseNote, id).toMatch(/\.$/);
    }
  });
});

describe('licenseProblem', () => {
  it.each([
    ['CC BY 4.0', 'CC-BY-4.0'],
    ['CC-BY-4', 'CC-BY-4.0'],
    ['CCBY4.0', 'CC-BY-4.0'],
    ['cc-by-40', 'CC-BY-4.0'],
    ['CC-BY', 'CC-BY-4.0'],
    ['CC-BY-SA', 'CC-BY-SA-4.0'],
    ['CC0', 'CC0-1.0'],
    ['MIT License', 'MIT'],
    ['Apache 2', 'Apache-2.0'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPL-3.0', 'GPL-3.0-only'],
  ])('refuses "%s" and suggests %s first', (typed, meant) => {
    expect(suggestLicenses(typed)[0]).toBe(meant);
    expect(licenseProblem(typed)).toBe(`"${typed}" is not an SPDX licence id; did you mean ${suggestLicenses(typed).join(', ')}? (the ids are listed at https://spdx.org/licenses/)`);
  });

  it('points at the list when nothing is close, and accepts an id', () => {
    expect(licenseProblem('all rights reserved')).toBe('"all rights reserved" is not an SPDX licence id (the ids are listed at https://spdx.org/licenses/)');
    expect(licenseProblem('CC-BY-4.0')).toBeUndefined();
  });
});
