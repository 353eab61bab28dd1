/** German cue matching: finite cue verbs with their particle, perfect and passive participles, opinion nouns. */
import { AUXILIARIES, COMPLEMENTIZERS, DETERMINERS_DE, HOLD_FORMS, LIGHT_VERBS, MODALS, CAUSATIVE, SAID_THROUGH_OTHERS, NO_PASSIVE_CUE, OPINION_NOUNS, PARTICLE_REQUIRED, SUBORDINATORS } from '../lexicon/de-cues';
import { ATTRIBUTIVE_BEFORE, POSSESSIVES_LIKE_CUES, PREPOSITIONS } from '../lexicon/de-grammar';
import { type VerbForm } from './de-verbs';
import { isUpperInitial } from './text';
import { firstIn, Reader, reportedClause, VERBS } from './de-reader';
import { JUDGEMENT_ADJECTIVE, PASSIVE_AUX } from '../lexicon/de-shapes';

export interface CueMatch {
  cue: number[];
  verb: VerbForm;
  /** Token that stands in the finite verb's position. */
  finite: number;
  passive: boolean;
}

/** Matches cue verbs at token i: finite verbs with their particle, perfect and passive participles. */
export function matchVerb(r: Reader, i: number): CueMatch | undefined {
  const forms = VERBS.get(r.lower(i));
  if (!forms || r.quoted(i) || r.lower(i - 1) === 'zu') return undefined;
  if (i > r.s.t0 && isUpperInitial(r.text(i))) return undefined;
  // `in der bereits erwähnten Botschaft` · `in einer vorgestern veröffentlichten Videobotschaft`: a
  // participle used as an adjective before its noun.
  const attributive =
    ATTRIBUTIVE_BEFORE.has(r.lower(i - 1)) ||
    (DETERMINERS_DE.has(r.lower(i - 1)) && r.text(i - 2) !== ',') ||
    (DETERMINERS_DE.has(r.lower(i - 2)) && r.text(i - 3) !== ',' && /^\p{Ll}+$/u.test(r.text(i - 1)) && !VERBS.has(r.lower(i - 1)));
  if (isUpperInitial(r.text(i + 1)) && attributive && /(?:e|en|er|es|em)$/.test(r.lower(i))) return undefined;
  // `dem ich meine gezielte Werbung … lade`: a possessive before a noun, or before an adjective and a noun.
  const adjectiveThenNoun = /^\p{Ll}+(?:e|en|er|es|em)$/u.test(r.text(i + 1)) && isUpperInitial(r.text(i + 2));
  if (POSSESSIVES_LIKE_CUES.has(r.lower(i)) && (isUpperInitial(r.text(i + 1)) || adjectiveThenNoun)) return undefined;
  // `auf wiederholte Nachfrage`: after a preposition, an inflected form before a noun is an adjective.
  if (isUpperInitial(r.text(i + 1)) && PREPOSITIONS.has(r.lower(i - 1)) && /(?:e|en|er|es|em)$/.test(r.lower(i))) return undefined;
  const start = r.clauseStart(i);
  const participle = forms.find((f) => f.role === 'participle');
  if (participle) {
    for (let a = i - 1; a >= start; a--) {
      if (!AUXILIARIES.has(r.lower(a))) continue;
      const passive = PASSIVE_AUX.has(r.lower(a));
      if (passive && NO_PASSIVE_CUE.has(participle.lemma)) return undefined;
      return { cue: [a, i], verb: participle, finite: a, passive };
    }
    const after = r.lower(i + 1);
    if (AUXILIARIES.has(after) && SUBORDINATORS.has(r.lower(start)))
      return { cue: [i, i + 1], verb: participle, finite: i + 1, passive: PASSIVE_AUX.has(after) };
  }
  const finite = forms.filter((f) => f.role === 'finite');
  if (finite.length === 0) return undefined;
  // `Können Sie uns kurz erläutern, …`: an infinitive after a modal is no statement made.
  const infinitive = finite.some((f) => f.lemma.split('|').pop() === r.lower(i) || f.lemma.replace(/\|/g, '') === r.lower(i));
  if (infinitive) {
    for (let a = i - 1; a >= start; a--) if (MODALS.has(r.lower(a))) return undefined;
    // `Nachrichten schreiben können Computer`: a fronted infinitive before its modal.
    if (MODALS.has(r.lower(i + 1))) return undefined;
    if (CAUSATIVE.has(r.lower(i + 1)) && !SAID_THROUGH_OTHERS.has(r.lower(i))) return undefined;
    // `Der Minister ließ mitteilen, dass …`: `ließ` is the finite verb, its subject the speaker.
    const plainForm = finite.find((f) => !f.particle);
    if (plainForm && SAID_THROUGH_OTHERS.has(r.lower(i)))
      for (let a = i - 1; a >= start; a--) if (CAUSATIVE.has(r.lower(a))) return { cue: [a, i], verb: plainForm, finite: a, passive: false };
  }
  const end = r.clauseEnd(i + 1);
  const last = r.lower(end - 1);
  const withParticle = finite.find((f) => f.particle && (last === f.particle || r.lower(end - 2) + r.lower(end - 1) === f.particle));
  if (withParticle) return { cue: [i, end - 1], verb: withParticle, finite: i, passive: false };
  // `wie die Firma am Morgen bekannt gab`: in a verb-final clause the particle may stand before the verb.
  const before = finite.find((f) => f.particle && r.lower(i - 1) === f.particle && i - 1 > start);
  if (before && (end === i + 1 || r.isBreak(i + 1))) return { cue: [i - 1, i], verb: before, finite: i, passive: false };
  const joined = (f: VerbForm) => f.lemma.includes('|') && r.lower(i).startsWith(f.lemma.split('|')[0]);
  const plain = finite.find((f) => !f.particle && (!PARTICLE_REQUIRED.has(f.lemma) || joined(f)));
  if (plain) return { cue: [i], verb: plain, finite: i, passive: false };
  return undefined;
}

