import type { APIRoute } from 'astro';
import { siteAddress } from '../citation/cited-report.ts';
import { getLibrary } from '../collections.ts';
import { llmsTxt } from '../llms.ts';
import { site as library, urls } from '../site.ts';

/** llms.txt at the base: every report, linked to its text (URLs absolute with SITE_URL, else paths). */
export const GET: APIRoute = async ({ site }) => {
  const reports = (await getLibrary()).map(({ slug, entry: { data } }) => ({
    ...data,
    textUrl: siteAddress(urls.reportDownload(slug, 'text'), site),
    homeUrl: siteAddress(urls.report(slug), site),
  }));
  return new Response(llmsTxt({ name: library.name, description: library.description }, reports), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
