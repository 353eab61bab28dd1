import { IRREGULAR_FORMS, WEAK_VERBS, type Frame } from '../lexicon/de-cues';

export interface VerbForm {
  lemma: string;
  /** Separable particle that belongs to the cue when it closes the clause (`auf`). */
  particle?: string;
  frames: Frame[];
  /** `finite` stands in second or last position; `participle` goes with an auxiliary. */
  role: 'finite' | 'participle';
}

/** Prefixes after which the past participle takes no `ge-`. */
const INSEPARABLE = /^(?:be|ge|er|ver|zer|ent|emp|miss|wider|hinter|unter|über)/;

function weakForms(base: string): { finite: string[]; participle: string } {
  const stem = /[lr]n$/.test(base) && !/en$/.test(base.slice(-2)) ? base.slice(0, -1) : base.replace(/e?n$/, '');
  const needsE = /(?:[td]|(?:[^aeiouäöülrh]|[^aeiouäöü]h)[mn])$/.test(stem);
  const e = needsE ? 'e' : '';
  const ge = INSEPARABLE.test(base) || /ieren$/.test(base) ? '' : 'ge';
  return {
    finite: [`${stem}${e}t`, base, `${stem}${e}te`, `${stem}${e}ten`, `${stem}e`],
    participle: `${ge}${stem}${e}t`,
  };
}

/** Every inflected form of the cue verbs, lower-case, mapped to what it is. */
export function buildVerbForms(): Map<string, VerbForm[]> {
  const forms = new Map<string, VerbForm[]>();
  const add = (form: string, v: VerbForm) => {
    const list = forms.get(form) ?? [];
    if (!list.some((x) => x.lemma === v.lemma && x.role === v.role)) list.push(v);
    forms.set(form, list);
  };
  for (const [lemma, frames] of Object.entries(WEAK_VERBS)) {
    const parts = lemma.split('|');
    const base = parts[parts.length - 1];
    const particle = parts.length > 1 ? parts.slice(0, -1).join('') : undefined;
    const irregular = IRREGULAR_FORMS[lemma];
    const finite = irregular ? [...irregular.present, ...irregular.past, ...(irregular.kj1 ?? [])] : weakForms(base).finite;
    const participle = irregular ? irregular.participle : (particle ?? '') + weakForms(base).participle;
    for (const f of finite) add(f, { lemma, particle, frames, role: 'finite' });
    // In verb-final clauses the particle joins the verb: `wie die Polizei mitteilte`.
    if (particle) for (const f of finite) add(particle + f, { lemma, frames, role: 'finite' });
    if (participle && !participle.includes(' ')) add(participle, { lemma, particle, frames, role: 'participle' });
  }
  return forms;
}
