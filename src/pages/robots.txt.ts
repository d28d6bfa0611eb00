import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/head.ts';

/** robots.txt, pointing at the sitemap when SITE_URL gives it an absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ? new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site) : undefined));
