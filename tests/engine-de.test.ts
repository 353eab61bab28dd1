import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { checkCases, show, type Case } from './attribution-cases';

const CASES: Case[] = [
  { name: 'quote then cue', text: '„Wir bleiben hart“, sagte Müller am Montag.', cue: 'sagte', source: 'Müller', content: '„Wir bleiben hart“', kind: 'direct' },
  { name: 'colon then quote', text: 'Die Ministerin sagte: „Das ist ein guter Tag.“', cue: 'sagte', source: 'Die Ministerin', content: '„Das ist ein guter Tag.“', kind: 'direct' },
  { name: 'cue in the next sentence', text: '„Wir haben genug gewartet.“ Das sagte der Bürgermeister.', cue: 'sagte', source: 'der Bürgermeister', content: '„Wir haben genug gewartet.“', kind: 'direct' },
  { name: 'guillemets', text: 'Der Trainer erklärte: »Die Mannschaft hat gekämpft.«', cue: 'erklärte', source: 'Der Trainer', content: '»Die Mannschaft hat gekämpft.«', kind: 'direct' },
  { name: 'Swiss guillemets', text: '«Wir sind bereit», sagte die Sprecherin.', cue: 'sagte', source: 'die Sprecherin', content: '«Wir sind bereit»', kind: 'direct' },
  { name: 'straight quotes', text: 'Die Sprecherin sagte: "Es gibt keine Gefahr."', cue: 'sagte', source: 'Die Sprecherin', content: '"Es gibt keine Gefahr."', kind: 'direct' },
  { name: 'quote over paragraphs', text: 'Sie sagte: „Wir fangen heute an.\n\n„Morgen geht es weiter.“', cue: 'sagte', source: 'Sie', content: 'Morgen geht es weiter', kind: 'direct' },
  { name: 'dass-clause', text: 'Der Minister betonte, dass die Lage ernst sei.', cue: 'betonte', source: 'Der Minister', content: 'dass die Lage ernst sei', kind: 'indirect' },
  {
    name: 'reported clause opening with an article and an adverb, not a relative clause',
    text: 'General Sonthi Boonyaratglin erklärte, die noch zu schaffende Übergangsverfassung werde die Rolle der Militärbefehlshaber festlegen.',
    cue: 'erklärte',
    source: 'General Sonthi Boonyaratglin',
    content: 'die noch zu schaffende Übergangsverfassung werde die Rolle der Militärbefehlshaber festlegen',
    exact: true,
  },
  {
    name: 'reported clause opening with damit as an adverb',
    text: 'Generalstabschef Zakari Nandja erklärte hingegen, damit solle ein Machtvakuum vermieden werden.',
    cue: 'erklärte',
    source: 'Generalstabschef Zakari Nandja',
    content: 'damit solle ein Machtvakuum vermieden werden',
    exact: true,
  },
  {
    name: 'sentence adverb between the fronted verb and its subject',
    text: 'Die Enten waren mit dem Virus H5N1 infiziert. Das erklärte gestern ein Sprecher des britischen Umweltministeriums.',
    cue: 'erklärte',
    source: 'ein Sprecher des britischen Umweltministeriums',
    content: 'Die Enten waren mit dem Virus H5N1 infiziert',
  },
  {
    name: 'fronted subordinate clause, the subject follows the verb',
    text: 'Da die neu analysierten Funde aus verschiedenen Teilen Europas stammen, formulierten die Forscher die Hypothese, dass pflanzliche Nahrung eine bedeutendere Rolle spielte.',
    cue: 'formulierten',
    source: 'die Forscher',
    content: 'dass pflanzliche Nahrung eine bedeutendere Rolle spielte',
  },
  { name: 'fronted da as an adverb', text: 'Da erklärte der Minister, die Lage sei ernst.', cue: 'erklärte', source: 'der Minister', content: 'die Lage sei ernst' },
  {
    name: 'fronted claim opening with a time phrase',
    text: 'Am Mittwoch sei der Deutsche aus der Gewalt der Entführer befreit worden, sagte ein somalischer Behördenvertreter.',
    cue: 'sagte',
    source: 'ein somalischer Behördenvertreter',
    content: 'Am Mittwoch sei der Deutsche aus der Gewalt der Entführer befreit worden',
    exact: true,
  },
  {
    name: 'long object before a Konjunktiv I claim',
    text: 'Rajoy kritisierte Zapatero in der Debatte heftig wegen seiner missglückten Verhandlungen mit der ETA, es sei der größte Fehler der Regierung gewesen.',
    cue: 'kritisierte',
    source: 'Rajoy',
    content: 'es sei der größte Fehler der Regierung gewesen',
    exact: true,
  },
  {
    name: 'wie aus X hervorgeht',
    text: 'Wie aus einer Verlautbarung der ISAF hervorgeht, wurden in Kandahar fünf unbeteiligte Zivilisten getötet.',
    cue: 'hervorgeht',
    source: 'einer Verlautbarung der ISAF',
    content: 'wurden in Kandahar fünf unbeteiligte Zivilisten getötet',
    kind: 'according_to',
    entity: 'ISAF',
  },
  { name: 'aus X geht hervor, dass', text: 'Aus dem Bericht geht hervor, dass die Lage ernst ist.', cue: 'geht hervor', source: 'dem Bericht', content: 'dass die Lage ernst ist' },
  {
    name: 'das geht aus X hervor points back',
    text: 'Die Zahl der Toten stieg auf zwölf. Das geht aus einer Pressemitteilung des Konzerns hervor.',
    cue: 'geht hervor',
    source: 'einer Pressemitteilung des Konzerns',
    content: 'Die Zahl der Toten stieg auf zwölf',
    entity: 'Konzern',
  },
  {
    name: 'wie X, apposition, mitteilte after the claim',
    text: 'Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.',
    cue: 'mitteilte',
    source: 'Burt Rutan, Chef der Firma Scaled Composites',
    content: 'Die Chemikalie stand unter Druck',
    kind: 'according_to',
    exact: true,
  },
  { name: 'dative pronoun before zufolge', text: 'Ihnen zufolge hat Mussawi die absolute Mehrheit erhalten.', cue: 'zufolge', source: 'Ihnen', content: 'hat Mussawi die absolute Mehrheit erhalten', kind: 'according_to' },
  {
    name: 'source compound written small at first',
    text: 'Auch wirft der ai-Bericht den Behörden vor, Angehörige der Opfer aufgrund ihres Geschlechts zu diskriminieren.',
    cue: 'wirft vor',
    source: 'der ai-Bericht',
    content: 'Angehörige der Opfer aufgrund ihres Geschlechts zu diskriminieren',
  },
  { name: 'reported clause opening with an ordinal', text: 'Er sagte, letzte Woche sei alles ruhig gewesen.', cue: 'sagte', source: 'Er', content: 'letzte Woche sei alles ruhig gewesen' },
  { name: 'Konjunktiv I after a comma', text: 'Die Polizei sagte, der Täter sei geflohen.', cue: 'sagte', source: 'Die Polizei', content: 'der Täter sei geflohen', kind: 'indirect' },
  { name: 'fronted reported speech', text: 'Die Lage sei ernst, sagte der Sprecher.', cue: 'sagte', source: 'der Sprecher', content: 'Die Lage sei ernst', kind: 'indirect' },
  { name: 'mixed: quoted words inside', text: 'Putin sagte, dass eine Lösung „russische Interessen respektieren“ müsse.', cue: 'sagte', source: 'Putin', content: 'dass eine Lösung „russische Interessen respektieren“ müsse', kind: 'mixed' },
  { name: 'separable verb with zu-infinitive', text: 'Xi forderte Putin auf, die Zusammenarbeit zu vertiefen.', cue: 'forderte auf', source: 'Xi', content: 'die Zusammenarbeit zu vertiefen', kind: 'indirect' },
  { name: 'perfect tense', text: 'Die Regierung hat erklärt, dass sie die Steuern senken werde.', cue: 'hat erklärt', source: 'Die Regierung', content: 'dass sie die Steuern senken werde' },
  { name: 'subject after the auxiliary', text: 'Zuvor hatte VW-Chef Winterkorn erklärt, das Werk bleibe offen.', cue: 'hatte erklärt', source: 'VW-Chef Winterkorn', content: 'das Werk bleibe offen' },
  { name: 'fronted phrase is not the subject', text: 'Bei einem Treffen der NATO-Außenminister sagte Rice, das Bündnis sei stark.', cue: 'sagte', source: 'Rice', content: 'das Bündnis sei stark' },
  { name: 'apposition stays with the subject', text: 'Frank Sichau, der als Sprecher fungiert, erklärte, man werde klagen.', cue: 'erklärte', source: 'Frank Sichau, der als Sprecher fungiert', content: 'man werde klagen' },
  { name: 'so X', text: 'Die Verhandlungen seien gescheitert, so die Gewerkschaft.', cue: 'so', source: 'die Gewerkschaft', content: 'Die Verhandlungen seien gescheitert', kind: 'according_to' },
  { name: 'laut X', text: 'Laut Polizei wurden drei Menschen verletzt.', cue: 'Laut', source: 'Polizei', content: 'wurden drei Menschen verletzt', kind: 'according_to' },
  { name: 'X zufolge', text: 'Dem Bericht zufolge stiegen die Preise um drei Prozent.', cue: 'zufolge', source: 'Dem Bericht', content: 'stiegen die Preise um drei Prozent', kind: 'according_to' },
  { name: 'nach Angaben von X', text: 'Nach Angaben der Feuerwehr brach das Feuer im Keller aus.', cue: 'Nach', source: 'Angaben der Feuerwehr', content: 'brach das Feuer im Keller aus', kind: 'according_to' },
  { name: 'nach eigenen Angaben', text: 'Die Firma hat nach eigenen Angaben 200 Stellen geschaffen.', cue: 'nach', source: 'eigenen Angaben', content: '200 Stellen geschaffen', kind: 'according_to' },
  { name: 'ihrer Meinung nach', text: 'Ihrer Meinung nach ist der Plan zu teuer.', cue: 'nach', source: 'Ihrer', content: 'ist der Plan zu teuer', kind: 'according_to' },
  { name: 'wie X mitteilte', text: 'Der Flughafen bleibt geschlossen, wie EADS gestern mitteilte.', cue: 'mitteilte', source: 'EADS', content: 'Der Flughafen bleibt geschlossen', kind: 'according_to' },
  { name: 'demnach', text: 'Die Behörde legte einen Bericht vor. Demnach fehlen 300 Lehrer.', cue: 'Demnach', source: 'Demnach', content: 'fehlen 300 Lehrer', kind: 'according_to' },
  { name: 'passive with no source', text: 'Peking wurde beschuldigt, Waffen geliefert zu haben.', cue: 'wurde beschuldigt', source: '', content: 'Waffen geliefert zu haben', kind: 'unnamed', entity: 'unnamed' },
  { name: 'hieß es', text: '„Die Gespräche laufen“, hieß es aus Regierungskreisen.', cue: 'hieß es', source: 'Regierungskreisen', content: '„Die Gespräche laufen“', kind: 'unnamed' },
  { name: 'anonymous source', text: 'Insider sagten, der Konzern plane einen Verkauf.', cue: 'sagten', source: 'Insider', content: 'der Konzern plane einen Verkauf', kind: 'unnamed' },
  { name: 'verb-final in a relative clause', text: 'Xi führte ein Gespräch mit Trump, das der US-Präsident als „sehr gut“ beschrieb.', cue: 'beschrieb', source: 'der US-Präsident', content: 'als „sehr gut“', kind: 'mixed', entity: 'Trump' },
  { name: 'coordinated verbs share the subject', text: 'Xi nannte Putin einen „lieben Freund“ und betonte, dass die Beziehungen gut seien.', cue: 'betonte', source: 'Xi', content: 'dass die Beziehungen gut seien' },
  { name: 'name and colon', text: 'Merkel: „Wir schaffen das.“', cue: '', source: 'Merkel', content: '„Wir schaffen das.“', kind: 'direct' },
  { name: 'opinion noun with a light verb', text: 'Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.', cue: 'kamen Ergebnis', source: 'Die Experten', content: 'dass es keine Beweise gebe' },
  { name: 'hearsay sollen', text: 'Im Jahr 2010 sollen über 7.000 Menschen bei Unfällen ums Leben gekommen sein.', cue: '', source: '', content: 'sollen über 7.000 Menschen', kind: 'unnamed' },
  { name: 'wie-clause with a particle before the verb', text: 'Wie die Firma am Morgen bekannt gab, wird sie das Werk schließen.', cue: 'bekannt gab', source: 'die Firma', content: 'wird sie das Werk schließen', kind: 'according_to' },
  { name: 'wie-clause with an apposition', text: 'Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es ein Blutbad gegeben.', cue: 'ausführte', source: 'der Vorsitzende Richter, Ottmar Breidling', content: 'hätte es ein Blutbad gegeben' },
  { name: 'nominalised adjective as the subject', text: 'Am Montag sagte der 81-jährige in einem Interview, dass die Maus tot gewesen sei.', cue: 'sagte', source: 'der 81-jährige', content: 'dass die Maus tot gewesen sei' },
  { name: 'quoted name opening the subject', text: '„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, die Zahl der Helfer zu erhöhen.', cue: 'kündigten an', source: '„Ärzte ohne Grenzen“ sowie das Rote Kreuz', content: 'die Zahl der Helfer zu erhöhen' },
  { name: 'quote framed by a colon without a cue verb', text: 'In der ARD zeigte sich der Bundestrainer zufrieden: „Wir haben uns gesteigert.“', cue: '', source: 'der Bundestrainer', content: '„Wir haben uns gesteigert.“', kind: 'direct' },
  { name: 'any verb after a fronted quote', text: '„Wir brauchen nur noch ein Unentschieden“, zeigte sich der Trainer zufrieden.', cue: 'zeigte', source: 'der Trainer', content: '„Wir brauchen nur noch ein Unentschieden“', kind: 'direct' },
  { name: 'halten für', text: 'Beobachter halten es für unwahrscheinlich, dass das Gericht entscheidet.', cue: 'halten für unwahrscheinlich', source: 'Beobachter', content: 'dass das Gericht entscheidet' },
  { name: 'news that became known', text: 'Im Mai wurde bekannt, dass die Sparte verkauft wird.', cue: 'wurde bekannt', source: '', content: 'dass die Sparte verkauft wird', kind: 'unnamed' },
  { name: 'zu-infinitive opening with a time phrase', text: 'Die Parteien hatten erklärt, am Dienstag das Verfahren einzuleiten.', cue: 'hatten erklärt', source: 'Die Parteien', content: 'am Dienstag das Verfahren einzuleiten' },
  { name: 'fronted claim opening with a preposition', text: 'In Deutschland habe Sarkozy bessere Chancen als in Frankreich, sagte Mélenchon.', cue: 'sagte', source: 'Mélenchon', content: 'In Deutschland habe Sarkozy bessere Chancen als in Frankreich' },
  { name: 'sollen continues a recent speaker', text: 'Der Konzern teilte mit, er habe Verlust gemacht. Hintergrund sollen Abschreibungen im Stahlgeschäft sein.', cue: '', source: 'Der Konzern', content: 'Hintergrund sollen Abschreibungen im Stahlgeschäft sein' },
  { name: 'relative pronoun as the subject', text: 'Anwesend war auch Ramsey Clark, der der Regierung vorwarf, Aktivisten zu schützen.', cue: 'vorwarf', source: 'Ramsey Clark der', content: 'Aktivisten zu schützen', entity: 'Ramsey Clark' },
  { name: 'anders als X behauptet', text: 'Das Fahrzeug sei, anders als das Militär behauptet, langsam gefahren.', cue: 'behauptet', source: 'das Militär', content: 'Das Fahrzeug sei', kind: 'according_to' },
  { name: 'quoted characterisation fronted', text: 'Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund.', cue: 'bezeichnet', source: 'die Archäologin Montserrat Sanz', content: '„unerwartetes Geschenk“', kind: 'mixed' },
  { name: 'Konjunktiv I continuation', text: 'Der Sprecher sagte, die Lage sei ruhig. Viele Menschen seien aber in Panik.', cue: '', source: 'Der Sprecher', content: 'Viele Menschen seien aber in Panik' },
  { name: 'warnen vor with a quote', text: 'Trump warnte Moskau vor „großen Schwierigkeiten“.', cue: 'warnte', source: 'Trump', content: 'vor „großen Schwierigkeiten“', kind: 'mixed' },
  // Speakers resolved from real pages (tests/golden, train split).
  {
    name: 'a pronoun with no earlier speaker stands for the person named before it',
    text: 'Die Burgschauspielerin Lotte Tobisch ist gestorben. Das teilte die Organisation Künstler helfen Künstlern mit. Ihre Starrolle spielte Tobisch allerdings in der Staatsoper. „Man muss es ernsthaft machen, es muss klappen“, sagte sie in einem Interview.',
    cue: 'sagte',
    source: 'sie',
    content: 'Man muss es ernsthaft machen',
    entity: 'Lotte Tobisch',
  },
  {
    name: 'a pronoun stands for the one person named in the sentence before, not the last speaker',
    text: 'Co-Redaktionsleiter Renato kommt nun oft mit klackernden Schnürschuhen ins Büro. «Er hat das wirklich gut gemacht», findet Olivier zu den Interviews. Zum Glück klopft da gerade Renato an die Tür. «Freunde, ist jemand morgen um neun hier?», sagt er.',
    cue: 'sagt',
    source: 'er',
    content: 'Freunde, ist jemand morgen um neun hier?',
    entity: 'Renato',
  },
  {
    name: 'a pronoun after an unnamed person opening the sentence before stands for that person, not the last speaker',
    text: '„Die Meldung muss innerhalb von 72 Stunden erfolgen“, so Caspar.\nNDR-Reporter konnten die Person recherchieren. Der Mann veröffentlicht regelmäßig im Darknet gehackte Informationen. Er sagt von sich selbst, dass er aus aktivistischen Beweggründen gehandelt habe.',
    cue: 'sagt',
    source: 'Er',
    content: 'dass er aus aktivistischen Beweggründen gehandelt habe',
    entity: 'der Mann',
  },
  {
    name: 'a spokesperson named nowhere stays a spokesperson',
    text: 'Für die Belegschaft lässt Gegenbauer von einem Dienstbekleidungspartner Atemmasken produzieren. „Das Tragen muss aber auch richtig erklärt werden“, sagt der Sprecher.',
    cue: 'sagt',
    source: 'der Sprecher',
    content: 'Das Tragen muss aber auch richtig erklärt werden',
    entity: 'Sprecher',
  },
  {
    name: 'a role before a name is that name, not a longer name sharing the first name',
    text: 'Mit dabei war auch Stefan Bröckling. Wie Sprecher Stefan Gobbin erklärte, wollte sich die Halle darum kümmern, dass die Tiere versorgt werden.',
    cue: 'erklärte',
    source: 'Sprecher Stefan Gobbin',
    content: 'wollte sich die Halle darum kümmern',
    entity: 'Stefan Gobbin',
  },
  {
    name: 'a colon quote after a preposition phrase belongs to the subject, not to the phrase',
    text: 'Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben festgestellt, dass in den Netzen mehrere große Löcher sind.“',
    cue: '',
    source: 'Stefan Bröckling von der Tiernothilfe',
    content: 'Wir haben festgestellt',
    entity: 'Stefan Bröckling',
  },
  {
    name: 'a colon quote after a preposition phrase: the pronoun is the speaker, not the phrase',
    text: 'Lotte Tobisch prägte den Opernball. Und trotz ihrer Lebensfreude war sie manchmal auch nachdenklich: „Was mich heute noch wirklich interessiert: diese Rätselhaftigkeit des Menschen.“',
    cue: '',
    source: 'sie',
    content: 'Was mich heute noch wirklich interessiert',
    entity: 'Lotte Tobisch',
  },
  {
    name: 'das Unternehmen stands for the company named before',
    text: '„Der Rechtsstaat darf die eigenen Versäumnisse nicht auf private Unternehmen abwälzen“, kommentiert Facebook das Gesetz. Zudem warnt das Unternehmen vor einem „nationalen Alleingang“ und fordert eine europäische Lösung.',
    cue: 'warnt',
    source: 'das Unternehmen',
    content: 'vor einem „nationalen Alleingang“',
    entity: 'Facebook',
  },
  {
    name: 'Angaben des Konzerns stands for the company named before',
    text: 'Rheinmetall erklärt auf Anfrage, dass die konzerneigene IT nicht gehackt worden sei. Bei einem anderen Vorfall war Rheinmetall im September 2019 von Hackern angegriffen worden. Dabei konnten die Angreifer nach Angaben des Konzerns eine Schadsoftware einschleusen.',
    cue: 'nach',
    source: 'Angaben des Konzerns',
    content: 'eine Schadsoftware einschleusen',
    entity: 'Rheinmetall',
  },
  {
    name: 'a fronted adverb is no speaker of a colon quote',
    text: 'Ähnlich äußerte sich Linken-Fraktionsgeschäftsführer Jan Korte: „Wann, wenn nicht jetzt, muss über das Impfdebakel gesprochen werden?“',
    cue: '',
    source: 'Linken-Fraktionsgeschäftsführer Jan Korte',
    content: 'Wann, wenn nicht jetzt',
    entity: 'Jan Korte',
  },
  {
    name: 'a company spokesperson speaks for the company named before',
    text: 'Rheinmetall erklärt auf Anfrage, dass die konzerneigene IT nicht gehackt worden sei. Man habe „alle notwendigen Maßnahmen ergriffen“, teilte der Konzern-Sprecher weiter mit.',
    cue: 'teilte mit',
    source: 'der Konzern-Sprecher',
    content: 'alle notwendigen Maßnahmen ergriffen',
    entity: 'Rheinmetall',
  },
  {
    name: 'a genitive role noun names its speaker in the nominative',
    text: 'Überprüfen lassen sich diese Aussagen nicht, der Hacker selbst war nach Aussage des Aktivisten nicht zu einem Gespräch bereit.',
    cue: 'nach',
    source: 'Aussage des Aktivisten',
    content: 'der Hacker selbst war',
    entity: 'Aktivist',
  },
  {
    name: 'a report mentioned again is the body named with it before',
    text: 'Der OECD-Bericht „Health at a Glance“ erfasst regelmäßig zahlreiche Daten. Die Methoden zur Umrechnung von Getränken in reinen Alkohol könnten sich von Land zu Land unterscheiden, hieß es in dem Bericht.',
    cue: 'hieß es',
    source: 'dem Bericht',
    content: 'Die Methoden zur Umrechnung',
    entity: 'OECD',
  },
  {
    name: 'a medium named in quotation marks is no anonymous insider',
    text: 'Wie der "Business Insider" unter Berufung auf Regierungskreise berichtet, soll der geplante vierte Öffnungsschritt bundesweit ausgesetzt werden.',
    cue: 'berichtet',
    source: 'der "Business Insider"',
    content: 'soll der geplante vierte Öffnungsschritt',
    entity: 'Business Insider',
    type: 'media',
  },
  { name: 'abbreviations do not split the source', text: 'Laut Prof. Dr. Matthias Beckmann ist die Methode sicher.', cue: 'Laut', source: 'Prof. Dr. Matthias Beckmann', content: 'ist die Methode sicher' },
];

