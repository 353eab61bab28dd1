/**
 * Words that tell what kind of speaker a source is, and words that never name one. Written for
 * this project; lower-case.
 */

import { REPORT_NOUNS } from './de-cues';

/** Personal pronouns that stand for an earlier speaker (`Er betonte` → the last person quoted). */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'er', 'sie', 'he', 'she', 'they', 'ich', 'i', 'wir', 'we', 'ihr', 'his', 'her', 'ihm', 'ihnen',
]);

/** Pronouns that, left as a speaker's name, found no antecedent: they name nobody a reader can tell (`Sie`, `it`). */
export const NAMELESS_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS, 'it', 'es', 'man', 'you', 'du', 'one']);

/** Determiners and possessives stripped from a source to name its entity (`die Staatsmedien`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'the', 'a', 'an',
  'sein', 'seine', 'ihr', 'ihre', 'his', 'her', 'their', 'its', 'dieser', 'diese', 'dieses', 'this', 'that',
]);

/** Heads of sources that are news media. */
export const MEDIA_WORDS = [
  'medien', 'staatsmedien', 'zeitung', 'zeitungen', 'agentur', 'nachrichtenagentur', 'sender', 'fernsehen',
  'rundfunk', 'tageszeitung', 'magazin', 'blatt', 'presse', 'media', 'newspaper', 'paper', 'agency', 'broadcaster',
  'television', 'tv', 'magazine', 'outlet', 'outlets', 'reuters', 'afp', 'dpa', 'ap', 'apa', 'kna', 'epd', 'sid',
  'bbc', 'cnn', 'ard', 'zdf', 'spiegel', 'bild', 'faz', 'times', 'post', 'journal', 'guardian', 'xinhua',
  'tass', 'interfax', 'bloomberg', 'politico', 'axios', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'tagesschau', 'radio',
  'station', 'network', 'channel', 'website', 'blog', 'podcast', 'sender', 'nachrichtensender',
];

/** Heads of sources that are organisations. */
export const ORGANISATION_WORDS = [
  'regierung', 'ministerium', 'polizei', 'partei', 'verband', 'behörde', 'behörden', 'gericht', 'kommission',
  'rat', 'institut', 'universität', 'unternehmen', 'konzern', 'bank', 'amt', 'bundesamt', 'verwaltung', 'firma',
  'gewerkschaft', 'kreml', 'weiße haus', 'pentagon', 'armee', 'militär', 'bundeswehr', 'staatsanwaltschaft',
  'stiftung', 'verein', 'organisation', 'ag', 'gmbh', 'se', 'fraktion', 'senat', 'parlament', 'bundestag',
  'government', 'ministry', 'department', 'police', 'party', 'agency', 'court', 'commission', 'council',
  'institute', 'university', 'company', 'firm', 'bank', 'office', 'administration', 'campaign', 'committee',
  'white house', 'kremlin', 'pentagon', 'army', 'military', 'union', 'board', 'inc', 'corp', 'group', 'palace',
  'foundation', 'association', 'senate', 'congress', 'house', 'fbi', 'cia', 'nato', 'un', 'uno', 'eu', 'who', 'pac', 'coalition', 'caucus', 'organization',
  // Churches are named after people and saints (`Emanuel African Methodist Episcopal Church`): the denomination says it is none.
  'church', 'methodist', 'episcopal', 'baptist', 'presbyterian', 'lutheran', 'cathedral', 'synagogue', 'mosque',
];

/** Acronyms that name a body only as written in capitals or lower case (`UN`, `dpa`), never as a name's word (`Kim Jong Un`). */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set([
  'un', 'uno', 'eu', 'who', 'fbi', 'cia', 'ag', 'se', 'tv', 'afp', 'dpa', 'ap', 'apa', 'kna', 'epd', 'sid', 'bbc', 'cnn', 'ard', 'zdf', 'faz', 'nbc', 'abc', 'cbs', 'npr',
]);

/** Heads of sources that are groups of people, not one speaker. */
export const GROUP_WORDS = [
  'experten', 'kritiker', 'beobachter', 'analysten', 'ärzte', 'forscher', 'wissenschaftler', 'ermittler',
  'anwohner', 'augenzeugen', 'zeugen', 'diplomaten', 'insider', 'kreise', 'politiker', 'abgeordnete',
  'vertreter', 'mitarbeiter', 'beamte', 'demonstranten', 'bürger', 'menschen', 'teilnehmer', 'befürworter',
  'gegner', 'anwälte', 'fans', 'eltern', 'schüler', 'studenten', 'bewohner', 'nutzer', 'ökonomen', 'händler',
  'experts', 'critics', 'observers', 'analysts', 'doctors', 'researchers', 'scientists', 'investigators',
  'residents', 'witnesses', 'diplomats', 'insiders', 'officials', 'sources', 'people', 'lawmakers',
  'democrats', 'republicans', 'voters', 'protesters', 'supporters', 'opponents', 'lawyers', 'aides',
  'advisers', 'advisors', 'economists', 'traders', 'members', 'leaders', 'workers', 'staff', 'students',
  'parents', 'authorities', 'activists', 'organizers', 'prosecutors', 'polls', 'poll', 'survey', 'studie',
  'umfrage', 'bericht', 'report', 'study',
];

/** Sources that name nobody in particular (`Insider`, `informierte Kreise`, `people familiar with …`). */
export const ANONYMOUS_SOURCES = [
  'insider', 'informierte kreise', 'kreise', 'quellen', 'quelle', 'people familiar', 'sources', 'a source',
  'anonymous', 'anonym', 'unnamed', 'someone', 'jemand', 'man ',
];

/** Nouns that, standing alone as a source, name nobody (`ergänzte die Person`, `a person`). */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set(['person', 'personen']);

