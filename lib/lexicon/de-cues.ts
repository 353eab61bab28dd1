/**
 * German cue words. Written for this project; the verb lemmas were chosen with the GePaDe cue
 * inventory (umanlp/spkatt, CC0 1.0) and checked against the German train corpora.
 *
 * Verbs are given as lemmas and inflected by `lib/engine/de-verbs.ts`. A `|` marks a separable
 * particle (`an|kündigen` → `kündigte … an`). Strong and irregular verbs list their forms.
 */

/** How a verb's claim is usually expressed, beyond `dass`-clauses and quotes. */
export type Frame =
  /** an object noun phrase or prepositional phrase is the claim (`warnte vor …`, `nannte X einen „…“`) */
  | 'object'
  /** a zu-infinitive is the claim (`forderte Putin auf, … zu vertiefen`) */
  | 'zu';

/** Regular (weak) speech, writing and thought verbs: `sagen` → sagt, sagte, gesagt, sage. */
export const WEAK_VERBS: Record<string, Frame[]> = {
  sagen: [], erklären: [], betonen: [], berichten: [], behaupten: [], bestätigen: [], meinen: [],
  'mit|teilen': [], 'an|kündigen': ['object', 'zu'], ergänzen: [], erläutern: [], unterstreichen: [],
  warnen: ['object', 'zu'], drohen: ['object', 'zu'], fordern: ['object', 'zu'], 'auf|fordern': ['zu'],
  kritisieren: ['object'], loben: ['object'], zitieren: [], antworten: [], entgegnen: [], erwidern: [],
  fragen: [], beklagen: ['object'], 'an|prangern': ['object'], beschuldigen: ['zu'], mahnen: ['object', 'zu'],
  'an|mahnen': ['object'], appellieren: ['zu'], bekräftigen: [], versichern: [], 'zu|sichern': [],
  'ein|räumen': [], leugnen: [], dementieren: [], erzählen: [], schildern: [], 'fest|stellen': [],
  'klar|stellen': [], 'dar|stellen': [], 'dar|legen': [], argumentieren: [], twittern: [], posten: [],
  melden: [], verkünden: [], beteuern: [], prognostizieren: [], 'voraus|sagen': [], 'vorher|sagen': [],
  vermuten: [], mutmaßen: [], glauben: [], hoffen: ['zu'], fürchten: [], befürchten: [], bezweifeln: [], zweifeln: [],
  'an|merken': [], bemerken: [], 'hin|zu|fügen': [], kommentieren: [], bilanzieren: [], resümieren: [],
  folgern: [], schlussfolgern: [], 'an|deuten': [], signalisieren: [], bekunden: [], äußern: ['object'],
  'aus|führen': [], präzisieren: [], konstatieren: [], insistieren: [], beharren: [], verlangen: ['object', 'zu'],
  plädieren: [], 'bei|pflichten': [], 'zu|stimmen': [], widerlegen: [], bezeichnen: ['object'],
  beschreiben: ['object'], bedauern: ['object'], begrüßen: ['object'], erwarten: ['object'], rechnen: [],
  schätzen: [], 'ein|schätzen': [], 'auf|rufen': ['zu'], empfehlen: ['zu'], raten: ['zu'],
  'vor|schlagen': ['zu'], 'vor|werfen': ['zu'], erinnern: [], 'hervor|heben': [], verraten: [],
  'bekannt|geben': ['object'], 'an|geben': [], 'zu|geben': [], 'aus|gehen': [], 'hin|weisen': [],
  'fest|halten': [], 'verlauten|lassen': [], versprechen: ['zu'], widersprechen: [], bestreiten: [],
  sprechen: ['object'], schreiben: [], denken: [], nennen: ['object'], 'zurück|weisen': ['object'],
  'ab|lehnen': ['object'], 'ab|streiten': [], 'aus|sagen': [], 'wieder|holen': [], 'fort|fahren': [],
  unterstellen: [], 'vor|rechnen': [], 'auf|zeigen': [], 'aus|drücken': [], 'zu|rufen': [], rufen: [],
  schreien: [], 'bekannt|machen': [], 'hinzu|setzen': [], urteilen: [], 'ab|wiegeln': [],
  würdigen: ['object'], feiern: ['object'], skandieren: ['object'], rechtfertigen: ['object'],
  begründen: ['object'], verteidigen: ['object'], bemängeln: ['object'], 'vor|halten': ['zu'],
  'an|kreiden': ['object'], monieren: ['object'], verurteilen: ['object'], bejubeln: ['object'],
  'ab|qualifizieren': ['object'], 'zu|sagen': ['zu'], 'ein|gestehen': [],
  'nach|legen': [], hinterfragen: ['object'], 'infrage|stellen': ['object'], klagen: [],
  beschweren: [], jubeln: [], spotten: [], scherzen: [], lauten: [], beschließen: ['zu'], bitten: ['zu'],
  vergleichen: ['object'], formulieren: [], 'heraus|streichen': [], erwähnen: [], 'ein|schränken': [],
  drängen: ['zu'], vereinbaren: ['zu'], ergeben: [], 'entgegen|setzen': [], 'entgegen|halten': [],
  veröffentlichen: [], verweisen: [], 'hin|zu|setzen': [], präsentieren: [], verkündigen: [],
};

