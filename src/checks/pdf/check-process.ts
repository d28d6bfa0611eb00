/**
 * A child process of the build that checks reports' PDFs (step.ts shares them among such processes
 * when many are new: reading a PDF's text costs tens of milliseconds, a minute at a thousand reports
 * on one core). It reports each PDF's problems, and keeps each verdict in the cache.
 */
import { serveChildRequest } from '../../lib/child-processes.ts';
import { pdfProblems, readCheckInput, type PdfCheckFiles } from './check.ts';

serveChildRequest<{ cacheDir: string; jobs: PdfCheckFiles[] }, string[]>(async (request, report) => {
  for (const files of request.jobs) report(await pdfProblems(await readCheckInput(files), request.cacheDir));
});
