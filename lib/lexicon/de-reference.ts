/**
 * German words that tell what a source refers back to: titles that give a person's gender,
 * spokespeople's titles and descriptions of companies and bodies. Written for this project.
 */

/** Titles before a woman's name. */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['Frau', 'Dr.in', 'Mag.a']);

/** Endings of women's first names (`Catherine`, `Sabine`, `Christina`, `Michelle`, `Julia`): rarely a man's. */
export const FEMALE_FIRST_NAME = /^\p{Lu}\p{Ll}+(?:ine|ina|ette|elle|ia)$/u;

/** Titles before a man's name. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['Herr', 'Herrn']);

/** Indefinite articles: `ein Sprecher` introduces somebody new, never a person named before. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen']);

/** Spokespeople's titles (`Sprecher`, `Pressesprecherin`, `Konzern-Sprecher`): they speak for a body, not for the last person named. */
export const SPOKESPERSON = /^(?:\p{L}+-?)?[Ss]precher(?:in)?$/u;

/**
 * Descriptions of companies and bodies that stand for the one named before them (`das Unternehmen`
 * → Facebook, `Angaben des Konzerns` → Rheinmetall), lower-case and without a genitive ending.
 */
export const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([
  'unternehmen', 'konzern', 'firma', 'hersteller', 'betreiber', 'anbieter', 'autobauer', 'händler',
  'veranstalter', 'verein', 'klub', 'club', 'ministerium', 'behörde', 'organisation', 'verband',
  'institut', 'start-up', 'startup', 'modehaus', 'mutterkonzern', 'tochter', 'tochtergesellschaft',
]);

/** Description nouns whose compounds are a body's own name (`das Vereinigungsministerium` → `das Ministerium`), unlike `der Autokonzern`. */
export const NAMED_BY_COMPOUND: ReadonlySet<string> = new Set(['ministerium', 'behörde', 'institut', 'verband']);

/**
 * Members named after their body, with the endings of the body's name (`die Rechnungsprüfer` of the
 * `Rechnungshof`, `die Verfassungsrichter` of the `Verfassungsgericht`, `die Kartellwächter` of the
 * `Kartellamt`): the body speaks through them.
 */
export const MEMBERS_OF_BODY: ReadonlyMap<string, readonly string[]> = new Map([
  ['prüfer', ['hof', 'amt', 'behörde']],
  ['richter', ['gericht', 'hof']],
  ['wächter', ['amt', 'behörde', 'aufsicht']],
  ['banker', ['bank']],
  ['ermittler', ['amt', 'behörde']],
]);

/**
 * Kinds of body written before a body's name (`die Organisation Künstler helfen Künstlern`, `die
 * Tierschutzorganisation „Peta“`): the kind is no part of the name.
 */
export const BODY_KIND = /^(?:\p{L}*[Oo]rganisation|Partei|Firma|Initiative|Bürgerinitiative)$/u;

/**
 * Nouns that describe a person named before (`der 54-Jährige`, `die Wissenschaftlerin`, `der
 * Gezeichnete`, `die Kauffrau`): with a definite article they refer back, like a pronoun.
 */
export const PERSON_DESCRIPTION = /^(?:\d+-[Jj]ährige[nr]?|\p{Lu}?\p{Ll}*(?:[Mm]ann|[Ff]rau)|Aktivist|Ökonom|Gezeichneten?|Verstorbenen?|Angeklagten?|Betroffenen?|\p{Lu}\p{Ll}+(?:erin|istin|entin|antin|login|ologe|ologin|forscher|wissenschaftler|mediziner|ökonom|ökonomin|aktivist|soph|sophin)|Franzose|Französin|Brite|Britin|Russe|Russin|Pole|Polin|Türke|Türkin|Grieche|Griechin|Chinese|Chinesin|Schwede|Schwedin|Däne|Dänin|Ire|Irin|Schotte|Schottin|Deutsche|Amerikaner|Italiener|Spanier|Österreicher|Schweizer|Japaner|Ukrainer|Niederländer|Belgier|Luxemburger|Norweger)$/u;

/** Plural person nouns before names (`die Biologen Ann Roe und Eva Lind`): a description of the names after them, no part of them. */
export const PERSONS_DESCRIPTION = /^\p{Lu}\p{Ll}+(?:ologen|ologinnen|ökonomen|aktivisten|ärzte|innen)$/u;

/** Words before a name that make it no subject (`wie Molina`, `mit Macron`, `für Merkel`): a pronoun in the same sentence stands for somebody else. */
export const OBJECT_MARKERS: ReadonlySet<string> = new Set([
  'wie', 'als', 'mit', 'von', 'vom', 'für', 'gegen', 'bei', 'beim', 'an', 'auf', 'über', 'unter', 'zu', 'zum', 'zur', 'nach', 'vor',
  'aus', 'um', 'ohne', 'durch', 'neben', 'zwischen', 'hinter', 'trotz', 'wegen', 'laut', 'seit', 'dank', 'gemäß', 'und', 'oder',
  'den', 'dem', 'des', 'ihm', 'ihn', 'ihr', 'ihnen', 'einen', 'einem',
]);

