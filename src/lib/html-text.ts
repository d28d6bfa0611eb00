const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the character references that built HTML carries in text and attributes: the five
 * escapes (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) and numeric ones (`&#39;`, `&#x27;`), in one
 * pass, so `&amp;lt;` stays the text `&lt;`. Anything else is left as written.
 */
export function decodeEntities(html: string): string {
  return html.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (match, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (code === undefined) return NAMED[name?.toLowerCase() ?? ''] ?? match;
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** Text made safe inside HTML or XML, in an element or an attribute: the reverse of decodeEntities for `& < > "`. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Elements that end a run of text, though compressHTML leaves no white space between them: a space
 * stands in for their tags. Inline tags (a, code, time, span) sit inside a sentence and vanish
 * without one. The build's every-word check and search's reading of a page both read HTML so.
 */
export const BLOCK_ELEMENTS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];
/**
 * The attributes of a tag, as a pattern: a `>` inside a quoted value (a report's title in an
 * attribute: "Go > C") is part of the value, not the end of the tag.
 */
export const TAG_ATTRIBUTES = String.raw`(?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*\s*\/?`;

/** A start or end tag of the named elements (a `|` list), as a pattern whose group 1 holds the attributes. */
export function tagPattern(names: string): string {
  return `<\\/?(?:${names})\\b(${TAG_ATTRIBUTES})>`;
}

const BLOCK_TAGS = new RegExp(tagPattern(BLOCK_ELEMENTS.join('|')), 'gi');
const ANY_TAG = new RegExp(tagPattern('[A-Za-z][^\\s/>]*'), 'g');

/** The text of a piece of HTML as a reader sees it: block tags as spaces, inline tags gone, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->|<![^>]*>/g, '')
      .replace(BLOCK_TAGS, ' ')
      .replace(ANY_TAG, ''),
  );
}


/** Plain text of a heading's (or any short piece of) rendered HTML, white space collapsed: for labels that name it. */
export function headingText(html: string): string {
  return htmlText(html).replace(/\s+/g, ' ').trim();
}
