/**
 * Work shared among child processes of the build: the PDF stage typesets in them, the PDF check
 * reads PDFs in them. A child process keeps the build's event loop free and its memory apart (Typst
 * holds on to memory until its process ends), and two of them use both cores of a two-core machine.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** What a child reports: one job's result, or why it stopped. */
type ChildMessage<Result> = { result: Result } | { error: string };

/**
 * Shares `jobs` among child processes running `entry` (a module this Node runs, .ts included): one
 * process per `perProcess` jobs, at most `processes` (one per core by default). Each is sent
 * `{ ...context, jobs: share }` once, reports each job's result, and ends; resolves with every
 * result, or rejects with the first child's error.
 */
export async function inChildProcesses<Job, Result>(
  entry: URL,
  context: object,
  jobs: readonly Job[],
  options: { perProcess: number; processes?: number | undefined },
): Promise<Result[]> {
  if (jobs.length === 0) return [];
  const count = Math.max(1, Math.min(options.processes ?? availableParallelism(), Math.ceil(jobs.length / options.perProcess)));
  const shares = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => j % count === i));
  const run = (share: Job[]) =>
    new Promise<Result[]>((resolve, reject) => {
      // execArgv empty: not the build's heap limit; the child runs its .ts module on this Node.
      const child = fork(fileURLToPath(entry), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const results: Result[] = [];
      let failure: string | undefined;
      child.on('message', (message: ChildMessage<Result>) => {
        if ('error' in message) failure = message.error;
        else results.push(message.result);
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (code === 0 && !failure) resolve(results);
        else reject(new Error(failure ?? `${fileURLToPath(entry)} ended with ${signal ?? `code ${code}`}`));
      });
      child.send({ ...context, jobs: share });
    });
  return (await Promise.all(shares.map(run))).flat();
}

/** The child's side of inChildProcesses: handles the one request it is sent, reporting each result, then lets the process end. */
export function serveChildRequest<Request, Result>(handle: (request: Request, report: (result: Result) => void) => Promise<void>): void {
  const send = (message: ChildMessage<Result>) => process.send?.(message);
  process.once('message', (request: Request) => {
    handle(request, (result) => send({ result })).then(
      () => process.disconnect?.(),
      (error: unknown) => {
        send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.exitCode = 1;
        process.disconnect?.();
      },
    );
  });
}
