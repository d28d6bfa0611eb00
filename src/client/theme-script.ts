/** Where the reader's theme pick is saved (localStorage): read by the inline script, written by the switch. */
export const THEME_KEY = 'theme';

/**
 * The one inline script of the site: it applies the reader's saved theme before first paint, so
 * the other theme never flashes, and marks the page as running JavaScript (`data-js`), so the
 * controls that need it (theme switch, search button) take their place from the first paint instead
 * of shifting the layout when the site script shows them. Kept as a string here because the Content-Security-Policy allows
 * it by its hash (src/site/security.ts): the component and the policy read these same bytes.
 */
export const themeScript = `document.documentElement.dataset.js='';try{const t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
