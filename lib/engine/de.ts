import type { Candidate, Doc } from './doc';

/** German attribution rules. */
export function extractGerman(doc: Doc): Candidate[] {
  void doc;
  return [];
}
