// Loads compromise, the NLP library that tells what kind of name a name is (facts.ts), from the bundle's own build.
import { createRequire } from 'node:module';
import type nlp from 'compromise';

/**
 * In the bundle: dist/compromise.cjs, compromise built with its lexicon already expanded (scripts/compromise-bundle.mjs;
 * the expanded lexicon is dist/compromise-pretagger.json, which it reads).
 */
declare const BRIEF_COMPROMISE: string | undefined;

/**
 * The bundle loads dist/compromise.cjs: compromise built from its own sources with the model of its part-of-speech
 * pre-tagger computed at bundle time (checked there to be the same model), which loads in well under half the time
 * of the package's build. Without it (run from the sources, or a file missing) the package's CommonJS build.
 * `require` gives one shared instance to every caller.
 */
export function loadCompromise(): typeof nlp {
  const require = createRequire(import.meta.url);
  if (typeof BRIEF_COMPROMISE === 'string') {
    try {
      return require(BRIEF_COMPROMISE) as typeof nlp;
    } catch (error) {
      // the script or its JSON missing: the package
      const code = (error as NodeJS.ErrnoException)?.code;
      if (code !== 'MODULE_NOT_FOUND' && code !== 'ENOENT') throw error;
    }
  }
  return require('compromise') as typeof nlp;
}
