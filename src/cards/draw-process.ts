/**
 * A process that draws share cards (started by build.ts): it reads its fonts once, then draws each
 * batch it is sent into the cache folder, each file written whole or not at all, and asks for the
 * next. A process of its own, not a worker thread: its memory (fonts, satori, resvg) is not added to
 * the build's, and it draws on another core while Astro renders the pages.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderShareCard } from './card.ts';
import type { ShareCard } from './card-key.ts';

/** One card to draw, by its key. */
export interface DrawJob {
  key: string;
  card: ShareCard;
}

/** A batch to draw into `dir` (as `<key>.png`), or the word that there is none left. */
export type DrawRequest = { dir: string; jobs: DrawJob[] } | { end: true };

/** What the process answers to a batch: how many it drew and the CPU time they took, or what went wrong. */
export type DrawReply = { drawn: number; cpuSeconds: number } | { error: string };

async function draw(request: Extract<DrawRequest, { dir: string }>): Promise<DrawReply> {
  const cpu = process.cpuUsage();
  for (const { key, card } of request.jobs) {
    try {
      const file = join(request.dir, `${key}.png`);
      writeFileSync(`${file}.${process.pid}`, await renderShareCard(card));
      renameSync(`${file}.${process.pid}`, file);
    } catch (error) {
      return { error: `the card of “${card.part?.title ?? card.report}” (${key}): ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const used = process.cpuUsage(cpu);
  return { drawn: request.jobs.length, cpuSeconds: (used.user + used.system) / 1e6 };
}

process.on('message', (request: DrawRequest) => {
  if ('end' in request) {
    process.disconnect();
    return;
  }
  void draw(request).then((reply) => {
    if ('error' in reply) process.exitCode = 1;
    // After a failure the build asks for nothing more: say so, and end.
    process.send?.(reply, () => ('error' in reply ? process.disconnect() : undefined));
  });
});

// The build has ended (or failed) without us: stop drawing.
process.on('disconnect', () => process.exit());
