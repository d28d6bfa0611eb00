/**
 * The inline script of a redirect page (src/pages/[...moved].astro): it goes on to the new address
 * with the old one's #fragment, which a meta refresh would drop (`…/ml-infrastructure/#the-pyo3-binding-pattern`
 * would land at the top of the page). The target is the script element's data-to; the text is the
 * same on every redirect page, so the Content-Security-Policy allows it by one hash (site/security.ts).
 */
export const redirectScript = `location.replace(document.currentScript.dataset.to+location.hash)`;
