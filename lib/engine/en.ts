import type { Candidate, Doc } from './doc';

/** English attribution rules. */
export function extractEnglish(doc: Doc): Candidate[] {
  void doc;
  return [];
}
