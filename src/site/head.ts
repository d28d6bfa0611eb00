import { dataAsOfLine } from '../report/labels.ts';
import type { PageCard, ShareCardManifest } from './share-cards.ts';

/** "Verdict · Rust in 2026"; the home page is just the report title. */
export function pageTitle(title: string, reportTitle: string): string {
  return title === reportTitle ? reportTitle : `${title} · ${reportTitle}`;
}

/**
 * The page's canonical address (also its og:url), or undefined when there is none to give: without
 * SITE_URL (a guessed host would be wrong) and on noindex pages such as the 404 page, whose own
 * address is not a page at all.
 */
export function canonicalUrl(pathname: string, site: URL | undefined, noindex: boolean): URL | undefined {
  return site && !noindex ? new URL(pathname, site) : undefined;
}

/** robots.txt: every page allowed, and the sitemap's absolute URL when there is one. */
export function robotsTxt(sitemap: URL | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap.href}\n` : ''}`;
}

/** A page's og:image: its share card, at an absolute address as social sites need one. */
export interface ShareImage extends PageCard {
  url: URL;
}

/**
 * The share card a page shows, or undefined: without SITE_URL (an og:image must be absolute, and a
 * guessed host would be wrong) and on pages that have none (the site's own). `pathname` is the
 * page's path with the base, as Astro gives it.
 */
export function shareImage(pathname: string, base: string, site: URL | undefined, cards: ShareCardManifest): ShareImage | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!site || !pathname.startsWith(prefix)) return undefined;
  const card = cards[pathname.slice(prefix.length)];
  return card && { ...card, url: new URL(prefix + card.file, site) };
}

/**
 * What paper shows in the margins of every sheet (global.css, @page), as the <html> element's
 * attributes: the page's title with the report's date, and the page's address (`address`: its
 * canonical URL, or its path without SITE_URL, as the PDFs do). Attributes, read with attr(), so
 * that a title is only ever text.
 */
export function printMargins(title: string, address: string | undefined, dataAsOf: { text: string } | undefined): Record<`data-print-${string}`, string | undefined> {
  return { 'data-print-title': dataAsOf ? `${title} · ${dataAsOfLine(dataAsOf)}` : title, 'data-print-address': address };
}
