/**
 * Words of German interview transcripts (`Frage: …` / `SPIEGEL: …` / `Precht: …`). Written for this
 * project.
 */

/** Labels that always mark the interviewer's turns: the question, or the outlet asking. */
export const INTERVIEWER_LABELS: ReadonlySet<string> = new Set([
  'frage', 'f', 'interviewer', 'interviewerin', 'moderator', 'moderatorin', 'spiegel', 'der spiegel',
  'zeit', 'zeit online', 'stern', 'focus', 'welt', 'taz', 'sz', 'faz', 'dlf', 'deutschlandfunk', 'swr', 'ndr', 'wdr',
]);

/** Labels that mark the interviewee's turns without naming them (`Antwort:`, `A:`): the one the interviewer addresses speaks. */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['antwort', 'a']);

/** Sources that, in an interview turn, name the one who speaks in it (`ich`, `wir`). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['ich', 'wir', 'mir', 'mich', 'uns']);

/** Sources that, in an interview turn, address the other side or nobody (`Sie`, `man`): no one's claim. */
export const ADDRESSED: ReadonlySet<string> = new Set(['sie', 'du', 'ihr', 'man', 'euch']);

/** Pronouns that, as a source in an interview turn, point back into the talk (`Die schätzen …`, `…, die deuten an`): no one the turn names. */
export const POINTING: ReadonlySet<string> = new Set([
  'er', 'es', 'der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'dieser', 'diese', 'dieses', 'jener', 'jene',
]);

/** The reporter asking someone on the street (`Wir fragen sie`, `befragten`): the quotation after it is the answer of the one asked. */
export const ASKING = /^(?:ge|be)?fragt?e?n?$/u;

