// What brief reads of ISO 639 (the iso-639-3 package): the two-letter codes and language names → BCP 47 tags. Run
// from the sources this module derives both from the package; the bundle (scripts/bundle.mjs) replaces it with
// the same two tables as text (languages-generate.ts), so that no process holds the package's 7,900 records, their
// literal's boilerplate and its source (about 2 MB of each pool worker's heap).
import { iso6393 } from 'iso-639-3';

/** The ISO 639-1 codes, in the package's order. */
export function iso6391Codes(): string[] {
  return iso6393.flatMap((l) => (l.iso6391 ? [l.iso6391] : []));
}

/**
 * Language names (ISO 639-3's English reference names) and their BCP 47 tags: the two-letter code where ISO 639-1
 * has one. A living, historical or ancient language's name, the name without its parenthesised qualifier, and that
 * without `Modern ` (`Modern Greek (1453-)` is also `Greek`, the name prose uses); the first language to give a
 * name keeps it.
 */
export function languageNames(): Array<[string, string]> {
  const tags = new Map<string, string>();
  for (const l of iso6393) {
    if (l.type !== 'living' && l.type !== 'historical' && l.type !== 'ancient') continue;
    const tag = l.iso6391 ?? l.iso6393;
    const plain = l.name.replace(/\s*\([^)]*\)/g, '').trim();
    for (const n of [l.name, plain, plain.replace(/^Modern /, '')]) if (!tags.has(n)) tags.set(n, tag);
  }
  return [...tags];
}
