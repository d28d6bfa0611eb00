/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry in a page's "On this page" list. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Builds the on-this-page list from h2 and h3 headings; h3s nest under the h2 before them. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    const item = { slug: heading.slug, text: heading.text, children: [] };
    const parent = items.at(-1);
    if (heading.depth === 2 || (heading.depth === 3 && !parent)) items.push(item);
    else if (heading.depth === 3 && parent) parent.children.push(item);
  }
  return items;
}
