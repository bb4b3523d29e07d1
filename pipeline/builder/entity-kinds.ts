// A helper thread that loads compromise while a cold build starts, and tags names for reconcile synchronously after.
import { Worker } from 'node:worker_threads';
import type { EntityValue } from '../model.ts';

/**
 * The shared words of a question and its answer: the state of the exchange, the kind answered (its index in KINDS),
 * the name's length and whether the helper has started; then the name as UTF-16 code units. The helper waits while
 * the state is not REQUEST, this thread while it is.
 */
export const CHANNEL = { STATE: 0, KIND: 1, LENGTH: 2, STARTED: 3, HEADER_BYTES: 16, CAPACITY: 4096 } as const;
export const STATE = { IDLE: 0, REQUEST: 1, ANSWER: 2, FAILED: 3, ERROR: 4 } as const;
export const KINDS: ReadonlyArray<EntityValue['kind']> = ['person', 'organization', 'place', 'other'];

/**
 * How long a question waits for the helper (its first, for compromise to load) before this thread tags names itself;
 * and how long for a helper that has not started running at all (its file missing, say: it then never answers).
 */
const TIMEOUT_MS = 30_000;
const START_MS = 3_000;

/**
 * Starts the helper (dist/entity-kinds.js) and gives the function reconcile asks (reconcile/facts.ts,
 * useEntityKinds): a name's kind, or undefined when the helper cannot answer (it failed to start or to load
 * compromise, it threw on this name, the name is longer than the channel) and reconcile tags it itself, with the
 * same function (reconcile/entity-kind.ts), so the kinds are the same either way. compromise loads in about 0.2 s,
 * which a cold single-article build otherwise spends in its first reconcile; the helper spends it on the other
 * core while this thread loads the program and reads and aligns the revisions.
 */
export function startEntityKinds(): (name: string) => EntityValue['kind'] | undefined {
  const shared = new SharedArrayBuffer(CHANNEL.HEADER_BYTES + CHANNEL.CAPACITY * 2);
  const words = new Int32Array(shared, 0, CHANNEL.HEADER_BYTES / 4);
  const text = new Uint16Array(shared, CHANNEL.HEADER_BYTES, CHANNEL.CAPACITY);
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./entity-kinds.js', import.meta.url), { workerData: shared, stdout: true, stderr: true });
    worker.unref();
  } catch {
    return () => undefined;
  }
  let usable = true;
  const stop = () => {
    usable = false;
    void worker?.terminate();
  };
  // a helper that failed or ended: this thread tags names itself
  worker.on('error', stop);
  worker.on('exit', () => (usable = false));
  const started = Date.now();
  return (name) => {
    if (!usable || name.length > CHANNEL.CAPACITY) return undefined;
    for (let i = 0; i < name.length; i++) text[i] = name.charCodeAt(i);
    words[CHANNEL.LENGTH] = name.length;
    if (Atomics.compareExchange(words, CHANNEL.STATE, STATE.IDLE, STATE.REQUEST) !== STATE.IDLE) {
      stop();
      return undefined;
    }
    Atomics.notify(words, CHANNEL.STATE);
    const until = Date.now() + TIMEOUT_MS;
    while (Atomics.load(words, CHANNEL.STATE) === STATE.REQUEST) {
      const running = Atomics.load(words, CHANNEL.STARTED) === 1;
      if (!running && Date.now() - started > START_MS) break;
      const left = until - Date.now();
      if (left <= 0) break;
      Atomics.wait(words, CHANNEL.STATE, STATE.REQUEST, running ? left : Math.min(left, 50));
    }
    const state = Atomics.load(words, CHANNEL.STATE);
    if (state === STATE.ANSWER || state === STATE.ERROR) {
      const kind = state === STATE.ANSWER ? KINDS[words[CHANNEL.KIND]] : undefined;
      Atomics.store(words, CHANNEL.STATE, STATE.IDLE);
      return kind;
    }
    stop();
    return undefined;
  };
}
