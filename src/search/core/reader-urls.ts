// Where a result leads a reader: search indexes each report's whole-report page, but a reader reads
// a place on its part's own page.
import { FINDINGS_ID, WHOLE_REPORT } from '../../report/slugs.ts';
import { partAt, type PageAnchor, type RankableSubResult } from './page.ts';

/**
 * Where a hit takes the reader. Search indexes each report's whole-report page, whose h2s are its
 * parts' titles with the parts' slugs as ids (and the key findings, FINDINGS_ID); a hit there is
 * read on the part's own page, at the same heading id: `<report>/report/#who-uses-it`, under the
 * h2 `#ml-infrastructure`, becomes `<report>/ml-infrastructure/#who-uses-it`; the part's title
 * itself becomes the part's page; the findings and the page's start, the report's home. Pagefind's
 * highlight parameter is kept.
 */
export function readerUrl(page: { anchors: readonly PageAnchor[] }, sub: Pick<RankableSubResult, 'url' | 'anchor'>): string {
  const link = new URL(sub.url, 'http://site.invalid');
  const home = link.pathname.slice(0, link.pathname.endsWith(`/${WHOLE_REPORT}/`) ? -`${WHOLE_REPORT}/`.length : undefined);
  const part = sub.anchor ? partAt(page.anchors, sub.anchor.location) : undefined;
  if (!part || part.id === FINDINGS_ID) return `${home}${link.search}${link.hash}`;
  // The part's own title leads to the top of its page; any heading in it, to that heading there.
  const atTitle = sub.anchor?.location === part.location;
  return `${home}${part.id}/${link.search}${atTitle ? '' : link.hash}`;
}

/** The title of the part a sub-result falls in (its h2's text), unless the sub-result is that title itself. */
export function partTitleOf(page: { anchors: readonly PageAnchor[] }, sub: Pick<RankableSubResult, 'anchor'>): string | undefined {
  if (!sub.anchor) return undefined;
  const part = partAt(page.anchors, sub.anchor.location);
  return part && part.location !== sub.anchor.location ? part.text?.trim() || undefined : undefined;
}
