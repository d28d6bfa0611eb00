// How Zotero's "Embedded Metadata" translator reads Highwire `citation_*` tags from a page's head,
// re-implemented (not copied) from its source so a test can show what a reader saving the report
// page gets. Only the Highwire path is modelled: RDF statements (og:*, dc.*) affect neither the
// item type nor the fields below once a Highwire type is found.
//
// Sources (read at these commits):
//   zotero/translators 2814370161d05d799086825fac8d499db3a33aa3, "Embedded Metadata.js"
//     L42-65   HIGHWIRE_MAPPINGS (tag → field, taken in this order, later ones overwriting)
//     L88-107  _prefixes: a tag whose prefix is one of these is RDF, not Highwire
//     L171-179 getContentText: first `html>head>meta[name$="tag"]`, content; suffix match
//     L190-198 fixCase; L200-210 processFields (ZU.trimInternal on the value)
//     L276-325 init: the item type from the tag names (citation_technical_report_institution → report)
//     L401-570 addHighwireMetadata: authors, type swap, date fallbacks, PDF, url fallback
//     L572-625 processHighwireCreators: split at ";", at "," (one tag, words both sides), cleanAuthor
//     L708-721 addLowQualityMetadata: no title → document.title; language fallbacks
//   zotero/utilities 4051881d59c6c12d34417d4c226f37218051be90
//     utilities.js L227-290 cleanAuthor; L310-317 trimInternal; date.js L267-300 strToDate (y/m/d)

const HIGHWIRE_MAPPINGS: [string, string][] = [
  ['citation_title', 'title'],
  ['citation_publication_date', 'date'],
  ['citation_cover_date', 'date'],
  ['citation_date', 'date'],
  ['citation_journal_title', 'publicationTitle'],
  ['citation_journal_abbrev', 'journalAbbreviation'],
  ['citation_inbook_title', 'publicationTitle'],
  ['citation_book_title', 'bookTitle'],
  ['citation_volume', 'volume'],
  ['citation_issue', 'issue'],
  ['citation_series_title', 'series'],
  ['citation_conference_title', 'conferenceName'],
  ['citation_conference', 'conferenceName'],
  ['citation_dissertation_institution', 'university'],
  ['citation_technical_report_institution', 'institution'],
  ['citation_technical_report_number', 'number'],
  ['citation_publisher', 'publisher'],
  ['citation_isbn', 'ISBN'],
  ['citation_abstract', 'abstractNote'],
  ['citation_doi', 'DOI'],
  ['citation_public_url', 'url'],
  ['citation_language', 'language'],
];
const RDF_PREFIXES = new Set(
  'bib bibo dc dcterms prism foaf vcard link z eprint eprints og article book music video so codemeta rdf'.split(' '),
);

export interface ZoteroCreator {
  firstName?: string | undefined;
  lastName: string;
  creatorType: string;
}
export interface ZoteroItem {
  itemType: string | undefined;
  fields: Record<string, string>;
  creators: ZoteroCreator[];
  attachments: { title: string; url?: string; mimeType?: string }[];
}

const trimInternal = (s: string) => s.replace(/[\xA0\r\n\s]+/gu, ' ').trim();

/** First `meta[name$=tag]` in html>head, its content (Zotero's getContentText, non-strict). */
function contentText(doc: Document, tag: string): string | undefined {
  const meta = [...doc.querySelectorAll('html > head > meta')].find((m) => (m.getAttribute('name') ?? '').endsWith(tag));
  return meta?.getAttribute('content') ?? undefined;
}
/** Every `meta[name$=tag]` in head (or body) under html, their contents (getContent's XPath). */
function contents(doc: Document, tag: string): string[] {
  return [...doc.querySelectorAll('html > head > meta, html > body > meta')]
    .filter((m) => (m.getAttribute('name') ?? '').endsWith(tag))
    .map((m) => m.getAttribute('content') ?? '');
}

function itemTypeFromTags(doc: Document): string | undefined {
  let hwType: string | undefined;
  let guess: string | undefined;
  for (const meta of doc.querySelectorAll('meta')) {
    const names = meta.getAttribute('name') || meta.getAttribute('property');
    if (!names || !meta.getAttribute('content')) continue;
    for (const tag of names.split(/\s+/u)) {
      const parts = tag.split(/[.:_]/u);
      const prefix = parts.length > 2 && RDF_PREFIXES.has(parts[1]!.toLowerCase()) ? parts[1] : parts[0];
      if (RDF_PREFIXES.has(prefix!.toLowerCase())) continue; // an RDF statement, not Highwire
      switch (tag.slice(tag.lastIndexOf('citation_'))) {
        case 'citation_journal_title': hwType = 'journalArticle'; break;
        case 'citation_technical_report_institution': hwType = 'report'; break;
        case 'citation_conference_title': case 'citation_conference': hwType = 'conferencePaper'; break;
        case 'citation_book_title': case 'citation_inbook_title': hwType = 'bookSection'; break;
        case 'citation_dissertation_institution': hwType = 'thesis'; break;
        case 'citation_title': case 'citation_series_title': guess ??= 'journalArticle'; break;
        case 'citation_isbn': guess = 'book'; break;
      }
    }
  }
  return hwType ?? guess;
}