/** Forms of strong and irregular verbs: 3rd person present and past, past participle, Konjunktiv I. */
export const IRREGULAR_FORMS: Record<string, { present: string[]; past: string[]; participle: string; kj1?: string[] }> = {
  sprechen: { present: ['spricht', 'sprechen'], past: ['sprach', 'sprachen'], participle: 'gesprochen', kj1: ['spreche'] },
  schreiben: { present: ['schreibt', 'schreiben'], past: ['schrieb', 'schrieben'], participle: 'geschrieben', kj1: ['schreibe'] },
  beschreiben: { present: ['beschreibt', 'beschreiben'], past: ['beschrieb', 'beschrieben'], participle: 'beschrieben' },
  nennen: { present: ['nennt', 'nennen'], past: ['nannte', 'nannten'], participle: 'genannt' },
  'hin|weisen': { present: ['weist', 'weisen'], past: ['wies', 'wiesen'], participle: 'hingewiesen' },
  'zurück|weisen': { present: ['weist', 'weisen'], past: ['wies', 'wiesen'], participle: 'zurückgewiesen' },
  'an|geben': { present: ['gibt', 'geben'], past: ['gab', 'gaben'], participle: 'angegeben' },
  'zu|geben': { present: ['gibt', 'geben'], past: ['gab', 'gaben'], participle: 'zugegeben' },
  'bekannt|geben': { present: ['gibt', 'geben'], past: ['gab', 'gaben'], participle: 'bekanntgegeben' },
  'aus|gehen': { present: ['geht', 'gehen'], past: ['ging', 'gingen'], participle: 'ausgegangen' },
  'fest|halten': { present: ['hält', 'halten'], past: ['hielt', 'hielten'], participle: 'festgehalten' },
  'auf|rufen': { present: ['ruft', 'rufen'], past: ['rief', 'riefen'], participle: 'aufgerufen' },
  rufen: { present: ['ruft', 'rufen'], past: ['rief', 'riefen'], participle: 'gerufen' },
  'zu|rufen': { present: ['ruft', 'rufen'], past: ['rief', 'riefen'], participle: 'zugerufen' },
  'vor|schlagen': { present: ['schlägt', 'schlagen'], past: ['schlug', 'schlugen'], participle: 'vorgeschlagen' },
  'vor|werfen': { present: ['wirft', 'werfen'], past: ['warf', 'warfen'], participle: 'vorgeworfen' },
  empfehlen: { present: ['empfiehlt', 'empfehlen'], past: ['empfahl', 'empfahlen'], participle: 'empfohlen' },
  // `geraten` is mostly `in Not geraten`, so the participle is left out.
  raten: { present: ['rät', 'raten'], past: ['riet', 'rieten'], participle: '' },
  versprechen: { present: ['verspricht', 'versprechen'], past: ['versprach', 'versprachen'], participle: 'versprochen' },
  widersprechen: { present: ['widerspricht', 'widersprechen'], past: ['widersprach', 'widersprachen'], participle: 'widersprochen' },
  bestreiten: { present: ['bestreitet', 'bestreiten'], past: ['bestritt', 'bestritten'], participle: 'bestritten' },
  'ab|streiten': { present: ['streitet', 'streiten'], past: ['stritt', 'stritten'], participle: 'abgestritten' },
  'hervor|heben': { present: ['hebt', 'heben'], past: ['hob', 'hoben'], participle: 'hervorgehoben' },
  verraten: { present: ['verrät', 'verraten'], past: ['verriet', 'verrieten'], participle: 'verraten' },
  unterstreichen: { present: ['unterstreicht', 'unterstreichen'], past: ['unterstrich', 'unterstrichen'], participle: 'unterstrichen' },
  'verlauten|lassen': { present: ['lässt', 'lassen'], past: ['ließ', 'ließen'], participle: 'verlauten lassen' },
  'fort|fahren': { present: ['fährt', 'fahren'], past: ['fuhr', 'fuhren'], participle: 'fortgefahren' },
  schreien: { present: ['schreit', 'schreien'], past: ['schrie', 'schrien'], participle: 'geschrien' },
  denken: { present: ['denkt', 'denken', 'denke'], past: ['dachte', 'dachten'], participle: 'gedacht' },
  'entgegen|halten': { present: ['hält', 'halten'], past: ['hielt', 'hielten'], participle: 'entgegengehalten' },
  ergeben: { present: ['ergibt', 'ergeben'], past: ['ergab', 'ergaben'], participle: 'ergeben' },
  beschließen: { present: ['beschließt', 'beschließen'], past: ['beschloss', 'beschlossen'], participle: 'beschlossen' },
  bitten: { present: ['bittet', 'bitten'], past: ['bat', 'baten'], participle: 'gebeten' },
  vergleichen: { present: ['vergleicht', 'vergleichen'], past: ['verglich', 'verglichen'], participle: 'verglichen' },
  'heraus|streichen': { present: ['streicht', 'streichen'], past: ['strich', 'strichen'], participle: 'herausgestrichen' },
  verweisen: { present: ['verweist', 'verweisen'], past: ['verwies', 'verwiesen'], participle: 'verwiesen' },
  'ein|gestehen': { present: ['gesteht', 'gestehen'], past: ['gestand', 'gestanden'], participle: 'eingestanden' },
  'aus|sagen': { present: ['sagt', 'sagen'], past: ['sagte', 'sagten'], participle: 'ausgesagt' },
};

