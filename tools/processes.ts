import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A child process whose output is kept, for an error message when it misbehaves. */
export interface Running {
  child: ChildProcess;
  output: () => string;
  /** Ends the process (SIGTERM, then SIGKILL after 5 s) and waits for it. */
  stop: () => Promise<void>;
}

/**
 * Starts `command` (with `env`, else this process's environment) and resolves once its output
 * matches `ready`, or once it has started when there is no `ready` (rejects if it exits first).
 */
export function startProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; ready?: RegExp; timeoutMs?: number }): Promise<Running> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    // A command that cannot start (ENOENT) is a failed start, not a crash of the test or the bench.
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} ${args.join(' ')} did not become ready in ${options.timeoutMs ?? 60_000} ms:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (options.ready?.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output, stop });
      }
    };
    if (!options.ready) {
      child.once('spawn', () => {
        clearTimeout(timer);
        resolve({ child, output: () => output, stop });
      });
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** This process's environment without Vitest's variables: `astro dev` under VITEST=true serves no pages. */
export function envOutsideVitest(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, ...extra };
}

/** Runs a command to its end; resolves with its exit code and everything it printed (stdout and stderr together). */
export function runProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