function fixCase(name: string): string {
  if (name.toUpperCase() !== name && name.toLowerCase() !== name) return name;
  // ZU.capitalizeTitle(name, true): each all-upper or all-lower word capitalised.
  return name.split(' ').map((w) => w.toLowerCase().replace(/(^|[^\p{L}])\p{L}/gu, (m) => m.toUpperCase())).join(' ');
}

/** ZU.cleanAuthor, the parts that matter for names without initials. */
function cleanAuthor(author: string, type: string, useComma: boolean): ZoteroCreator {
  const name = author.replace(/^[\s\u00A0.,/[\]:]+/u, '').replace(/[\s\u00A0.,/[\]:]+$/u, '').replace(/[\s\u00A0]+/u, ' ');
  let firstName: string | undefined;
  let lastName: string;
  if (useComma) {
    const split = name.replace(/\.([^ ])/u, '. $1').split(/[,،] ?/u);
    lastName = split[0]!;
    firstName = split.length > 1 ? split[1] : undefined;
  } else {
    let space = name.length;
    do {
      space = name.lastIndexOf(' ', space - 1);
      lastName = name.substring(space + 1);
      firstName = name.substring(0, space);
    } while (!/\p{L}/u.test(lastName[0] ?? '') && space > 0);
    if (space < 0) firstName = '';
  }
  return { firstName, lastName, creatorType: type };
}

function creators(doc: Document, tag: string, role: string): ZoteroCreator[] {
  const nodes = contents(doc, tag);
  const out: ZoteroCreator[] = [];
  let last: string | undefined;
  for (const node of nodes) {
    let names = node.split(/\s*;\s*/u);
    if (names.length === 1 && nodes.length === 1) {
      const byComma = names[0]!.split(/\s*,\s*/u);
      // (Zotero also keeps a Spanish "Apellido Apellido, Nombre" whole when citation_language is es.)
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) names = byComma;
    }
    for (let name of names) {
      name = name.trim();
      if (!name || !/[^\s,-.;]/u.test(name) || name === last) continue;
      last = name;
      const creator = cleanAuthor(name, role, name.includes(','));
      if (creator.firstName) {
        creator.firstName = fixCase(creator.firstName);
        creator.lastName = fixCase(creator.lastName);
      }
      out.push(creator);
    }
  }
  return out;
}

/** What Zotero would save from this page: item type, fields, creators, attachments. */
export function zoteroRead(doc: Document): ZoteroItem {
  const item: ZoteroItem = { itemType: itemTypeFromTags(doc), fields: {}, creators: [], attachments: [] };
  for (const [tag, field] of HIGHWIRE_MAPPINGS) {
    const value = contentText(doc, tag);
    if (value?.trim()) item.fields[field] = trimInternal(value);
  }
  item.creators = creators(doc, 'citation_author', 'author');
  if (item.creators.length === 0) item.creators = creators(doc, 'citation_authors', 'author');
  if (!item.fields.date) {
    const date = contentText(doc, 'citation_online_date') ?? contentText(doc, 'citation_year');
    if (date) item.fields.date = date;
  }
  const pdf = contents(doc, 'citation_pdf_url')[0];
  item.attachments.push(pdf ? { title: 'Full Text PDF', url: pdf, mimeType: 'application/pdf' } : { title: 'Snapshot' });
  item.fields.url ??= contentText(doc, 'citation_abstract_html_url') || contentText(doc, 'citation_fulltext_html_url') || '';
  if (!item.fields.url) delete item.fields.url;
  item.fields.title ??= (doc.title ?? '').replace(/\s+/gu, ' ');
  item.fields.language ??= doc.documentElement.getAttribute('lang') ?? '';
  return item;
}

/** Zotero's strToDate on an all-numeric, year-first date: "2026/03" → { year: 2026, month: 3 }. */
export function zoteroDate(text: string): { year?: number; month?: number; day?: number } {
  const m = /^(.*?)\b([0-9]{1,4})(?:([-/.\u5e74])([0-9]{1,2}))?(?:([-/.\u6708])([0-9]{1,4}))?((?:\b|[^0-9]).*?)$/u.exec(trimInternal(text));
  if (!m || !(m[2]!.length >= 3) || (m[3] && m[5] && m[3] !== m[5]) || (!(m[2] && m[4] && m[6]) && (m[1] || m[7]))) return {};
  return {
    year: Number(m[2]),
    ...(m[4] ? { month: Number(m[4]) } : {}),
    ...(m[6] ? { day: Number(m[6]) } : {}),
  };
}