/** Verbs whose passive names or describes rather than reports (`der „Uncle Ted“ genannt wurde`). */
export const NO_PASSIVE_CUE = new Set(['nennen', 'bezeichnen', 'beschreiben', 'fest|halten', 'dar|stellen', 'rufen', 'zitieren']);

/** Modal verbs: a cue verb's infinitive after one is no statement made (`Ich würde nicht sagen`). */
export const MODALS = new Set(['will', 'wollte', 'wollen', 'wollten', 'kann', 'konnte', 'können', 'konnten', 'muss', 'musste', 'müssen', 'mussten', 'soll', 'sollte', 'sollen', 'sollten', 'möchte', 'möchten', 'würde', 'würden', 'darf', 'durfte', 'dürfen', 'mag', 'wird', 'werden', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'möge', 'mögen']);

/** Forms of `lassen`: after an infinitive it makes someone do something (`wiederholen ließ`), no statement made. */
export const CAUSATIVE = new Set(['lässt', 'ließ', 'ließen', 'lassen', 'ließe']);

/** Cue verbs that still report a statement when `lassen` follows (`wie er mitteilen ließ`: through a spokesperson). */
export const SAID_THROUGH_OTHERS = new Set(['mitteilen', 'ausrichten', 'erklären', 'verkünden', 'verlauten', 'melden', 'bestellen', 'wissen']);

