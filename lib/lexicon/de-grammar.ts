/**
 * German function words that the rules in `lib/engine/de-*.ts` read as grammar: articles, pronouns,
 * conjunctions and adverbs that decide where a source or claim starts and ends. Written for this
 * project; lower-case.
 */

/** Articles that attach a genitive to a noun (`Angaben eines Werft-Sprechers`). */
export const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

/** Words that are an anaphor alone (`Das sagte X`) but an article before a noun (`Das Gericht sagte`). */
export const ARTICLE_OR_ANAPHOR = new Set(['das', 'dies', 'dieses', 'diese']);

/** Subjects that name nobody. */
export const NOBODY = new Set(['niemand', 'keiner', 'keine', 'nichts', 'kein']);

/**
 * Sentence adverbs: fronted alone, the subject follows the verb (`Da formulierten die Forscher …`);
 * after a fronted verb, they may stand before its subject (`Das erklärte gestern ein Sprecher`).
 */
export const SENTENCE_ADVERBS = new Set([
  'da', 'hier', 'dort', 'dabei',
  'gestern', 'heute', 'jetzt', 'nun', 'damals', 'später', 'zuvor', 'zuletzt', 'kürzlich', 'inzwischen', 'mittlerweile', 'erneut',
  'jedoch', 'hingegen', 'dagegen', 'allerdings', 'indes', 'wiederum', 'aber', 'dazu', 'außerdem', 'zudem', 'auch', 'ebenfalls',
  'weiter', 'schließlich', 'daraufhin', 'deshalb', 'daher', 'dann', 'bereits', 'schon', 'noch',
  // Hedges and summaries that open a sentence (`Insgesamt schätzt X …`, `Zumindest sagte X …`).
  'insgesamt', 'zumindest', 'jedenfalls', 'immerhin', 'ohnehin', 'dennoch', 'trotzdem', 'vielleicht', 'offenbar',
  'eigentlich', 'tatsächlich', 'besonders', 'ebenso', 'ähnlich', 'genauso', 'anschließend', 'zunächst', 'erst',
  // Focus adverbs that open a sentence before its subject (`Insbesondere Südostasien ist betroffen`).
  'insbesondere', 'gerade', 'sogar', 'zugleich', 'gleichzeitig', 'ausgerechnet', 'natürlich',
]);

/**
 * Pronominal adverbs: as a source (`Darin heißt es …`, `Daraus geht hervor …`) they point back to
 * the document or speaker just named, never to a person of that name.
 */
export const PRONOMINAL_ADVERBS = new Set([
  'darin', 'daraus', 'darauf', 'darüber', 'dazu', 'dabei', 'damit', 'danach', 'dafür', 'dagegen', 'davon', 'dort', 'hierin', 'hierzu', 'demnach', 'demzufolge',
]);

/** Adverbs that point back to a report or its author (`Demnach …`, `demzufolge`, `…, wonach …`): the source named just before in the paragraph, never one paragraphs back. */
export const REPORT_ADVERBS: ReadonlySet<string> = new Set(['demnach', 'demzufolge', 'wonach']);

/** Dative pronouns that name a source before `zufolge` (`Ihnen zufolge …`). */
export const DATIVE_PRONOUNS = new Set(['ihm', 'ihr', 'ihnen']);

/** Subject pronouns that, right after the verb, make the fronted phrase an object (`Der Politik schlug er vor`). */
export const INVERTED_PRONOUNS = new Set(['er', 'ich', 'wir', 'man']);

/** Relative pronouns that can be a clause's subject (`…, der sagte, …`). */
export const NOMINATIVE_RELATIVE = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']);

/** Pronouns that open a relative clause after a comma (`…, die durch den Fortschritt entstanden sind`). */
export const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'den', 'dem', 'denen', 'deren', 'dessen', 'welche', 'welcher', 'welches']);

/** Relative pronouns in `eine Studie, nach der …`. */
export const RELATIVE_AFTER_NACH = new Set(['denen', 'dem', 'der', 'welchem', 'welcher', 'welchen']);

/** Conjunctions that join clauses: they end a claim before a new verb and belong to no source or claim. */
export const COORDINATORS = new Set(['und', 'oder', 'sowie', 'aber', 'sondern']);
/** Focus particles before a fronted subject that are no part of it (`Doch der Sprecher sagte`, `Auch die Zeitung meldete`). */
export const BEFORE_SUBJECT: ReadonlySet<string> = new Set(['doch', 'auch']);

