// compromise, the NLP library that tells a name's kind: loaded on first use, and the kind of a name as it tags it.
import { createRequire } from 'node:module';
import type nlp from 'compromise';
import type { EntityValue } from '../model.ts';

/** In the bundle, compromise built at bundle time with its lexicon already expanded (scripts/compromise-bundle.mjs). */
declare const BRIEF_COMPROMISE: string | undefined;

/**
 * compromise's lexicon is slow to initialise, so it is loaded only when a name is first tagged (`brief parse` of a
 * sectioned export and `--version` never pay for it). The bundle loads dist/compromise.cjs: compromise built from
 * its own sources with the part-of-speech lexicon expanded at bundle time (the same model, checked there), which
 * loads in about half the time; without it (run from the sources, or that file missing) the package's CommonJS build.
 */
export function loadCompromise(): typeof nlp {
  const require = createRequire(import.meta.url);
  if (typeof BRIEF_COMPROMISE === 'string') {
    try {
      return require(BRIEF_COMPROMISE) as typeof nlp;
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  return require('compromise') as typeof nlp;
}

/** The kind of a name as compromise tags it (reconcile/facts.ts; builder/entity-kinds-thread.ts). */
export function compromiseKind(compromise: typeof nlp, name: string): EntityValue['kind'] {
  const doc = compromise(name);
  return doc.people().found ? 'person' : doc.organizations().found ? 'organization' : doc.places().found ? 'place' : 'other';
}