/** A picture credit (`Tagesschau © SWR/Hugo Jehle, honorarfrei - Verwendung gemäß der AGB`, `Foto: dpa`): no one's claim. */
export const PICTURE_CREDIT = /©|\b(?:Foto|Fotos|Bild|Bilder|Grafik|Quelle)\s*:\s*\p{Lu}|\bhonorarfrei\b/u;

/** Verbs that only count as cues with their particle (`geht … aus` → `davon aus`). */
export const PARTICLE_REQUIRED = new Set(['aus|gehen', 'fest|halten', 'an|geben', 'zu|geben', 'fort|fahren', 'aus|führen']);

/** Verbs after which a fronted indicative clause is still what was said (`Die Lage ist ernst, sagte er`). */
export const SAYING = new Set(['sagen', 'erklären', 'betonen', 'meinen', 'berichten', 'mit|teilen', 'schreiben', 'ergänzen', 'hin|zu|fügen', 'fort|fahren', 'unterstreichen', 'erläutern', 'bestätigen', 'warnen', 'kritisieren', 'aus|führen', 'an|merken', 'bemerken', 'sprechen', 'zitieren', 'twittern', 'schildern', 'erzählen', 'antworten', 'entgegnen', 'erwidern', 'melden']);

/**
 * Nouns for what a speaker stated or found (`Angaben`, `Bericht`, `Worten`): they mark an
 * according-to phrase (ACCORDING_NOUNS) and carry a source named after them (CARRIER_NOUNS in
 * `lib/lexicon/entities.ts`), so both lists are built from this one.
 */
export const REPORT_NOUNS: readonly string[] = [
  'angaben', 'angabe', 'informationen', 'aussage', 'aussagen', 'auskunft', 'einschätzung', 'schätzung',
  'schätzungen', 'ansicht', 'auffassung', 'meinung', 'bericht', 'berichten', 'berichte', 'darstellung',
  'worten', 'recherchen', 'erkenntnissen', 'mitteilung', 'zahlen', 'daten',
];

/**
 * Nouns whose `nach`/`zufolge` phrase marks a source, matched whole: `nach Angaben der Polizei`,
 * `Berichten zufolge`, `seiner Ansicht nach`. Beyond REPORT_NOUNS it holds nouns that are no carriers
 * of a source: they are one themselves (`Studie`, `Quellen`), name none (`dem Vernehmen nach`) or
 * hold it in a compound (`Polizeiangaben`), and a few more forms (`Information`, `Prognose`).
 */
export const ACCORDING_NOUNS = new Set([
  ...REPORT_NOUNS,
  'information', 'studie', 'umfrage', 'erkenntnisse', 'vernehmen', 'polizeiangaben', 'behördenangaben',
  'medienberichten', 'medienberichte', 'prognose', 'prognosen', 'berechnungen', 'analyse', 'untersuchung', 'quellen',
]);

/**
 * Heads of a noun phrase after `nach` that names a source (`nach Angaben der Polizei`, `eine Studie,
 * nach der …`), matched at the end of a word so compounds count (`Polizeiangaben`, `Expertenmeinung`).
 * Unlike ACCORDING_NOUNS it is not read for `seiner Ansicht nach`, so it also takes heads such as
 * `Gesetzentwurf` and `Urteil`; `Information` and `Schätzung` it leaves to ACCORDING_NOUNS, since as
 * endings they would also take `Desinformation` and `Wertschätzung`.
 */
export const ACCORDING_HEAD = /(?:angaben|angabe|informationen|aussagen?|auskunft|einschätzung|schätzungen?|ansicht|auffassung|meinung|berichte?n?|darstellung|worten|studie|umfrage|recherchen|erkenntnisse?n?|mitteilung|zahlen|daten|prognosen?|berechnungen|analyse|untersuchung|quellen|quellenlage|ermittlungen|vorhersage|bekunden|statistik|meldungen?|beobachtern|experten|gesetz|gesetzentwurf|gesetzesentwurf|entwurf|erkenntnisstand|darstellungen|vernehmen|urteil|einschätzungen|plänen|vorstellung|überzeugung|planungen|erfahrungen|stellungnahme|endergebnis|ergebnis|ergebnissen|veröffentlichung|idee|artikel|recherche|berechnung)$/;

