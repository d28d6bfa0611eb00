/**
 * Which share card (og:image) each page shows: the manifest the cards stage (src/cards) writes into
 * the build's cache folder before the pages render, read here by each page's head. A report's home
 * and its whole-report page show the report's card, each part its own; the site's own pages none.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from './settings.ts';

/** A page's card (every card is 1200×630). */
export interface PageCard {
  /** "rust-in-2026/verdict/og.1a2b3c4d5e6f7a8b.png": beside the page, named after the card's key. */
  file: string;
}

/** Every card of a build, by its page's path below the base ("rust-in-2026/verdict/"). */
export type ShareCardManifest = Record<string, PageCard>;

/** The cards stage's folder in the build's cache: the drawn cards by key, and the manifest. */
export function shareCardCacheDir(cacheDir: string): string {
  return join(cacheDir, 'share-cards');
}

function manifestFile(cacheDir: string): string {
  return join(shareCardCacheDir(cacheDir), 'manifest.json');
}

/** Writes the manifest whole or not at all (a page never reads half of it). */
export function writeShareCardManifest(cacheDir: string, manifest: ShareCardManifest): void {
  mkdirSync(shareCardCacheDir(cacheDir), { recursive: true });
  const file = manifestFile(cacheDir);
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(manifest));
  renameSync(`${file}.${process.pid}`, file);
}

/** The manifest in a cache folder; empty when the stage has not run there (a build without SITE_URL). */
export function readShareCardManifest(cacheDir: string): ShareCardManifest {
  try {
    return JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as ShareCardManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

let cards: ShareCardManifest | undefined;

/** This build's cards (settings.cacheDir), read once: the manifest is written before the first page renders. */
export function buildShareCards(): ShareCardManifest {
  cards ??= readShareCardManifest(settings.cacheDir);
  return cards;
}