describe('German attributions', () => {
  checkCases(CASES, 'de', true);

  it('finds no claim in quoted titles, topics and plain reporting', () => {
    const text =
      'Das Orchester spielte die „Ode an die Freude“. Der Handel erreichte 2023 einen Rekord von 240 Mrd. US-Dollar. ' +
      'Sie sprachen über Handel, Fentanyl und TikTok, unter anderem. Putin hat noch nicht mit Trump gesprochen, gratulierte ihm jedoch. ' +
      'Die Regierung legte die bereits erwähnten Zahlen vor. Der Trainer erklärte, damit die Spieler ruhig blieben. ' +
      'Die Ministerin begrüßte den Botschafter, der gestern in Berlin eintraf. Aus der Ehe gingen drei Kinder hervor. ' +
      'Auch auf wiederholte Nachfrage wollte sich Rheinmetall nicht dazu äußern, ob eine Behörde informiert wurde. ' +
      'NDR-Reporter konnten die Person recherchieren, die die Daten mutmaßlich veröffentlicht hat. ' +
      'Die Bevölkerung sehnt sich nach dem Impfstoff, der die Corona-Pandemie endlich beenden soll. ' +
      'Die Bürostühle stehen da, wenn man sich am Ende eines Tages vom Pult abstösst und sagt: So, für heute reichts. ' +
      'Und seine Glubschaugen werden weiterglubschen, wenn wir an die Scheibe klopfen und ihm sagen: Wir sind dann mal weg. ' +
      'Es bezeichnet den Entwurf des Netzwerkdurchsetzungsgesetzes als ungeeignet. ' +
      'Der Handel lohnt sich nur, wenn derjenige, dem ich meine gezielte Werbung auf den Computer lade, auch kaufen kann. ' +
      'Dann zeigte er meine Fotos, dass alle lachten. ' +
      'Nachrichten schreiben können Computer sicher auch, Rechtsexpertisen erstellen können Computer jetzt schon.';
    expect(extract(text).attributions).toEqual([]);
  });

  it('shows a pronoun that refers back to nobody as no named source, in either language', () => {
    for (const text of ['Sie sagte, die Theorie lehre Bescheidenheit.', 'It said the plant would close in March.']) {
      const [a] = extract(text).attributions;
      expect(a.entity, text).toEqual({ name: 'unnamed', type: 'unnamed' });
    }
  });

  it('reads a participle after an article and an adverb as an adjective, not a cue', () => {
    const text = 'Barack Obama hat in einer vorgestern veröffentlichten Videobotschaft angekündigt, auf staatliche Gelder zu verzichten.';
    expect(extract(text).attributions.map((a) => show(text, a.cue))).toEqual(['hat angekündigt']);
  });

  it('names the speaker behind a carrier noun and keeps an apposition out of the name', () => {
    const text =
      'Nach Angaben des Konzerns wurde niemand verletzt. Nach NDR-Recherchen fehlen 1400 Dateien. ' +
      'Tobias Lindner, Sprecher der Grünen im Bundestag, nannte den Vorfall „besorgniserregend“.';
    const entities = extract(text).attributions.map((a) => [a.entity.name, a.entity.type]);
    expect(entities).toEqual([
      ['Konzern', 'organisation'],
      ['NDR', 'organisation'],
      ['Tobias Lindner', 'person'],
    ]);
  });

  it('names the document, not its part, behind a section of a document', () => {
    const text = '„Vorgesehen ist eine gesetzliche Berichtspflicht für soziale Netzwerke“, heißt es in der Einleitung des Entwurfs (PDF).';
    expect(extract(text).attributions.map((a) => a.entity.name)).toEqual(['Entwurf']);
  });

  it('names a body without the kind of body written before its name', () => {
    const text = 'Die Burgschauspielerin ist gestorben. Das teilte die Organisation Künstler helfen Künstlern mit.';
    expect(extract(text).attributions.map((a) => [a.entity.name, a.entity.type])).toEqual([['Künstler', 'organisation']]);
  });

  it('names a speaker of a weak noun in the nominative', () => {
    const text = 'Der Hacker selbst war nach Aussage des Aktivisten nicht zu einem Gespräch bereit.';
    expect(extract(text).attributions.map((a) => a.entity.name)).toEqual(['Aktivist']);
  });

  it('reads soll in a relative clause after a quote as the author speaking', () => {
    const text =
      'Ähnlich äußerte sich Linken-Fraktionsgeschäftsführer Jan Korte: „Wann, wenn nicht jetzt, muss über das Impfdebakel gesprochen werden?“ ' +
      'Die Bevölkerung sehnt sich nach dem Impfstoff, der die Corona-Pandemie endlich beenden soll.';
    expect(extract(text).attributions.map((a) => show(text, a.content))).toEqual(['„Wann, wenn nicht jetzt, muss über das Impfdebakel gesprochen werden?“']);
  });

  it('reads a short quoted name right before the verb as its subject, not as its claim', () => {
    const text = '„D.Live“ kündigt eine baldige Lösung an.';
    expect(extract(text).attributions.map((a) => show(text, a.source))).not.toContain('eine baldige Lösung');
  });

  it('reads a present participle after an article as an adjective, not as Konjunktiv I', () => {
    const text =
      'Sie fordert, jeder noch so plausiblen eigenen Hypothese bescheiden eine alternative Hypothese gegenüberzustellen. ' +
      'Die daraus entstehende, erweiterte Synthese bildet die Grundlage für fortschreitende wissenschaftliche Erkenntnis.';
    expect(extract(text).attributions.map((a) => show(text, a.cue))).toEqual(['fordert']);
  });

  it('joins a quote split around its cue into one claim', () => {
    const text = '«Ach, bitte nicht», seufzt Catherine eine Pult-Insel entfernt. «Das läuft mir jetzt wieder den ganzen Tag nach!»';
    const found = extract(text).attributions;
    expect(found.map((a) => [a.entity.name, a.content.map((c) => text.slice(c[0], c[1]))])).toEqual([
      ['Catherine', ['«Ach, bitte nicht»', '«Das läuft mir jetzt wieder den ganzen Tag nach!»']],
    ]);
  });

  it('does not run a name over a line break', () => {
    const text = 'Diplomatie\nXi und Putin telefonierten. Der chinesische Präsident Xi Jinping sagte, die Lage sei gut.\nXi betonte, dass beide Länder Partner seien.';
    const entities = extract(text).attributions.map((a) => a.entity.name);
    expect(entities).toEqual(['Xi Jinping', 'Xi Jinping']);
  });

  it('resolves a pronoun to the last speaker and a surname to the full name', () => {
    const text = 'Der Kremlberater Juri Ushakov sagte, das Gespräch sei gut gewesen. Er betonte, dass Ushakov nicht gelogen habe. Später sagte Ushakov, er sei zufrieden.';
    const entities = extract(text).attributions.filter((a) => a.cue.length > 0).map((a) => a.entity.name);
    expect(entities).toEqual(['Juri Ushakov', 'Juri Ushakov', 'Juri Ushakov']);
  });
});