/** Words that mark an attribution by themselves (`laut X`, `X zufolge`, `…, so X`). */
export const ACCORDING_WORDS = {
  /** preposition before the source */
  before: new Set(['laut', 'gemäß']),
  /** postposition after the source */
  after: new Set(['zufolge']),
  /** adverbs that point back to a source just named (`Demnach …`, `ein Bericht, wonach …`); `danach` is mostly temporal */
  anaphoric: new Set(['demnach', 'wonach']),
};

/**
 * `aus X hervorgehen`: a document shows something (`Wie aus dem Bericht hervorgeht, …` · `Aus der
 * Mitteilung geht hervor, dass …`); the source is the `aus` phrase. Finite forms, the particle apart or joined.
 */
export const EMERGES_FROM = {
  finite: new Set(['geht', 'gehen', 'ging', 'gingen']),
  particle: 'hervor',
  joined: new Set(['hervorgeht', 'hervorgehen', 'hervorging', 'hervorgingen']),
};

/** Impersonal and passive cues with no named source: `hieß es`, `wurde beschuldigt`. */
export const IMPERSONAL = {
  /** `es heißt` / `hieß es` / `verlautete` */
  verbs: new Set(['heißt', 'hieß', 'verlautete', 'verlautet']),
  /** passive auxiliaries */
  passiveAux: new Set(['wurde', 'wurden', 'wird', 'werden', 'worden']),
};

/** Konjunktiv I forms that mark reported speech in a sentence without a cue of its own. */
export const KONJUNKTIV_I = new Set([
  'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe',
  'liege', 'stehe', 'gehe', 'komme', 'bleibe', 'brauche', 'lasse', 'wisse', 'halte', 'sehe', 'zeige', 'fehle',
  'gelte', 'handle', 'handele', 'betrage', 'bestehe', 'drohe', 'trage', 'mache', 'führe', 'arbeite', 'plane',
  'erwarte', 'rechne', 'hätten', 'wären', 'würden', 'hätte', 'wäre', 'würde', 'könnten', 'müssten', 'sollten',
  'gäbe', 'stünde', 'liefe', 'biete', 'benötige', 'verfüge', 'erhalte', 'treffe', 'suche', 'spiele', 'setze',
  'folge', 'sorge', 'unterstütze', 'entspreche', 'befinde', 'beziehe', 'diene', 'enthalte', 'verstoße',
]);

/** Words that start a subordinate clause, after which the finite verb stands last. */
export const SUBORDINATORS = new Set([
  'dass', 'daß', 'ob', 'weil', 'wie', 'als', 'wenn', 'nachdem', 'obwohl', 'während', 'da', 'damit', 'bevor',
  'seit', 'seitdem', 'falls', 'sofern', 'indem', 'wobei', 'woraufhin', 'wonach', 'worauf', 'was', 'wer',
  'der', 'die', 'das', 'denen', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches',
]);

/** Words that introduce a content clause after a cue. */
export const COMPLEMENTIZERS = new Set(['dass', 'daß', 'ob', 'wie', 'warum', 'weshalb', 'wann', 'wo', 'wer', 'was', 'wieso', 'inwiefern']);

/**
 * First words of a fronted constituent that is not the subject: the subject then follows the
 * verb (`Am Montag sagte Rice`, `Dazu erklärte der Sprecher`).
 */
