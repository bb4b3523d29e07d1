// The helper thread of builder/entity-kinds.ts (dist/entity-kinds.js): loads compromise, then answers names' kinds.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';
import type nlp from 'compromise';
import { compromiseKind, loadCompromise } from '../reconcile/compromise.ts';
import { CHANNEL, KINDS, STATE } from './entity-kinds.ts';

const shared = workerData as SharedArrayBuffer;
const words = new Int32Array(shared, 0, CHANNEL.HEADER_BYTES / 4);
const text = new Uint16Array(shared, CHANNEL.HEADER_BYTES, CHANNEL.CAPACITY);
Atomics.store(words, CHANNEL.STARTED, 1);

let compromise: typeof nlp | undefined;
try {
  // compiled from V8's code cache when `make` left one that holds compromise (bin/code-cache.cjs), as bin/brief would
  if (process.env.BRIEF_CODE_CACHE !== '0') {
    try {
      const cache = createRequire(import.meta.url)('../bin/code-cache.cjs') as { readCache(): { modules: Map<string, unknown> }; compileModules(modules: Map<string, unknown>): void };
      cache.compileModules(cache.readCache().modules);
    } catch {
      // no cache: compiled as Node compiles it
    }
  }
  compromise = loadCompromise();
} catch {
  Atomics.store(words, CHANNEL.STATE, STATE.FAILED);
  Atomics.notify(words, CHANNEL.STATE);
}

// Answers until the process ends (the thread is unreferenced: it never keeps brief running).
while (compromise) {
  const state = Atomics.load(words, CHANNEL.STATE);
  if (state !== STATE.REQUEST) {
    Atomics.wait(words, CHANNEL.STATE, state);
    continue;
  }
  let name = '';
  for (let i = 0; i < words[CHANNEL.LENGTH]; i++) name += String.fromCharCode(text[i]);
  try {
    words[CHANNEL.KIND] = KINDS.indexOf(compromiseKind(compromise, name));
    Atomics.store(words, CHANNEL.STATE, STATE.ANSWER);
  } catch {
    Atomics.store(words, CHANNEL.STATE, STATE.ERROR);
  }
  Atomics.notify(words, CHANNEL.STATE);
}
