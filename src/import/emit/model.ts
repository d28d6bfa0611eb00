import type { ContentReport } from './content.ts';
import type { SourceBlock } from '../../checks/fidelity/fidelity.ts';
import type { Report } from '../read/parse.ts';

/** The report as the generator and the build's fidelity check read it, with the source lines they cite. */
export interface ReportForContent extends ContentReport {
  /** Line of each finding, in order. */
  findingLines: number[];
  /** The closing lines as they stand in the text ("Data as of March 2026.", "— iBuidl Research Team"). */
  closingLines: SourceBlock[];
}

/**
 * The parser's report in the shape content is generated from: each part knows the last line it
 * covers (for the comment in its file), code carries its fenced language, tables their cells.
 */
export function toContentReport(report: Report): ReportForContent {
  const closingStart = Math.min(report.dataAsOf?.line ?? Infinity, report.author?.line ?? Infinity);
  const closingLines: SourceBlock[] = [];
  if (report.dataAsOf) closingLines.push({ kind: 'paragraph', text: `Data as of ${report.dataAsOf.text}.`, line: report.dataAsOf.line });
  if (report.author) closingLines.push({ kind: 'paragraph', text: `— ${report.author.name}`, line: report.author.line });
  return {
    title: report.title,
    titleFrom: report.titleLine === undefined ? 'option' : 'text',
    findings: report.findings.map((finding) => finding.text),
    findingLines: report.findings.map((finding) => finding.line),
    closingLines,
    ...(report.dataAsOf ? { dataAsOf: { text: report.dataAsOf.text, iso: report.dataAsOf.iso } } : {}),
    ...(report.author ? { author: report.author.name } : {}),
    parts: report.parts.map((part, index) => {
      const next = report.parts[index + 1]?.line ?? (Number.isFinite(closingStart) ? closingStart : undefined);
      const lastBlock = part.blocks.at(-1);
      const blockEnd = lastBlock ? lastBlock.line + (lastBlock.kind === 'code' ? lastBlock.lines.length - 1 : lastBlock.kind === 'table' ? lastBlock.rows.length + 1 : 0) : part.line;
      return {
        kind: part.kind,
        number: part.number,
        title: part.title,
        line: part.line,
        endLine: next !== undefined ? Math.max(part.line, next - 1) : blockEnd,
        blocks: part.blocks.map((block) =>
          block.kind === 'table'
            ? { kind: 'table', header: block.header, rows: block.rows, line: block.line }
            : block.kind === 'code'
              ? { kind: 'code', lines: block.lines, line: block.line, language: block.language }
              : { kind: 'paragraph', text: block.text, line: block.line },
        ),
      };
    }),
  };
}