/** Tokens from `hält` to the `für` of `hält diese Fülle an Genen für bemerkenswert`: the object's length. */
const HELD_OBJECT_WINDOW = 12;

/**
 * `Sie hält diese Fülle an Genen für bemerkenswert`: an object judged by an adjective that ends the
 * clause (`für möglich`, `für „realistisch“`); the object and judgement are the claim. Not `hält
 * Vorräte für den Winter`, whose `für` governs a noun.
 */
function heldFor(r: Reader, i: number): CueMatch | undefined {
  for (let n = i + 2; n < Math.min(r.end, i + HELD_OBJECT_WINDOW); n++) {
    if (r.lower(n) !== 'für') continue;
    // `halten es nicht mehr für nötig, … zu prüfen`: the object `es` stands for the clause after it, whose
    // words alone would say the opposite of the judgement.
    if (firstIn(r, i + 1, n, (w) => w === 'es') >= 0) return undefined;
    const judged = r.opensQuote(n + 1) ? n + 2 : n + 1;
    const end = r.closesQuote(judged + 1) ? judged + 2 : judged + 1;
    if (!JUDGEMENT_ADJECTIVE.test(r.text(judged)) || !(end >= r.end || r.isBreak(end) || /^[.!?]$/.test(r.text(end)))) return undefined;
    return { cue: [i], verb: { lemma: 'halten', frames: ['object'], role: 'finite' }, finite: i, passive: false };
  }
  return undefined;
}

/**
 * A light verb with an opinion noun and a content clause: `Einige vertreten die Auffassung, die Welt
 * befände sich …` · `Die Experten kamen zu dem Ergebnis, dass …`.
 */
export function matchOpinion(r: Reader, i: number): CueMatch | undefined {
  if (r.quoted(i)) return undefined;
  // `Beobachter halten es für unwahrscheinlich, dass …`
  if (HOLD_FORMS.has(r.lower(i))) {
    for (let n = i + 1; n < Math.min(r.end, i + 6); n++) {
      if (r.isBreak(n)) return undefined;
      if (r.lower(n) !== 'für' || r.text(n + 2) !== ',' || !reportedClause(r, n + 3)) continue;
      return { cue: [i, n, n + 1], verb: { lemma: 'halten', frames: [], role: 'finite' }, finite: i, passive: false };
    }
    return heldFor(r, i);
  }
  // `Im Mai wurde bekannt, dass …`: news that became known, from nobody named.
  if (r.lower(i) === 'bekannt' && PASSIVE_AUX.has(r.lower(i - 1)) && r.text(i + 1) === ',' && COMPLEMENTIZERS.has(r.lower(i + 2)))
    return { cue: [i - 1, i], verb: { lemma: 'bekannt werden', frames: [], role: 'participle' }, finite: i - 1, passive: true };
  if (!LIGHT_VERBS.has(r.lower(i))) return undefined;
  for (let n = i + 1; n < Math.min(r.end, i + 5); n++) {
    if (r.isBreak(n)) return undefined;
    if (!OPINION_NOUNS.has(r.lower(n))) continue;
    if (r.text(n + 1) !== ',' || !reportedClause(r, n + 2)) return undefined;
    return { cue: [i, n], verb: { lemma: r.lower(n), frames: [], role: 'finite' }, finite: i, passive: false };
  }
  return undefined;
}
