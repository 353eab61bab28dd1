/** German claims: where one starts and ends, whether a finding is a claim at all, one finding per claim. */
import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { show } from './attribution-cases';

const claims = (text: string) => extract(text, { lang: 'de' }).attributions.map((a) => show(text, a.content));

describe('German claims', () => {
  it('ends what a speaker said at the author’s own indicative sentence', () => {
    const text =
      '„Wir sind vorbereitet“, sagte die Ärztin. Möglicherweise hat die Klinik aber schon zu wenig Betten. ' +
      'In diesem Fall sei die Lage ernst. Viele Patienten müssten verlegt werden.';
    expect(claims(text)).toEqual(['„Wir sind vorbereitet“']);
  });

  it('takes a claim before `, erzählt X` that opens with a circumstance clause when its main clause is in Konjunktiv', () => {
    const reported = 'Die Arbeit ist schwer. Um die Pflanzen aufzuspüren, müsse man tagelang durch den Dschungel laufen, erzählt die Botanikerin Ana Ruiz.';
    expect(claims(reported)).toEqual(['Um die Pflanzen aufzuspüren, müsse man tagelang durch den Dschungel laufen']);
    const framed = 'Die Arbeit ist schwer. Als die Forscher ankamen, erzählte die Botanikerin Ana Ruiz, es sei kalt gewesen.';
    expect(claims(framed)).toEqual(['es sei kalt gewesen']);
  });

  it('reads `mutmaßen` as a verb of thought like `vermuten`, and the adjective `mutmaßlich` as none', () => {
    expect(claims('So mutmaßt die Botanikerin Ana Ruiz, dass die Gene mit der Blütengröße zu tun haben.')).toEqual(['dass die Gene mit der Blütengröße zu tun haben']);
    expect(claims('Der mutmaßliche Täter schwieg, dass es alle hörten.')).toEqual([]);
  });

  it('reads `hält X für` an adjective that judges as a claim, and `hält X für` a noun as none', () => {
    const judged = 'Die Biologin Ana Ruiz forscht in Peru. Sie hält diese Fülle an Genen für bemerkenswert. Der Minister hält das für falsch.';
    expect(extract(judged, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(judged, a.content)])).toEqual([
      ['Ana Ruiz', 'diese Fülle an Genen für bemerkenswert'],
      ['Minister', 'das für falsch'],
    ]);
    expect(claims('Die Stadt hält Vorräte für den Winter. Der Bürgermeister hält eine Rede für ihn. Das Werk hält die Temperatur für Stunden konstant.')).toEqual([]);
    expect(claims('Der Rat hält es nach langer Debatte nicht mehr für nötig, die Reformen zu prüfen.')).toEqual([]);
  });

  it('goes on with a plural Konjunktiv II (`könnten`) after the speaker, not after the author imagined', () => {
    const next = 'Die Forscherin Ana Ruiz vermutet, die Gene seien Motoren. Sie könnten dem Parasiten helfen.';
    expect(claims(next)).toEqual(['die Gene seien Motoren', 'Sie könnten dem Parasiten helfen']);
    const afterAuthor = 'Die Forscherin Ana Ruiz vermutet, die Gene seien Motoren. Damit wären die Gene sehr wichtig. Sie könnten dem Parasiten helfen.';
    expect(claims(afterAuthor)).toEqual(['die Gene seien Motoren']);
    const afterReport = 'Die Forscherin Ana Ruiz vermutet, die Gene seien Motoren. Sie hat dazu eine Studie vorgelegt. Sie könnten dem Parasiten helfen.';
    expect(claims(afterReport)).toEqual(['die Gene seien Motoren', 'Sie könnten dem Parasiten helfen']);
    const konjunktivI = 'Die Forscherin Ana Ruiz vermutet, die Gene seien Motoren. Damit wären die Gene sehr wichtig. Sie seien dem Parasiten eine Hilfe.';
    expect(claims(konjunktivI)).toEqual(['die Gene seien Motoren', 'Sie seien dem Parasiten eine Hilfe']);
  });

  it('goes on with the speaker after a dash that follows the cue and its source, in Konjunktiv only', () => {
    const reported = '„Hin und wieder müssen wir mal etwas sagen“, sagt der Chef Jan Ott – aber alle Angestellten würden sich viel Mühe geben.';
    expect(claims(reported)).toEqual(['„Hin und wieder müssen wir mal etwas sagen“', 'alle Angestellten würden sich viel Mühe geben']);
    const authors = '„Hin und wieder müssen wir mal etwas sagen“, sagt der Chef Jan Ott – und alle Angestellten geben sich viel Mühe.';
    expect(claims(authors)).toEqual(['„Hin und wieder müssen wir mal etwas sagen“']);
  });

  it('goes on with the speaker over a relative clause in the indicative', () => {
    const text = '„Wir halten durch“, sagt der Bäcker. Sonst könnte er den Laden schließen, den sein Vater gegründet hat. Viel habe sich verändert.';
    expect(claims(text)).toEqual(['„Wir halten durch“', 'Viel habe sich verändert']);
  });

  it('reads Konjunktiv II standing alone as imagined, in a condition as reported', () => {
    const imagined = 'Der Forscher sagte, die Pflanze sei ein Parasit. In diesem Fall wäre ihr Genom sehr klein.';
    expect(claims(imagined)).toEqual(['die Pflanze sei ein Parasit']);
    const condition = 'Der Forscher sagte, die Pflanze sei ein Parasit. Ihr Genom wäre längst verschwunden, wenn sie nicht Gene stehlen würde.';
    expect(claims(condition)).toEqual(['die Pflanze sei ein Parasit', 'Ihr Genom wäre längst verschwunden, wenn sie nicht Gene stehlen würde']);
  });

  it('lets speech after a colon go on in the indicative', () => {
    const text = 'Sinngemäß sagt der Arzt: Da freuen sich die Forscher bloß. Viren gab es doch schon immer. Und die Fälle wären verborgen geblieben, wenn man nicht suchen würde.';
    expect(claims(text)).toContain('die Fälle wären verborgen geblieben, wenn man nicht suchen würde');
  });

  it('reads a verb after a demonstrative opening the sentence as Konjunktiv I', () => {
    const text = '„Die Kosten sind gestiegen“, sagt die Händlerin. Das verteuere die Äpfel aus Chile. Denn bei diesem Obst mache der Transport viel aus.';
    expect(claims(text)).toEqual(['„Die Kosten sind gestiegen“', 'Das verteuere die Äpfel aus Chile. Denn bei diesem Obst mache der Transport viel aus']);
  });

  it('reads a capitalised Konjunktiv form as a noun and runs no claim into a heading', () => {
    const text = 'Der Wirt sagte, er habe Angst. Viele Gäste blieben weg.\nSorge um die Freundschaft\nDer Bürgermeister lacht.';
    expect(claims(text)).toEqual(['er habe Angst']);
  });

  it('reads an unreal comparison as the author’s, not as reported speech', () => {
    const text = 'Der Wirt sagte, er habe Angst. Viele Franzosen bemühen sich, als könnten sie damit den Spuk bannen.';
    expect(claims(text)).toEqual(['er habe Angst']);
  });

  it('finds no claim in a generic subject asking', () => {
    const text = 'Das Ganze nimmt derart surreale Züge an, dass man sich fragt, ob das alles Wirklichkeit ist.';
    expect(claims(text)).toEqual([]);
  });

  it('takes the answer, not the question framing it, as the claim', () => {
    const direct = 'Auf die Frage, ob er neue Zahlen habe, sagte der Minister: „Ja, aber ich kann nicht darüber sprechen.“';
    expect(claims(direct)).toEqual(['„Ja, aber ich kann nicht darüber sprechen.“']);
    const reported = 'Auf die Frage, ob er neue Zahlen habe, sagte der Minister, er wisse nichts.';
    expect(claims(reported)).toEqual(['er wisse nichts']);
  });

  it('reads a fronted clause with its own finite verb as the claim, not as a source', () => {
    const text = '„Noch“ werde man nicht zu einem Streik aufrufen, sagt die Gewerkschafterin.';
    const found = extract(text, { lang: 'de' }).attributions.map((a) => [show(text, a.source), show(text, a.content)]);
    expect(found).toEqual([['die Gewerkschafterin', '„Noch“ werde man nicht zu einem Streik aufrufen']]);
  });

  it('leaves a quotation running into a cue of its own to that cue', () => {
    const text = '"Uns fehlt der Rhythmus", sagt die Trainerin. "Sie ist zu gut für die Bank. Lena hat einen starken Aufschlag", so die Sportdirektorin über die Stärken der Spielerin.';
    const found = extract(text, { lang: 'de' }).attributions.map((a) => [show(text, a.source), show(text, a.content)]);
    expect(found).toEqual([
      ['die Trainerin', '"Uns fehlt der Rhythmus"'],
      ['die Sportdirektorin', '"Sie ist zu gut für die Bank. Lena hat einen starken Aufschlag"'],
    ]);
  });

  it('ends reported speech at a verb and subject that close it and name its speaker', () => {
    const text = '„Die Lieferkette hält“, sagt die Händlerin. Angst vor Engpässen müsse aber niemand haben, beruhigt die Chefin. Zu Beginn habe noch Unsicherheit geherrscht.';
    const found = extract(text, { lang: 'de' }).attributions.map((a) => [show(text, a.source), show(text, a.content)]);
    expect(found).toEqual([
      ['die Händlerin', '„Die Lieferkette hält“'],
      ['die Chefin', 'Angst vor Engpässen müsse aber niemand haben'],
      ['die Chefin', 'Zu Beginn habe noch Unsicherheit geherrscht'],
    ]);
  });

  it('ends a claim where another finding of the sentence begins', () => {
    const text = 'Er sagt, dass er aus Überzeugung gehandelt habe: "Ich habe die Daten veröffentlicht, weil ich gegen Waffen bin", schrieb er dem Sender.';
    const found = extract(text, { lang: 'de' }).attributions.map((a) => [show(text, a.cue), show(text, a.content), a.kind]);
    expect(found).toEqual([
      ['sagt', 'dass er aus Überzeugung gehandelt habe', 'indirect'],
      ['schrieb', '"Ich habe die Daten veröffentlicht, weil ich gegen Waffen bin"', 'direct'],
    ]);
  });

  it('finds a quotation claimed by two cues of one sentence once', () => {
    const text = 'Die Händlerin, die Früchte importiert, nennt die Hürden: „Die Kosten sind gestiegen“, berichtet die Kauffrau.';
    expect(claims(text)).toEqual(['„Die Kosten sind gestiegen“']);
  });

  it('takes a quotation up again after its cue and subject as one claim', () => {
    const text = '„Wir sind bereit“, sagte die Ministerin am Montag, „die Kliniken haben genug Betten.“';
    const found = extract(text, { lang: 'de' }).attributions;
    expect(found.map((a) => show(text, a.content))).toEqual(['„Wir sind bereit“ „die Kliniken haben genug Betten.“']);
    const own = '„Wir sind bereit“, sagte die Ministerin, und sie fügte hinzu: „Die Kliniken haben genug Betten.“';
    expect(extract(own, { lang: 'de' }).attributions.map((a) => show(own, a.content))).toEqual(['„Wir sind bereit“', '„Die Kliniken haben genug Betten.“']);
  });

  it('goes on with unquoted words after a colon while the next sentences read as spoken', () => {
    const text = 'Der Minister mahnte: Besorgt ausreichend Seife! Reinigt die Türklinken! Wer hustet, bleibt zu Hause! Am Montag trifft sich das Kabinett.';
    expect(claims(text)).toEqual(['Besorgt ausreichend Seife! Reinigt die Türklinken! Wer hustet, bleibt zu Hause']);
    const plain = 'Der Minister sagte: Die Lage ist ernst. Am Montag trifft sich das Kabinett.';
    expect(claims(plain)).toEqual(['Die Lage ist ernst']);
  });

  it('reads first person after a colon as nobody else’s words in a text its author speaks', () => {
    const speech =
      'Wir haben lange beraten. Ich danke allen Kollegen. Uns liegt der Antrag vor. Wir stimmen zu. ' +
      'Der Minister hat im Landtag gesagt: Die Lage ist ernst. Wir werden den Antrag trotzdem ablehnen.';
    expect(claims(speech)).toEqual(['Die Lage ist ernst']);
  });

  it('takes the whole clause a quoted word ends before its cue as the claim, not the word alone', () => {
    for (const cue of ['sagte der Bürgermeister', 'so der Bürgermeister', 'heißt es aus dem Rathaus']) {
      const text = `Das Projekt sei ein „Quantensprung“, ${cue}.`;
      expect(claims(text)).toEqual(['Das Projekt sei ein „Quantensprung“']);
    }
    const quote = 'Er lachte. „Das Projekt ist ein Quantensprung“, sagte der Bürgermeister.';
    expect(claims(quote)).toEqual(['„Das Projekt ist ein Quantensprung“']);
    const tail = 'Wollen sie hier einkaufen, „droht eine Geldbuße“, erläutert der Sprecher.';
    expect(claims(tail)).toEqual(['Wollen sie hier einkaufen, „droht eine Geldbuße“']);
  });

  it('runs no quotation on into a heading that only quotes words', () => {
    const text = '„Wir sind bereit“, sagte die Ministerin.\n„Neue Betten“\nDie Kliniken melden Engpässe.';
    expect(claims(text)).toEqual(['„Wir sind bereit“']);
  });

  it('takes the bare object of a demand or a reproach as the claim, not a count of the dead', () => {
    expect(claims('Die Opposition verlangt Aufklärung.')).toEqual(['Aufklärung']);
    expect(claims('Der Verband kritisiert zudem die Höhe der geplanten Bußgelder.')).toEqual(['die Höhe der geplanten Bußgelder']);
    expect(claims('Der Sturm forderte zehn Tote.')).toEqual([]);
  });

  it('takes no claim from a reproach whose object only points back to a thing named before', () => {
    expect(claims('Der Mieterbund kritisierte den Entwurf. Er sei zu vage, teilte der Verein mit.')).toEqual(['Er sei zu vage']);
  });

  it('finds no claim in the main clause after a fronted circumstance with a cue verb', () => {
    expect(claims('Nachdem der Minister die Zahlen erläutert hatte, verließ er den Saal.')).toEqual([]);
    expect(claims('Indem die Forscher die Proben untersuchten und den Inhalt mit anderen Genomen verglichen, gelang ihnen ein Blick in die Vergangenheit.')).toEqual([]);
    expect(claims('Als die Ministerin sagte: „Wir sind bereit“, lachten alle.')).toEqual(['„Wir sind bereit“']);
  });

  it('reads `sollen` with a time to come or a passive infinitive as a plan, not as the last speaker’s words', () => {
    const said = 'Der Minister sagte, die Lage sei ernst. ';
    expect(claims(`${said}Bis 2030 sollen im ganzen Land neue Strecken entstehen.`)).toEqual(['die Lage sei ernst']);
    expect(claims(`${said}Künftig soll die Behörde jeden Antrag prüfen.`)).toEqual(['die Lage sei ernst']);
    expect(claims(`${said}Im Gegenzug sollen die Firmen durch ein Gesetz entlastet werden.`)).toEqual(['die Lage sei ernst']);
    expect(claims(`${said}Hintergrund sollen Abschreibungen sein.`)).toEqual(['die Lage sei ernst', 'Hintergrund sollen Abschreibungen sein']);
  });

  it('reads `sollen` with the perfect infinitive of a separable verb as hearsay', () => {
    const text = 'Am Montag fand in Berlin ein Gipfel statt. Mehrere Minister sollen an dem Treffen teilgenommen haben.';
    expect(claims(text)).toEqual(['Mehrere Minister sollen an dem Treffen teilgenommen haben']);
  });

  it('ends a claim vouched for by `nach eigener Aussage` before a second verb of its subject', () => {
    const text = 'Ein Aktivist kaufte die Dateien nach eigener Aussage und stellte den Datensatz dann ins Netz.';
    expect(claims(text)).toEqual(['Ein Aktivist kaufte die Dateien']);
  });

  it('reads a count in a fronted subject as part of it, not as a time phrase', () => {
    expect(claims('Die Mieter und rund 50 Gruppen fordern die Aussetzung aller Mietzahlungen.')).toEqual(['die Aussetzung aller Mietzahlungen']);
    expect(claims('2019 sagte der Minister, die Lage sei ernst.')).toEqual(['die Lage sei ernst']);
  });

  it('finds no claim in an according-to phrase with no words around it', () => {
    expect(extract('Der Studie zufolge:\nDie Zahl der Fälle steigt.', { lang: 'de' }).attributions).toEqual([]);
  });

  it('takes what the byline’s own newsroom found out as the author’s report, another outlet’s as a claim', () => {
    const own = 'Die Firma ist nach WDR-Recherchen von einem Datenleck betroffen.\nVon Anna Muster und Jan Beispiel, WDR\nDer Konzern schwieg.';
    expect(claims(own)).toEqual([]);
    const credit = 'Nach Informationen von RADIO NORD hatte ein Händler nichts gewusst.\nQuelle: RADIO NORD/ls';
    expect(claims(credit)).toEqual([]);
    const other = 'Die Firma ist nach Recherchen des WDR von einem Datenleck betroffen.\nVon Anna Muster, dpa';
    expect(claims(other)).toEqual(['Die Firma ist betroffen']);
  });

  it('reads an article after a label’s colon as opening a main clause, not a relative one', () => {
    expect(claims('Update: Das Regime in Nordkorea hat angeblich neue Fotos veröffentlicht.')).toEqual([]);
    expect(claims('Er nannte den Grund: Die Regierung habe den Bericht veröffentlicht.')).toEqual(['Die Regierung habe den Bericht veröffentlicht']);
  });

  it('reads a pronoun joined with other noun phrases after the verb as one subject, not the rest as the claim', () => {
    const text = 'Aktuell fordern er und die Gruppe sowie viele Unterzeichner die Aussetzung aller Mietzahlungen.';
    expect(claims(text)).toEqual(['die Aussetzung aller Mietzahlungen']);
    expect(claims('Dann nannte er „die Unsicherheit“ und das „Infektionsgeschehen“.')).toEqual(['„die Unsicherheit“ und das „Infektionsgeschehen“']);
  });
});