/** Subordinators whose clause after the cue is circumstance, not claim (`sagte er, als er ankam`). */
export const CIRCUMSTANCE = new Set(['als', 'nachdem', 'während', 'bevor', 'seit', 'seitdem', 'weil', 'da', 'obwohl', 'wenn', 'sobald', 'um', 'bis', 'damit', 'indem']);

/** Openers of a fronted clause that frames rather than states (`Wie X sagte, …` · `Bei dem Treffen, …`). */
export const FRONTED_FRAME = new Set(['wie', 'bei', 'nach', 'auf', 'um', 'im', 'am']);

/** Adverbs before a participle used as an adjective (`die bereits genannten Zahlen`). */
export const ATTRIBUTIVE_BEFORE = new Set(['bereits', 'schon', 'oben', 'eingangs', 'vielfach', 'häufig']);

/** Words of a fronted time phrase (`Ende Januar 2006 verkündete …`). */
export const TIME_WORDS = /^(?:ende|anfang|mitte|beginn|uhr|mez|mesz|jahr|jahres|woche|monat|tag|abend|morgen|nachmittag|vormittag)$/;

/** Lower-case words ending in -e that are no verb forms, for telling Konjunktiv I apart. */
export const NOT_VERB_E = new Set([
  'die', 'eine', 'keine', 'seine', 'ihre', 'meine', 'deine', 'unsere', 'eure', 'alle', 'diese', 'jede', 'jene',
  'welche', 'manche', 'solche', 'ohne', 'gerne', 'gern', 'heute', 'ferne', 'beide', 'viele', 'wenige', 'einige',
  'andere', 'mehrere', 'ebenso', 'alleine', 'bereite', 'gleiche', 'nahe', 'lange', 'mitte', 'ende', 'weise',
  'zahlreiche', 'sowie', 'etwa', 'erste', 'letzte', 'nächste', 'große', 'neue', 'kleine', 'hohe', 'ganze',
  'gute', 'weitere', 'eigene', 'deutsche', 'beiden', 'zwecke', 'halbe', 'obere', 'untere', 'stärke', 'innerhalb',
  'daher', 'jeweilige', 'vorne', 'hinten', 'wurde', 'würde', 'dieselbe', 'derselbe', 'dasselbe', 'erneute', 'ähnliche', 'bisherige', 'gesamte',
]);

/** Possessives spelt like forms of the cue `meinen`: before a noun phrase they are no verb (`meine gezielte Werbung`). */
export const POSSESSIVES_LIKE_CUES = new Set(['meine', 'meinen', 'meinem', 'meiner', 'meines']);

/** Prepositions: an inflected participle right after one is an adjective (`auf wiederholte Nachfrage`). */
export const PREPOSITIONS = new Set([
  'auf', 'an', 'in', 'mit', 'nach', 'vor', 'für', 'über', 'unter', 'aus', 'bei', 'von', 'zu', 'durch', 'gegen',
  'ohne', 'um', 'trotz', 'wegen', 'seit', 'zwischen', 'neben', 'hinter', 'dank', 'laut', 'gemäß', 'infolge',
]);

/**
 * Prepositions that open a phrase after a source's noun phrase that tells what or to whom it speaks,
 * no part of who speaks (`die Sportdirektorin über die Stärken der Spielerin`, `Müller gegenüber der
 * dpa`); not `auf`, `bei`, `in`, which tell which one (`die Staatsmedien auf beiden Seiten`, `der
 * Analyst bei der Bank`).
 */
export const SOURCE_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['über', 'gegenüber', 'während']);

/** Prepositions after which a lone capitalised word is a place (`wohnt in Saarlouis`, `aus Kehl`), never a person's name. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'aus']);

/** Articles of the accusative and dative: a noun phrase opening with one is no subject (`Es bezeichnet den Entwurf …`). */
export const OBJECT_ARTICLES = new Set(['den', 'dem', 'einen', 'einem']);

/** Subjects that, in a conditional clause outside a quotation, make the author or nobody the speaker (`wenn wir … sagen`, `wenn man … sagt`). */
export const AUTHOR_SUBJECTS = new Set(['ich', 'wir', 'man']);

