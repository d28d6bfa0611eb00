/**
 * The languages a code fence may name: those Shiki highlights (ids and aliases) and the names it
 * takes as plain text. The importer checks editors' `language:` touches against it, and the content
 * check every fence, so a misspelt language is refused at its line instead of failing the build.
 */
import { bundledLanguages } from 'shiki';
import { closestWord } from '../lib/edit-distance.ts';

/** Languages a fence may name that are plain text to Shiki, not a grammar. */
export const PLAIN_LANGUAGES: readonly string[] = ['text', 'txt', 'plain', 'plaintext', 'ansi'];

/** Every fence language the site highlights or shows as text, lower case. */
export const FENCE_LANGUAGES: ReadonlySet<string> = new Set([...Object.keys(bundledLanguages), ...PLAIN_LANGUAGES].map((id) => id.toLowerCase()));

/** The fence language nearest to a misspelt one ("kotln" → "kotlin"), if one is near. */
export function suggestLanguage(name: string): string | undefined {
  return closestWord(name.toLowerCase(), FENCE_LANGUAGES);
}
