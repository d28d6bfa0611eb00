/**
 * What a share card says, and its key: kept apart from the drawing (card.ts, which loads satori and
 * resvg), so that a build whose cards are all cached never loads them.
 */
import { codeDigest, digest } from '../lib/digest.ts';
import { FONT_PACKAGES } from './fonts.ts';

/** What a card says. Every string is the report's text or the site's, drawn as text, whatever it holds. */
export interface ShareCard {
  /** The site's name, at the top. */
  site: string;
  /** The report's title. */
  report: string;
  /** The part a part's card is for: its label ("Section 2"; the verdict has none) and title. */
  part?: { label?: string | undefined; title: string } | undefined;
  /** Who wrote the report. */
  byline?: string | undefined;
  /** "Data as of March 2026." */
  date?: string | undefined;
}

let drawing: string | undefined;

/**
 * The card's key: a digest of what it says and of everything that draws it (card.ts and the modules it
 * imports, satori's, resvg's and the fonts' versions). Equal keys mean the same PNG, so a build draws
 * only cards it has not drawn before, and a card's address, which carries the key, changes only
 * when its picture may.
 */
export function cardKey(card: ShareCard): string {
  drawing ??= codeDigest(new URL('./card.ts', import.meta.url), { packages: FONT_PACKAGES });
  // A fixed order of fields, and undefined apart from "", so that no two cards share a key.
  const fields = [card.site, card.report, card.part?.label, card.part?.title, card.byline, card.date].map((field) => (field === undefined ? null : String(field)));
  return digest(drawing, JSON.stringify(fields));
}
