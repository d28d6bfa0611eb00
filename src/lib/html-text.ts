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
