// Which report a search box searches first.
import { reportFromSearch } from '../core/address.ts';
import { REPORT_FILTER } from '../core/bundle.ts';
import { showReport } from './address.ts';
import type { Engine } from './engine.ts';
import type { Scope } from './session.ts';

/**
 * The report a container searches first, with its title: on a report's page (the dialog there) both
 * are in the page; the search page's `?report=` gives only the slug, so the title is read from the
 * report's indexed page (a filter-only search). A slug that names no report scopes nothing, and
 * leaves the address.
 */
export async function homeScope(container: HTMLElement, engine: Engine): Promise<Scope | undefined> {
  if (!container.classList.contains('search-page')) {
    const article = container.ownerDocument.querySelector<HTMLElement>('article[data-report]');
    const slug = article?.dataset['report'];
    return slug ? { slug, title: article.dataset['reportTitle'] } : undefined;
  }
  const slug = reportFromSearch(location.search);
  if (!slug) return undefined;
  const [page] = await engine.search(null, { [REPORT_FILTER]: slug });
  const data = await page?.data();
  if (!data) showReport(undefined);
  return data && { slug, title: data.meta['title'] };
}