/**
 * The newsroom's person and the generic one: `wir` or `man` asking outside quotations is the author
 * (`…, dass man sich fragt, ob …`); a speech's `ich frage` is a speaker's. (`man sagt, …` may be hearsay; asking is not.)
 */
export const AUTHOR_PERSONS = new Set(['wir', 'man']);

/** Words that open an indirect question (`…, ob sie viel zu tun hätten`): asked, not claimed. */
export const QUESTION_WORDS = new Set(['ob', 'warum', 'weshalb', 'wieso', 'wann', 'wo', 'wer', 'was', 'inwiefern']);

/** `wir` as a source: the newsroom outside a quotation, the quoted speaker's group inside one; never a person named before. */
export const GROUP_PRONOUNS_DE: ReadonlySet<string> = new Set(['wir']);

/** Conjunctions of a conditional clause: what is said there is imagined (`wenn man … sagt: …`). */
export const CONDITIONAL = new Set(['wenn', 'falls', 'sobald', 'sofern']);

/**
 * Konjunktiv II forms whose Konjunktiv I differs from the indicative (`wäre` beside `sei`): a
 * sentence standing alone in them imagines (`In diesem Fall wäre …`), it does not go on reporting.
 * The plural substitutes (`hätten`, `würden`, `könnten`) do report, as their Konjunktiv I is the indicative.
 */
export const HYPOTHETICAL = new Set([
  'wäre', 'wären', 'hätte', 'würde', 'könnte', 'müsste', 'sollte', 'dürfte', 'gäbe', 'stünde', 'liefe', 'ließe', 'käme', 'wüsste',
]);

/**
 * The plural substitutes among those forms: they report after a speaker's words, but after a sentence
 * in which the author imagines they suppose too (`Damit wären … . Sie könnten …`).
 */
export const PLURAL_SUBSTITUTES = new Set(['hätten', 'würden', 'könnten', 'müssten', 'sollten']);

/** Finite verbs that are plainly indicative: a sentence built on one, outside quotation marks, is the author's. */
export const PLAIN_INDICATIVE = new Set([
  'ist', 'sind', 'hat', 'wird', 'kann', 'muss', 'war', 'waren', 'wurde', 'wurden', 'gibt', 'gab', 'hatte', 'hatten',
]);

/** Konjunktiv I forms that are also nouns: capitalised at a sentence's start they are the noun (`Sorge um die Freundschaft`). */
export const NOUN_LIKE_KONJUNKTIV = new Set(['sorge', 'folge', 'suche', 'plane', 'trage', 'liege', 'lasse', 'halte', 'führe', 'spiele']);

/** Demonstratives that, opening a sentence right before a verb, are its subject (`Das verteuere die Mangos`). */
export const DEMONSTRATIVE_SUBJECTS = new Set(['Das', 'Dies', 'Dieses']);

/** Prepositions that after a speaker's name say what or whom they spoke about (`so die Direktorin über die Stärken …`), no part of the name. */
export const TOPIC_PREPOSITIONS = new Set(['über', 'zu', 'gegenüber']);

/** First-person pronouns: outside quotation marks in many sentences they show a text spoken by its author (a speech, a transcript). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['ich', 'mich', 'mir', 'wir', 'uns']);

/** Words of someone speaking aloud, not of a report: first and second person, modal particles (`Viren gab es doch schon immer`). */
export const SPOKEN_WORDS: ReadonlySet<string> = new Set(['ich', 'mich', 'mir', 'wir', 'uns', 'unser', 'unsere', 'du', 'dich', 'dir', 'euch', 'doch', 'bloß', 'halt', 'eben', 'mal']);

/** Words of a time still to come: with `sollen` they set out a plan or a timetable (`Künftig sollen …`, `am folgenden Tag soll …`), not hearsay. */
export const PLAN_TIMES: ReadonlySet<string> = new Set(['künftig', 'zukünftig', 'demnächst', 'bald', 'nächsten', 'kommenden', 'folgenden']);

/** Conjunctions that join noun phrases into one subject after its verb (`fordern er und die ATU sowie …`). */
export const SUBJECT_JOINERS: ReadonlySet<string> = new Set(['und', 'sowie', 'oder']);
