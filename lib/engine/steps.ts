/**
 * Extraction runs as a generator that pauses every so often, so that a caller with other work
 * (the background serving several tabs) can interleave it; `finish` runs one to the end at once.
 * Pausing changes nothing in the result: the same code runs either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Units of work (tokens, marks, characters scanned) between two pauses: about a millisecond. */
export const STEP_UNITS = 4096;
/** Sentences between two pauses; each holds at most MAX_SENTENCE_TOKENS tokens. */
export const STEP_SENTENCES = 16;
/** Attributions between two pauses while their sources are resolved. */
export const STEP_CANDIDATES = 256;

/** Runs `steps` to the end without pausing and returns its result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
