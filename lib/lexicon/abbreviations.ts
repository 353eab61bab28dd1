/**
 * Words that end in a period without ending the sentence (`240 Mrd. US-Dollar`, `Dr. Weber`,
 * `Sen. Warren`). Lower-case, without the period. Written for this project.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // German
  'mrd', 'mio', 'tsd', 'dr', 'prof', 'bzw', 'ca', 'nr', 'str', 'st', 'hl', 'vgl', 'ggf', 'evtl', 'inkl',
  'zzgl', 'usw', 'etc', 'abs', 'art', 'bd', 'jh', 'jhd', 'min', 'max', 'sog', 'u', 'z', 'b', 'a', 'o', 'v',
  'd', 'h', 'i', 'e', 's', 'dt', 'engl', 'franz', 'geb', 'gest', 'hrsg', 'bspw', 'einschl', 'ehem', 'allg',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'tel', 'zit', 'mdb',
  'mdl', 'rd', 'stv', 'gen', 'kap', 'abg', 'präs', 'vors', 'ltd', 'bzgl', 'ziff', 'ref',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'sen', 'rep', 'reps', 'gov', 'lt', 'col', 'capt', 'sgt', 'gen', 'adm',
  'cmdr', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'vs', 'no', 'nos', 'fig', 'inc', 'corp',
  'co', 'mt', 'ft', 'sept', 'oct', 'dec', 'mar', 'est', 'approx', 'dept', 'univ', 'assn', 'bros', 'ave',
  'blvd', 'calif', 'conn', 'fla', 'ga', 'ill', 'mass', 'mich', 'minn', 'pa', 'tenn', 'tex', 'va', 'wash',
  'wis', 'ariz', 'colo', 'ky', 'la', 'md', 'mo', 'nev', 'okla', 'ore',
]);

/** Abbreviations that do end a sentence when a capitalised word follows (`… of Apple Inc. The …`). */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'etc', 'usw', 'jr', 'sr']);

/** German month names: `am 3. Oktober` is an ordinal date, not a sentence end. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember',
]);