export const NON_SUBJECT_STARTS = new Set([
  'am', 'im', 'in', 'an', 'auf', 'bei', 'beim', 'mit', 'nach', 'vor', 'für', 'über', 'unter', 'gegenüber',
  'zu', 'zum', 'zur', 'von', 'vom', 'aus', 'seit', 'während', 'wegen', 'trotz', 'laut', 'dazu', 'dabei',
  'daher', 'darüber', 'damit', 'davor', 'danach', 'zudem', 'außerdem', 'auch', 'gestern', 'heute', 'morgen',
  'später', 'zuvor', 'jedoch', 'doch', 'allerdings', 'deshalb', 'trotzdem', 'dann', 'damals', 'bereits',
  'schon', 'so', 'dies', 'das', 'dort', 'hier', 'nun', 'jetzt', 'zunächst', 'schließlich', 'ebenso',
  'ebenfalls', 'weiter', 'weiterhin', 'ferner', 'gleichzeitig', 'zugleich', 'vielmehr', 'immerhin', 'sogar',
  'zuletzt', 'anschließend', 'inzwischen', 'mittlerweile', 'kürzlich', 'neulich', 'bislang', 'bisher',
  'stattdessen', 'ansonsten', 'daraufhin', 'deswegen', 'darum', 'somit', 'also', 'erst', 'noch', 'nur',
  'vergangene', 'vergangenen', 'letzte', 'letzten', 'diesen', 'ihm', 'ihr', 'ihnen', 'mir', 'uns', 'es', 'demnach', 'weiterhin', 'wörtlich', 'konkret', 'gegen',
  'ohne', 'um', 'durch', 'hinter', 'neben', 'zwischen', 'angesichts', 'als', 'anlässlich', 'mittwoch', 'montag',
  'dienstag', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend', 'den', 'dem', 'einem', 'einen',
  'diesem', 'jenem', 'ihm', 'ihnen', 'unterdessen', 'dagegen', 'indes', 'indessen', 'ebenso', 'des',
  'bezüglich', 'hinsichtlich', 'infolge', 'aufgrund', 'dank', 'entgegen', 'gemäß', 'innerhalb', 'außerhalb',
  'statt', 'anstatt', 'seitens', 'zufolge', 'mithilfe', 'ab', 'bis', 'wie', 'wo', 'warum', 'weshalb', 'was',
  // Rarer prepositions: `Inmitten der Spekulationen … sagte Trump` fronts a phrase, the subject follows the verb.
  'inmitten', 'jenseits', 'diesseits', 'abseits', 'ungeachtet', 'mangels', 'unweit', 'oberhalb', 'unterhalb',
  'zugunsten', 'binnen', 'anhand', 'mittels', 'namens', 'entlang',
]);

/** Words that end a noun phrase taken as a source after the verb (`sagte Rice am Montag`). */
export const NP_STOP = new Set([
  'am', 'im', 'in', 'an', 'auf', 'bei', 'beim', 'mit', 'nach', 'vor', 'für', 'über', 'unter', 'gegenüber',
  'zu', 'zum', 'zur', 'aus', 'seit', 'während', 'wegen', 'laut', 'jedoch', 'doch', 'auch', 'noch', 'nun',
  'gestern', 'heute', 'morgen', 'dann', 'bereits', 'schon', 'zudem', 'außerdem', 'ebenfalls', 'aber',
  'und', 'oder', 'sowie', 'dass', 'daß', 'ob', 'als', 'wie', 'allerdings', 'damals', 'kürzlich', 'später',
  'weiter', 'zuvor', 'nicht', 'nie', 'immer', 'erneut', 'wiederholt', 'mehrfach', 'einmal', 'ebenso',
  'deutlich', 'klar', 'offen', 'öffentlich', 'ausdrücklich', 'gegen', 'um', 'durch', 'ohne', 'bis',
  'dies', 'das', 'es', 'sich', 'ihm', 'ihr', 'ihnen', 'uns', 'mir', 'dabei', 'dazu', 'darüber',
  'so', 'sogar', 'etwa', 'rund', 'vergangene', 'vergangenen', 'letzte', 'letzten', 'jüngst', 'zuletzt',
  'mit', 'demnach', 'zufolge', 'wörtlich', 'sinngemäß', 'einem', 'einer', 'einen', 'gerade', 'eben', 'genau',
  'jetzt', 'auch', 'selbst', 'wohl', 'ja',
]);

