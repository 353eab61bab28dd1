/**
 * Word shapes and marks that the German rules in `lib/engine/de-*.ts` read as grammar: clause
 * breaks, adjective and verb endings, compounds. Written for this project.
 */
import { IMPERSONAL } from './de-cues';

/** Marks that end a clause. */
export const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—']);
/** Marks that set off a parenthetical `so X` (`…, so Canny, …` · `– so Canny –`). */
export const PARENTHESIS_OPEN = new Set([',', '–', '—', '(']);
/** Auxiliaries of the passive (`wurde gesagt`), from the impersonal-cue lexicon. */
export const PASSIVE_AUX = IMPERSONAL.passiveAux;
/** A noun compound with a lower-case first part: `ai-Bericht`, `iPhone-Hersteller`, `e-Mail`. */
export const LOWER_COMPOUND = /^[\p{Ll}\d][\p{L}\d]*-\p{Lu}[\p{L}\d-]*$/u;
/** News agencies that write their names small (`die Nachrichtenagentur dpa`, `der epd`): a name, so part of the noun phrase. */
export const LOWER_AGENCY = /^(?:dpa|afp|apa|epd|kna|sid|ddp|dts)$/;
/** Zu-infinitives written as one word: `aufzubauen`, `anzukündigen`. */
export const ZU_INFIX = /^\p{Ll}+zu\p{Ll}+en$/u;
/**
 * An uninflected adjective that judges (`hält das für bemerkenswert`, `für möglich`, `für falsch`):
 * the endings of such adjectives and a few short ones, never a pronoun or an article.
 */
export const JUDGEMENT_ADJECTIVE = /^(?:\p{Ll}[\p{Ll}-]*(?:bar|lich|ig|isch|wert|sam|haft|los|voll|fähig|gerecht)|falsch|gut|schlecht|klug|absurd|fatal|naiv|fair|unfair)$/u;

/** An inflected adjective or participle: lower-case with an adjective ending. */
export const ADJECTIVE = /^[\p{Ll}\d][\p{Ll}\d-]*(?:e|en|er|es|em)$/u;
/** An adjective in the weak form after `die` (`die neue`): lower-case, ending in -e. */
export const WEAK_ADJECTIVE = /^\p{Ll}+e$/u;
/** An adjective declined after an article (`des neuen`, `aus dem benachbarten`): lower-case, no neuter -es. */
export const DECLINED_ADJECTIVE = /^\p{Ll}+(?:e|en|er|em)$/u;
/** An adjective after an indefinite article in the nominative (`ein junger`, `eine ältere`). */
export const NOMINATIVE_ADJECTIVE = /^\p{Ll}+(?:e|en|er)$/u;
/** A capitalised word, hyphenated ones included (`Bundesregierung`, `Baden-Württemberg`): a noun or a name. */
export const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** One-word fronted adverbs (`Unterdessen`, `Relativierend`, `Ursprünglich`): the subject follows the verb. */
export const ADVERB_SHAPE = /^\p{Ll}+(?:end|weise|dessen|gegen|dem|her|hin|mals|lich|falls|wärts|seits|ens|gemäß)$/u;
/** A lower-case finite verb after `und` ends an object claim (`nannte X „fahrlässig“ und verwies …`). */
export const FINITE_SHAPE = /^\p{Ll}+(?:te|ten|t)$/u;


/** A lower-case preterite (`gratulierte`), not an ordinal or superlative (`letzte`, `erste`). */
export const PRETERITE_SHAPE = /^\p{Ll}{3,}(?<!s|z)(?:te|ten)$/u;

/** A past participle (`gekommen`, `teilgenommen`, `verkauft`, `kassiert`, `worden`): before `sein`/`haben` after `sollen` hearsay, before `werden` a plan. */
export const PERFECT_PARTICIPLE = /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|teil|um|vor|weg|zu|zurück|zusammen)?ge\p{Ll}+(?:t|en)$|^(?:be|emp|ent|er|ver|zer|miss)\p{Ll}+(?:t|en)$|iert$|^worden$|^gewesen$/u;

/** A byline or credit line on a line of its own; its last name after a comma or colon is the newsroom (`Von A und B, NDR` · `Quelle: MDR THÜRINGEN/ls`). */
export const BYLINE = /^(?:Von [^\n]{0,120}?, |Quelle: )([\p{Lu}][\p{L}\d .&-]{0,40}?)(?:\/\p{Ll}{1,4})?[ \t]*$/gmu;

/** Heads of `nach …` that name what a newsroom found out itself (`Informationen`, `Recherchen`, `NDR-Recherchen`). */
export const OWN_FINDINGS = /^(?:[\p{L}]+-)?(?:informationen|recherchen|recherche)$/u;
