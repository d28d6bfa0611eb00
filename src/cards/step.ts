import type { BuildStep } from '../lib/build-steps.ts';
import { finishShareCards, type ShareCardSummary } from './build.ts';

/** Waits for the share cards drawn while the pages rendered and puts each beside its page (build.ts). */
export const writeShareCards: BuildStep = {
  name: 'share-cards',
  async run({ dir, logger }) {
    const summary = await finishShareCards(dir);
    if (summary) logger.info(shareCardLine(summary));
  },
};

/** "8 share card(s): 8 drawn in 2.1 s, 0.2 s of CPU (the build waited 0.3 s for them), 0 unchanged from the cache; planned in 0.1 s": the line the bench reads. */
export function shareCardLine(summary: ShareCardSummary): string {
  const seconds = (n: number) => `${n.toFixed(1)} s`;
  return (
    `${summary.cards} share card(s): ${summary.drawn} drawn in ${seconds(summary.drawSeconds)}, ${seconds(summary.cpuSeconds)} of CPU (the build waited ${seconds(summary.waitSeconds)} for them), ` +
    `${summary.cards - summary.drawn} unchanged from the cache; planned in ${seconds(summary.planSeconds)}`
  );
}

/** The summary a build log's share-card line gives (shareCardLine), or undefined when the build drew none: the bench reads it. */
export function readShareCardLine(log: string): ShareCardSummary | undefined {
  const m = /(\d+) share card\(s\): (\d+) drawn in ([\d.]+) s, ([\d.]+) s of CPU \(the build waited ([\d.]+) s for them\), \d+ unchanged from the cache; planned in ([\d.]+) s/.exec(log);
  if (!m) return undefined;
  const [cards, drawn, drawSeconds, cpuSeconds, waitSeconds, planSeconds] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return { cards, drawn, drawSeconds, cpuSeconds, waitSeconds, planSeconds };
}