/** Determiners and quantifiers that may open a noun phrase. */
export const DETERMINERS_DE = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein',
  'seine', 'seiner', 'seinem', 'seinen', 'ihrem', 'ihren', 'diesem', 'diesen',
  'seines', 'ihr', 'ihre', 'ihrer', 'ihres', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'mehrere',
  'viele', 'einige', 'zahlreiche', 'alle', 'beide', 'andere', 'manche', 'wenige', 'zwei', 'drei', 'vier',
  'unser', 'unsere', 'euer', 'kein', 'keine', 'jeder', 'jede',
]);

/** Subject pronouns. */
export const PRONOUNS_DE = new Set(['er', 'sie', 'ich', 'wir', 'man', 'es', 'ihr', 'du']);

/** Finite auxiliaries of perfect and passive tenses. */
export const AUXILIARIES = new Set([
  'hat', 'hatte', 'haben', 'hatten', 'hätte', 'hätten', 'habe', 'ist', 'war', 'sind', 'waren', 'sei',
  'wird', 'wurde', 'werden', 'wurden', 'würde', 'würden', 'soll', 'sollte', 'will', 'wollte', 'kann', 'konnte',
  'muss', 'musste', 'möchte',
]);

/**
 * Nouns that make a cue with a light verb before them: `vertrat die Auffassung, …`, `kam zu dem
 * Ergebnis, dass …`, `äußerte die Hoffnung, …`.
 */
export const OPINION_NOUNS = new Set([
  'auffassung', 'ansicht', 'meinung', 'überzeugung', 'hoffnung', 'befürchtung', 'sorge', 'einschätzung',
  'ergebnis', 'schluss', 'eindruck', 'standpunkt', 'position', 'vermutung', 'erwartung', 'forderung',
  'warnung', 'vorwurf', 'behauptung', 'these', 'argument', 'hinweis', 'angabe', 'aussage', 'erklärung',
]);

/** Forms of `halten` for `X hält es für wahrscheinlich, dass …`. */
export const HOLD_FORMS = new Set(['hält', 'halten', 'hielt', 'hielten']);

/** Light verbs that carry an opinion noun (`vertritt die Ansicht`, `ist der Meinung`, `kamen zum Schluss`). */
export const LIGHT_VERBS = new Set([
  'vertrat', 'vertraten', 'vertritt', 'vertreten', 'ist', 'sind', 'war', 'waren', 'äußerte', 'äußerten',
  'äußert', 'kam', 'kamen', 'kommt', 'kommen', 'gelangte', 'gelangten', 'teilte', 'teilten', 'teilt',
  'brachte', 'brachten', 'drückte', 'drückten', 'zeigte', 'zeigten', 'erhob', 'erhoben', 'bekräftigte',
  'wiederholte', 'machte', 'gab',
]);

/** Verbs whose bare object is what they claim: a demand or a reproach (`fordert eine europäische Lösung`, `kritisiert die Höhe der Bußgelder`). */
export const OBJECT_CLAIMS: ReadonlySet<string> = new Set(['fordern', 'verlangen', 'kritisieren', 'an|mahnen', 'an|prangern', 'beklagen']);

/** Verbs whose object is judged after `für` (`hält das für falsch`): then the object and the judgement are the claim. */
export const JUDGED_FOR: ReadonlySet<string> = new Set(['halten']);

/** Articles that point back to a thing named before: with a lone noun after one (`kritisierte die Pläne`) the object names what is criticised, not what is said of it. */
export const BACK_POINTING_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'diese', 'diesen', 'dieser', 'dieses']);

/** Objects of `fordern` that count the dead, not a demand (`Der Sturm forderte zehn Tote`). */
export const CASUALTIES: ReadonlySet<string> = new Set(['opfer', 'todesopfer', 'tote', 'toten', 'menschenleben', 'leben', 'verletzte', 'tribut']);
