/**
 * `llms.txt` (https://llmstxt.org/): the library for readers who hand reports to a language model,
 * in its Markdown shape (a title, a one-line summary, a list of links), each report linked to its
 * text as plain text (`<slug>/report.txt`, the text it was imported from, word for word).
 */

/** What llms.txt says of one report. */
export interface LlmsReport {
  title: string;
  author?: string | undefined;
  dataAsOf?: { text: string } | undefined;
  /** The editors' one-sentence description, where they wrote one. */
  description?: string | undefined;
  /** The report's text as plain text. */
  textUrl: string;
  /** The report's home page. */
  homeUrl: string;
}

/** The file: the library's name and summary, then one line per report, in the library's order. */
export function llmsTxt(library: { name: string; description: string }, reports: readonly LlmsReport[]): string {
  const lines = reports.map((report) => {
    const facts = [report.author, report.dataAsOf && `data as of ${report.dataAsOf.text}`].filter(Boolean).join(', ');
    const words = [facts && `${facts}.`, report.description].filter((text): text is string => Boolean(text)).map(markdownText);
    return `- [${markdownText(report.title)}](${report.textUrl}): ${[...words, `Its pages: ${report.homeUrl}`].join(' ')}`;
  });
  return [
    `# ${library.name}`,
    '',
    `> ${library.description}`,
    '',
    "Each link is a report's text as plain text, word for word as its authors wrote it; the site's pages add navigation, captions and headings of the editors'.",
    '',
    '## Reports',
    '',
    ...lines,
    '',
  ].join('\n');
}

/**
 * Report text as Markdown text: every character that could start markup (a link's brackets, emphasis,
 * code, HTML, an entity) escaped with a backslash, so a title or a sentence reads as written and
 * cannot end its link or become HTML.
 */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&]/g, '\\$&');
}