/** Capitalised words that begin or end a run of capitalised words without being part of a name. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof',
  'Herr', 'Frau', 'Laut', 'Nach', 'Wie', 'So', 'Er', 'Sie', 'Es', 'He', 'She', 'It', 'They', 'In', 'Im', 'Am',
  'On', 'At', 'Bei', 'Auch', 'Und', 'And', 'But', 'Aber', 'When', 'While', 'After', 'Before', 'If', 'As',
  'Since', 'Although', 'Though', 'Because', 'During', 'Then', 'Still', 'Yet', 'Now', 'Also', 'This', 'That',
  'These', 'Those', 'Her', 'His', 'Their', 'Our', 'My', 'Your', 'Its', 'We', 'You', 'I', 'Wenn', 'Als',
  'Während', 'Nachdem', 'Dass', 'Ob', 'Weil', 'Da', 'Doch', 'Dann', 'Nun', 'Jetzt', 'Wir', 'Ich', 'Ihr',
  'Sein', 'Seine', 'Ihre', 'Dieser', 'Diese', 'Dieses',
  // German prepositions and contractions opening a sentence (`Zum Glück`, `Beim Treffen`).
  'Zum', 'Zur', 'Vom', 'Beim', 'Ins', 'Mit', 'Von', 'Für', 'Über', 'Unter', 'Aus', 'Vor', 'Seit', 'Durch', 'Trotz',
  'Wegen', 'Zu', 'Um', 'Ohne', 'Gegen', 'Neben', 'Zwischen', 'Hinter', 'Ab', 'Bis', 'Dabei', 'Dazu', 'Damit',
  'Auf', 'Inmitten', 'Angesichts', 'Gemäß', 'Infolge', 'Entgegen', 'Anstatt', 'Statt', 'Innerhalb', 'Außerhalb', 'Jenseits',
  // German quantifiers opening a sentence (`Viele Viren stammen …`).
  'Viele', 'Einige', 'Manche', 'Mehrere', 'Alle', 'Beide', 'Wenige', 'Zahlreiche', 'Andere', 'Weitere', 'Sämtliche',
]);

/** German adjectives by their ending (`Transponierbare Elemente`, `Zahlreiche Forscher`, `Nationale Egoismen`): a capitalised one opens a sentence, no name. */
export const ADJECTIVE_DE = /\p{Ll}(?:bar|lich|ig|sam|haft|reich|al|iv|ell|isch)(?:e|en|er|es)$/u;

/** German past participles used as adjectives (`Geschlossene Grenze`, `Gestiegene Preise`): capitalised only where they open a sentence or heading. */
export const PARTICIPLE_DE = /^Ge\p{Ll}{2,}(?:en|t)(?:e|en|er|es)$/u;

/** Lower-case particles inside a person's name (`Kris de Decker`, `Rafael van der Vaart`); German `von` is left out, it mostly means `of`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'di', 'da', 'del', 'du', 'ten', 'ter', 'dos']);
/** Particles that follow a first one inside a name (`van der`, `de la`). */
export const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le', 'los']);

/** German possessives (`seinem Wohnort Barcelona`): like an article, they make the capitalised word after them a noun. */
export const POSSESSIVES_DE: ReadonlySet<string> = new Set([
  'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres',
  'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines',
  'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines', 'euer', 'eure', 'eurem', 'euren', 'eurer', 'eures', 'dessen', 'deren',
]);

/**
 * Nouns for offices and roles, matched at the end of a word (`US-Präsident`, `Kremlberater`): such a
 * source stands for a person named elsewhere in the article.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'chef', 'chefin', 'sprecher',
  'sprecherin', 'vorsitzende', 'vorsitzender', 'premier', 'premierminister', 'bürgermeister', 'bürgermeisterin',
  'trainer', 'direktor', 'direktorin', 'leiter', 'leiterin', 'amtskollege', 'kollege', 'berater', 'beraterin',
  'experte', 'expertin', 'anwalt', 'anwältin', 'richter', 'richterin', 'botschafter', 'botschafterin',
  'gouverneur', 'kommissar', 'kommissarin', 'generalsekretär', 'bischof', 'papst', 'politiker', 'politikerin',
  'abgeordnete', 'abgeordneter', 'president', 'chancellor', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'leader', 'governor', 'senator', 'mayor', 'ceo', 'chairman', 'director', 'coach',
  'adviser', 'advisor', 'lawyer', 'judge', 'ambassador', 'commissioner', 'official', 'duchess', 'duke',
  'prince', 'princess', 'queen', 'king', 'herzogin', 'herzog', 'prinz', 'prinzessin', 'königin', 'könig',
]);

/**
 * Nouns that carry a source rather than being one (`Angaben der Polizei`, `Berichten der BBC`,
 * `eigenen Angaben`): the speaker is the genitive after them, or the one just named. The German
 * REPORT_NOUNS, which also mark according-to phrases, plus German carriers that ACCORDING_NOUNS
 * leaves out (`Stellungnahme`, `Sicht`, documents such as `Pressemitteilung`) and English ones; unlike ACCORDING_NOUNS it holds no noun
 * that is a source itself (`Studie`).
 */
export const CARRIER_NOUNS: ReadonlySet<string> = new Set([
  ...REPORT_NOUNS,
  'darstellungen', 'stellungnahme', 'sicht',
  // Documents a speaker issues: `Pressemitteilung des Konzerns` is the Konzern speaking.
  'pressemitteilung', 'presseerklärung', 'verlautbarung', 'erklärung', 'schreiben', 'mitteilungen',
  // Parts of a document: `in der Einleitung des Entwurfs` is the Entwurf speaking.
  'einleitung', 'begründung', 'zusammenfassung',
  'statements', 'statement', 'reports', 'report', 'estimates', 'figures', 'data',
]);