/**
 * Endings of German nouns for fields and institutions (`Bioinformatik`, `Biologie`, `Kultur`,
 * `Polizei`): after a preposition and before a name (`Direktor für Bioinformatik Timothy Sackton`)
 * such a word is the preposition's object, no part of the name.
 */
export const FIELD_NOUN = /\p{Ll}(?:ik|ie|ur|ei|ung|heit|keit|schaft|ion|tät)$/u;

/** A person's age as a description (`die 18-Jährige`, `der 54-Jährige`): it always refers back to a person. */
export const AGE_DESCRIPTION = /^\d+-[Jj]ährige[nr]?$/u;

/** A report by the media without its medium (`einem Medienbericht`, `Presseberichten zufolge`): the medium named beside it wrote it. */
export const MEDIA_REPORT = /^(?:Medien|Presse|Zeitungs)berichte?n?$/u;

/** Nouns of a kind of medium written before its title (`Magazin ET-News`, `Nachrichtenportal Nau`): the title names a medium wherever it stands. */
export const MEDIUM_KIND = /^(?:\p{Lu}\p{Ll}*)?(?:[Mm]agazin|[Zz]eitung|[Zz]eitschrift|[Ss]ender|[Pp]ortal|[Nn]achrichtenagentur|[Bb]latt|[Bb]log|[Ww]ebsite)$/u;

/** A report named in the singular without an article (`Laut Bericht …`): the report just discussed, so the medium named beside it wrote it. */
export const BARE_REPORT = /^Bericht$/u;

/** Nouns of persons by what they do (`Manager`, `Händler`, `Berater`, `Analyst`): after a cue verb, a speaker described without a name. */
export const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|eur|ent|ant|ist)$/u;

/** Verbs of asking after `wir` (`Wir fragen sie, ob …`): the quotation that follows is the answer of those asked. */
export const ASKING_VERBS: ReadonlySet<string> = new Set(['fragen', 'fragten', 'frage', 'fragte']);

/** Verbs of saying after `als wir` (`…, als wir sagen, dass …`): the quotation that follows is the reply of the sentence's subject. */
export const TELLING_VERBS: ReadonlySet<string> = new Set(['sagen', 'sagten', 'erzählen', 'erzählten', 'erklären', 'erklärten', ...ASKING_VERBS]);

/** Words that count a group of persons (`drei Beamte`, `ein paar Polizisten`): the noun after them describes the group. */
export const GROUP_COUNT = /^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|einige|etliche|viele|paar)$/u;

/** Nouns that name a person by sex alone (`der Mann`, `die Frau`): with a definite article they refer back to somebody introduced before. */
export const GENERIC_PERSON = /^(?:Mann|Frau)$/;

/** Prepositions of where a person described comes from (`Eine Frau aus Forbach`): the phrase they open tells that person from others. */
export const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['aus', 'von', 'vom']);

/**
 * Nouns made of adjectives and participles that name persons (`die Beamten`, `der Abgeordnete`,
 * `die Studierenden`): without their article they take the adjective's strong ending (`Beamte`,
 * `Abgeordneter`). Matched on the lower-cased word, compounds too (`Grenzbeamten`).
 */
export const NOMINALISED_PERSON = /^\p{Ll}*(?:beamte|angestellte|abgeordnete|verletzte|jugendliche|erwachsene|befragte|beschäftigte|betroffene|verwandte|bekannte|angehörige|geflüchtete|inhaftierte|verdächtige|vorsitzende|studierende|demonstrierende|protestierende|streikende|reisende|lehrende|forschende|pflegende|teilnehmende)n?$/u;

/** Nouns of what a person says or thinks (`Seine Prognose`, `Ihre Antwort`): after a possessive, the possessor speaks. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'prognose', 'antwort', 'begründung', 'fazit', 'einschätzung', 'forderung', 'kritik', 'vorwurf', 'botschaft', 'warnung',
  'bilanz', 'urteil', 'meinung', 'ansicht', 'position', 'these', 'vermutung', 'erklärung', 'appell', 'empfehlung', 'devise',
  'befürchtung', 'prophezeiung', 'vorhersage', 'diagnose', 'analyse', 'schlussfolgerung',
]);

/** Possessives of a man (`seine`) and of a woman (`ihre`), by the pronoun that stands for their owner. */
export const POSSESSOR_PRONOUN: ReadonlyMap<string, 'er' | 'sie'> = new Map([
  ...['sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines'].map((w) => [w, 'er'] as const),
  ...['ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres'].map((w) => [w, 'sie'] as const),
]);
