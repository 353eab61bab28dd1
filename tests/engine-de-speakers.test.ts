import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { entityType } from '../lib/engine/entities';
import { withoutPrepositionalTail } from '../lib/engine/entities-de';
import { show } from './attribution-cases';

/** Speaker and content of each German attribution found in `text`. */
function found(text: string): [string, string][] {
  return extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(text, a.content)]);
}

describe('German speakers on real page shapes', () => {
  it('gives each answer paragraph of an interview to its label, carried-on paragraphs too, and drops the interviewer’s turns', () => {
    const text =
      'Der Philosoph Richard David Precht sagte, die Arbeit werde sich wandeln.\n' +
      'Karin Fischer: Richard David Precht, was kommt als Nächstes?\n' +
      'Precht: Ich glaube, dass die Banken als Nächstes dran sind.\n' +
      'Fischer: Ich sage, meine Sparkassenfiliale ist schon fast abgeschafft.\n' +
      'Precht: Also Sie gehen ja zur Bank. Sie steigen da ein, sagen, wo Sie hinwollen, und dann werden Sie da hingebracht.\n' +
      'Und das wird auch für die Versicherungen gelten, sagt der Mann von der Bank.\n' +
      'Weitere Informationen\n' +
      'Fischer: Warum sind Sie so sicher?\n' +
      'Precht: Ich glaube, einen erfolgreichen Charthit können auch Computer machen.\n';
    expect(found(text)).toEqual([
      ['Richard David Precht', 'die Arbeit werde sich wandeln'],
      ['Richard David Precht', 'Ich glaube, dass die Banken als Nächstes dran sind.'],
      ['Richard David Precht', 'Also Sie gehen ja zur Bank. Sie steigen da ein, sagen, wo Sie hinwollen, und dann werden Sie da hingebracht.'],
      ['Richard David Precht', 'Und das wird auch für die Versicherungen gelten, sagt der Mann von der Bank.'],
      ['Mann von der Bank', 'das wird auch für die Versicherungen gelten'],
      ['Richard David Precht', 'Ich glaube, einen erfolgreichen Charthit können auch Computer machen.'],
    ]);
  });

  it('finds no interview in a ticker whose topic lines open with labels but never ask', () => {
    const text =
      'Kim Jong Un: Der Diktator ist zurück.\n' +
      'Nordkorea: Kim Jong Un ist wieder da, Bilder veröffentlicht.\n' +
      'Die Bilder sollen ihn bei der Eröffnung einer Fabrik zeigen.\n' +
      'Kim Jong Un: Nordkoreas Diktator lächelt in die Kamera.\n' +
      'Nordkorea: Spekulationen über Kim Jong Un.\n' +
      'Der Sender CNN berichtete, Kim sei schwer krank.\n';
    expect(found(text)).toEqual([['Sender CNN', 'Kim sei schwer krank']]);
  });

  it('finds no interview in two lines that open with a label', () => {
    const text = 'Fazit: Die Lage bleibt ernst.\nPrecht: Sie sagte, dass die Banken als Nächstes dran sind.\n';
    expect(found(text).map(([, content]) => content)).toEqual(['dass die Banken als Nächstes dran sind']);
  });

  it('reads a cue verb’s infinitive after a Konjunktiv II modal as no statement', () => {
    const text = 'Würde das Gesetz diese Hürde passieren, könnte Johnson damit rechnen, die Unterstützung für den Deal doch noch zu bekommen.';
    expect(found(text)).toEqual([]);
  });

  it('reads a cue verb’s infinitive before lassen as making someone do it, not as a statement', () => {
    const text = 'Man bekommt ein Gefühl dafür, dass Loriot bei Dreharbeiten manches unzählige Male wiederholen ließ, einfach weil Präzision alles war.';
    expect(found(text)).toEqual([]);
  });

  it('reads `ließ mitteilen` as a statement made through others, with the subject of `ließ` as its speaker', () => {
    for (const text of ['Der Minister ließ mitteilen, dass er zufrieden sei.', 'Daraufhin ließ der Minister mitteilen, dass er zufrieden sei.'])
      expect(extract(text, { lang: 'de' }).attributions.map((a) => [show(text, a.source), show(text, a.content)]), text).toEqual([
        [text.startsWith('Der') ? 'Der Minister' : 'der Minister', 'dass er zufrieden sei'],
      ]);
  });

  it('finds no claim and no name in a picture credit', () => {
    const text =
      'Loriot Cartoon: Tagesschau © SWR/Hugo Jehle, honorarfrei - Verwendung gemäß der AGB im engen Zusammenhang mit genannter SWR-Sendung.\n' +
      'Loriot sagte einmal, Satire richte sich gegen die Macht.';
    expect(found(text)).toEqual([['Loriot', 'Satire richte sich gegen die Macht']]);
  });

  it('gives a definite description of a person (`die Wissenschaftlerin`, `der 54-Jährige`) to the person named before', () => {
    const text =
      'Dort untersuchte die Doktorandin Liming Cai die Pflanzen. Die Pflanzen seien klein, erklärt die Wissenschaftlerin. ' +
      'Auch Landwirt Karl Huber kam dazu. Das Feld sei verloren, sagte der 54-Jährige.';
    expect(found(text)).toEqual([
      ['Liming Cai', 'Die Pflanzen seien klein'],
      ['Landwirt Karl Huber', 'Das Feld sei verloren'],
    ]);
  });

  it('takes no sentence-opening adjective or preposition for a name that a pronoun could stand for', () => {
    const text =
      'Die Biologin Saima Shahid forscht in Boston. Transponierbare Elemente könnten Gene transportieren, sagt sie. ' +
      'Auf Grund der Lage müsse man sich abstimmen, sagt sie.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Saima Shahid', 'Saima Shahid']);
  });

  it('gives a pronoun to the person named as subject in its own sentence, not to one after `wie`', () => {
    const text =
      'Sogar Malariaparasiten haben noch ein Plastidengenom, so Molina. Ein Team um Charles Davis, Professor an der Harvard University, bestätigte 2021 die Ergebnisse. ' +
      'Ähnlich wie Molina ist auch Davis von den Pflanzen fasziniert, »weil sie die rätselhaftesten Blütenpflanzen sind«, sagt er.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Molina', 'Charles Davis']);
  });

  it('reads a nationality with a definite article (`der Franzose`) as the person named before', () => {
    const text =
      'Innenminister Klaus Bouillon sagte, die Grenze bleibe offen. Auch Bürgermeister Jean Dupont kam zur Brücke. „Ich mache mir keine Sorgen“, sagt der Franzose.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Klaus Bouillon', 'Jean Dupont']);
  });

  it('reads `Für X sei …` as X’s opinion only when the sentence has no cue of its own', () => {
    const text = 'Für das Quartier sei die neue Anlage ein "Quantensprung", hieß es aus dem Rathaus.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Rathaus']);
  });

  it('takes no noun after an article and an adjective for a name, and names the person after a genitive title', () => {
    const text =
      'Bürgermeister Jean Dupont kam zur Brücke. Wird die Aufkündigung der offenen Grenze Spuren hinterlassen? „Ich glaube es nicht“, sagt der Franzose. ' +
      'Das sei ein Fehler, sagte ein Sprecher des früheren Bundesministers Heiko Maas.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Jean Dupont', 'Heiko Maas']);
  });

  it('reads no gender from a heading’s last word before a name on the next line', () => {
    const text =
      '»Das ist fast unmöglich«, sagte Timothy Sackton. Saima Shahid ist Pflanzenbiologin in St. Louis. »Das ist etwas sehr Interessantes«, sagte Shahid.\n' +
      'Transposons als Gentransporter\n' +
      'Shahid bezweifelt, dass das Genom sich nicht um den Ballast kümmert. »Man muss viel Energie aufwenden«, sagt Shahid. Sie hält es daher für wahrscheinlicher, dass Transposons dem Parasiten nutzen.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Timothy Sackton', 'Saima Shahid', 'Saima Shahid', 'Saima Shahid', 'Saima Shahid']);
  });

  it('takes no field after a preposition into the name that follows it', () => {
    const text = 'Mit Hilfe des Direktors für Bioinformatik Timothy Sackton gelang der Entwurf. Das Genom bestehe zu 90 Prozent aus Bausteinen, sagt Sackton.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Timothy Sackton']);
  });

  it('reads a lone word told by an age as a first name (`Gesine (18)`, `Gesine … Die 18-Jährige`)', () => {
    const opened =
      'Gesine aus Tübingen läuft die Zeit davon. Die 18-Jährige hat sich an der Uni eingeschrieben, seit einem Monat ist sie auf der Suche nach einem Zimmer. 200 Bewerbungen habe sie schon verschickt, schätzt sie.';
    expect(found(opened).map(([speaker]) => speaker)).toEqual(['Gesine']);
    const bracketed = 'Auch Paul (18) sucht ein Zimmer. Er habe schon 200 Bewerbungen verschickt, sagt er.';
    expect(found(bracketed).map(([speaker]) => speaker)).toEqual(['Paul']);
  });

  it('gives a pronoun to the one person its paragraph names rather than to the last speaker of the paragraph before', () => {
    const text =
      '»Wir fanden Plastiden«, sagt Jeanmaire Molina.\n' +
      'Saima Shahid ist Pflanzenbiologin. »Das ist etwas sehr Interessantes«, sagte Shahid.\n' +
      'Die Seltenheit der Pflanzen erschwert die Arbeit allerdings erheblich. Molina kennt das. Auf den Philippinen etwa wachsen sie in Wäldern, in denen sich Rebellen verstecken. ' +
      'Man müsse sich daher im Vorfeld mit lokalen Autoritäten abstimmen, berichtet sie.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Jeanmaire Molina', 'Saima Shahid', 'Jeanmaire Molina']);
  });

  it('credits a report that names no medium (`einem Medienbericht`) to the one medium named as a source beside it', () => {
    const text =
      'Wie es nun weitergehen soll, wollen Bund und Länder am Montag besprechen. Laut einem Medienbericht droht ein weiterer Lockdown.\n' +
      'Wie der "Business Insider" unter Berufung auf Regierungskreise berichtet, soll der vierte Öffnungsschritt ausgesetzt werden.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Business Insider', 'Business Insider']);
  });

  it('takes the noun phrase before `, wonach` as its source, and an indefinite report as written', () => {
    const text = 'Für das Jahr 2002 gibt es eine Schätzung, wonach in die Schweiz 300 Tonnen Gold flossen.';
    expect(extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(text, a.source), show(text, a.content)])).toEqual([
      ['Schätzung', 'eine Schätzung', 'in die Schweiz 300 Tonnen Gold flossen'],
    ]);
  });

  it('looks for the subject after `dem Bericht zufolge` in its own clause only', () => {
    const text =
      'Facebook kritisierte den Entwurf als „ungeeignet“. Facebook hält dem Bericht zufolge eine Studie, wonach auf Social Networks wie Facebook zusätzliche Kosten zukommen, für „realistisch“.';
    expect(found(text).map(([speaker]) => speaker)).toEqual(['Facebook', 'Facebook']);
  });
});

describe('German speakers: only a person may stand for a role or a description', () => {
  const speakers = (text: string) => extract(text, { lang: 'de' }).attributions.map((a) => a.entity.name);

  it('never gives a role noun a heading for its holder', () => {
    expect(speakers('Volle Kassen\nDer Bürgermeister sagt, die Lage sei ernst.')).toEqual(['Bürgermeister']);
  });

  it('gives a woman’s role noun to the woman named before, not to the nearer man', () => {
    expect(speakers('Die Ärztin Ida Kron leitet die Klinik. Der Chef ist Paul Rhee. „Wir sind bereit“, sagt die Chefin.')).toEqual(['Ida Kron']);
  });

  it('reads a sentence adverb or a quantifier opening a sentence as no part of a name', () => {
    const text = 'Der Virologe Markus Feldhaus forscht in Hamburg. Viele Viren stammen aus den Tropen. Insbesondere Südamerika ist betroffen. „Dort gibt es viele Wildtiere“, sagt der Virologe.';
    expect(speakers(text)).toEqual(['Markus Feldhaus']);
  });

  it('reads a person noun between an article and a name as the name’s description', () => {
    expect(speakers('Der Franzose Luc Marin pendelt täglich. „Ich habe keine Sorgen“, sagt der Franzose.')).toEqual(['Luc Marin']);
  });

  it('reads a participle opening a heading as no part of a name, and a word after an article as no mention of one', () => {
    const text = 'Der Zöllner Max Ebert arbeitet am Übergang. „Alles ruhig“, sagt Max Ebert.\nGeschlossene Grenze in Kehl\nAn der Grenze stehen Beamte. „Ich mache mir keine Sorgen“, sagt er.';
    expect(speakers(text)).toEqual(['Max Ebert', 'Max Ebert']);
  });

  it('gives a description the speaker before it rather than a lone topic word named since', () => {
    const text = '„Die Preise steigen“, sagte Eliane Roth. Wegen Corona fehlen Flüge. Container sind in Zeiten von Corona knapp. „Wir exportieren zu wenig“, sagt die Branchenkennerin.';
    expect(speakers(text)).toEqual(['Eliane Roth', 'Eliane Roth']);
  });

  it('reads names ending like abstract nouns (`Franz`, `Drosten`) as names', () => {
    expect(speakers('Der Virologe Christian Drosten erklärt, was das bedeutet. Franz Lorenz sagte, es sei gut.')).toEqual(['Christian Drosten', 'Franz Lorenz']);
  });

  it('reads a name with a particle as one name, and a noun after a possessive or an adjective as no name', () => {
    const text = 'Kris de Decker kennt das. Seit 2008 reist der Journalist von seinem Wohnort Lissabon mit dem Zug. "Es war schön", erzählt der 48-Jährige.';
    expect(speakers(text)).toEqual(['Kris de Decker']);
    expect(speakers('Es fehlen in erster Linie Trassen für Züge. "Es war schön", erzählt der 48-Jährige.')).toEqual(['48-Jährige']);
  });

  it('reads a compound of -frau or -mann (`die Kauffrau`) as a description of the person named before', () => {
    expect(speakers('Die Importeurin Gabi Roth ist zufrieden. „Die Kosten sind gestiegen“, sagt die Kauffrau.')).toEqual(['Gabi Roth']);
  });

  it('reads a description with a genitive after it (`die Liebhaberin der griechischen Küche`) as the description', () => {
    const text = '„Die Preise steigen“, sagte Eliane Roth. Sie kocht gern. „Ich freue mich auf das Restaurant“, sagt die Liebhaberin der griechischen Küche.';
    expect(speakers(text)).toEqual(['Eliane Roth', 'Eliane Roth']);
  });

  it('never gives `er` to a woman known by her first name', () => {
    expect(speakers('„Bitte nicht“, seufzt Catherine. Die Kollegen lachen. „Das bleibt hängen“, sagt er.')).toEqual(['Catherine', 'unnamed']);
  });

  it('gives `er` the speaker before it rather than a place named since as an object (`gegen Chicago`)', () => {
    const text = '„Wir streiken“, sagt Tom Roth. Die Mieter kämpfen gegen Chicago. „Wir zahlen nicht“, sagt er.';
    expect(speakers(text)).toEqual(['Tom Roth', 'Tom Roth']);
  });

  it('leaves a description as written rather than give it a lone word of unknown gender', () => {
    const text = 'Der Export leidet. Das Gespräch mit Corona endet. Die Firma hat Sorgen. „Wir exportieren zu wenig“, sagt die Branchenkennerin.';
    expect(speakers(text)).toEqual(['Branchenkennerin']);
  });
});

describe('German quotations standing alone', () => {
  const speakers = (text: string) => extract(text, { lang: 'de' }).attributions.map((a) => a.entity.name);

  it('gives no quotation to a company of the paragraph before when a new paragraph opened with somebody else', () => {
    const text = 'Der Konzern ZF veröffentlichte eine Mitteilung: Nun seien alle Mitarbeiter willkommen.\nLena Weber wundert sich über die Minister. „Wir wissen alle, dass das Virus keine Grenzen kennt.“\n';
    expect(speakers(text)).toEqual(['Konzern ZF']);
  });

  it('still gives a quotation opening the next paragraph to the speaker before it', () => {
    const text = '„Das war ein Fehler“, sagte ZF-Chef Paul Roth.\n„Wir wissen alle, dass das Virus keine Grenzen kennt.“\n';
    expect(speakers(text)).toEqual(['Paul Roth', 'Paul Roth']);
  });
});

describe('German sources that name nobody', () => {
  const speakers = (text: string) => extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, a.entity.type]);

  it('gives `wir` to nobody named, never to the person named last', () => {
    expect(speakers('Die Ministerin Eva Roth sagte, sie sei zufrieden. Wir berichteten, dass die Beamten viel zu tun hätten.')).toEqual([
      ['Eva Roth', 'person'],
      ['unnamed', 'unnamed'],
    ]);
  });

  it('reads the newsroom asking (`Wir fragen, ob …`) as no claim', () => {
    expect(speakers('Die Beamten stehen an der Brücke. Wir fragen, ob sie viel zu tun hätten.')).toEqual([]);
  });

  it('reads a pronominal adverb or a nominalised adjective as no speaker’s name', () => {
    expect(speakers('Die Forscherin Lena Alt hat eine Studie veröffentlicht. Darin schreibt sie, vor allem die Abholzung erhöhe das Risiko.')).toEqual([['unnamed', 'unnamed']]);
    expect(speakers('Der Trainer Jan Boll war zufrieden. "Alle sind gesund", betont das Positive.')).toEqual([['unnamed', 'unnamed']]);
  });

  it('gives reports without an owner (`Berichten zufolge`, `neuen Informationen`) to nobody, not to a name after them', () => {
    expect(speakers('Der Kanzler Olaf Brand reiste nach Rom. Berichten zufolge soll Kanzler Brand krank sein.')).toEqual([['unnamed', 'unnamed']]);
    expect(speakers('Der Kanzler Olaf Brand reiste nach Rom. Laut neuen Informationen sei die Lage ruhig.')).toEqual([['unnamed', 'unnamed']]);
  });

  it('names a body behind a report without its kind (`Angaben der Organisation Housing Justice`)', () => {
    expect(speakers('Laut Angaben der Organisation Housing Justice wollen 400 Familien streiken.')).toEqual([['Housing Justice', 'organisation']]);
  });

  it('types a one-word name the text calls a company (`das Unternehmen`) as an organisation in each of its claims', () => {
    const text =
      'Facebook hat sich erstmals zu Plänen des Ministers geäußert, per Gesetz Regeln für Netzwerke einzuführen. ' +
      'In einer Stellungnahme bezeichnet das Unternehmen den Entwurf als „ungeeignet“. ' +
      '„Der Staat darf seine Verantwortung nicht abwälzen“, kommentiert Facebook.';
    expect(speakers(text)).toEqual([
      ['Facebook', 'organisation'],
      ['Facebook', 'organisation'],
      ['Facebook', 'organisation'],
    ]);
  });

  it('gives `nach eigenen Angaben` to the subject of its clause, before or after the verb', () => {
    expect(speakers('Der Minister Otto Kahl sprach. Der Verband vertritt nach eigenen Angaben 2000 Betriebe.')).toEqual([['Verband', 'organisation']]);
    expect(speakers('Der Minister Otto Kahl sprach. Seit Jahren vertritt der Landesverband des Handwerks nach eigenen Angaben 2000 Betriebe.')).toEqual([
      ['Landesverband des Handwerks', 'organisation'],
    ]);
  });
});

describe('German sources: the noun phrase that names who speaks', () => {
  const speakers = (text: string) => extract(text, { lang: 'de' }).attributions.map((a) => a.entity.name);

  it('reads a phrase fronted by a rarer preposition (`Inmitten …`) as no source: the subject follows the verb', () => {
    expect(speakers('Inmitten der Spekulationen über die Gesundheit des Ministers sagte Olaf Brand, dass es ihm gut gehe.')).toEqual(['Olaf Brand']);
  });

  it('reads an acronym written as a name’s word (`Kim Jong Un`) as part of a person’s name, no body', () => {
    expect(entityType('Kim Jong Un')).toBe('person');
    expect(entityType('UN')).toBe('organisation');
    expect(entityType('dpa')).toBe('media');
  });

  it('gives `das Ministerium` to the ministry named before in one word, not to a person named since', () => {
    const text = 'Das Vereinigungsministerium reagierte auf Berichte über Machthaber Kim Jong Un. „Die Berichte stiften Verwirrung“, hieß es in einer Erklärung des Ministeriums.';
    expect(speakers(text)).toEqual(['Vereinigungsministerium']);
  });

  it('keeps a compound followed by the name it describes (`der Branchenverband Bitkom`) from standing for the body', () => {
    expect(speakers('Der Branchenverband Bitkom warnt vor Kosten. Der Verband sagte, es werde teuer.')).not.toContain('Branchenverband');
  });

  it('reads the phrase after a source’s noun (`über die Stärken der Spielerin`) as no part of who speaks', () => {
    const text = 'Die Sportdirektorin Kim Renner holte die Spielerin 2019. „Sie ist zu gut für die Bank“, so die Stuttgarter Sportdirektorin über die Stärken der Spielerin.';
    expect(speakers(text)).toEqual(['Kim Renner']);
    expect(withoutPrepositionalTail('Staatsmedien auf beiden Seiten')).toBe('Staatsmedien auf beiden Seiten');
  });

  it('gives a second verb after a comma (`berichtet Rhee, fügt aber hinzu: „…“`) to the subject just named, not to the sentence’s first', () => {
    const text = 'In Bayern warb ein Laden mit Plakaten: „Bei uns können Sie einkaufen“, berichtet Paul Rhee, fügt aber rasch hinzu: „Eine Ungeschicklichkeit.“';
    expect(found(text)).toContainEqual(['Paul Rhee', '„Eine Ungeschicklichkeit.“']);
  });

  it('gives a verb with a subject pronoun right after it (`erinnerte er sich`) to the pronoun, not to a place heading the paragraph', () => {
    const text = 'Saarlouis Wenn Helmut Kohl emotional wurde, erinnerte er sich daran: „Für uns war klar, dass es keine Grenzen geben darf.“';
    expect(speakers(text)).toEqual(['Helmut Kohl']);
  });

  it('reads a word the text also writes as a place (`in Forbach`) as no person a pronoun may stand for', () => {
    const text = '„Das waren Einzelfälle“, sagt Paul Rhee. Er wohnt in Forbach.\nSo auch der Bürgermeister von Forbach, Jean Dupont. „Ich mache mir keine Sorgen“, sagt er.';
    expect(speakers(text)).toEqual(['Paul Rhee', 'Jean Dupont']);
  });

  it('gives `sie` to the woman described a few sentences before (`Eine Frau … Sie … Sie findet: „…“`), never to a man described by his noun', () => {
    const text =
      'Ein junger Polizist steht an der Brücke. „Ich weiß es nicht“, sagt der junge Polizist.\nEine Frau kommt über die Brücke. Sie wohnt in Saarlouis. Sie kann sich frei bewegen. Sie findet das nachvollziehbar: „Es gehen zu viele Leute zum Einkaufen.“';
    expect(speakers(text)).toEqual(['junger Polizist', 'eine Frau']);
  });

  it('names a person described by where they come from (`Eine Frau aus Forbach … sagt sie`) with that phrase, not as any woman', () => {
    const text =
      'Eine Frau aus Forbach kommt mit zwei Taschen über die Brücke. Sie wohnt seit Jahren in Frankreich. „Es ist viel zu kalt hier“, sagt sie.\n' +
      'Ein Mann aus dem benachbarten Saarlouis wartet an der Grenze. „Ich muss jetzt los“, sagt er.\nEin Mann wartet am Zoll. „Ich komme morgen wieder“, sagt er.';
    expect(speakers(text)).toEqual(['Frau aus Forbach', 'Mann aus dem benachbarten Saarlouis', 'ein Mann']);
  });

  it('reads a title written after a kind of medium (`Magazin Tech-News`) as that medium wherever it stands, so a bare `Laut Bericht` is its report', () => {
    const filler = 'Die Hersteller forschen seit Jahren an besseren Zellen, die mehr Energie speichern und schneller laden. '.repeat(8);
    const text =
      'Samsung arbeitet an neuen Chips. Laut dem südkoreanischen Magazin Tech-News könnte Samsung schon 2025 einen eigenen Chip nutzen.\n' +
      `${filler}\nSamsung strebe eine neue Zusammensetzung an, schreibt Tech-News weiter.\n` +
      'Bei den Materialien teste Samsung zudem einen höheren Siliziumgehalt. Laut Bericht könnte Samsung dieses Problem gelöst haben.';
    const entities = extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, a.entity.type]);
    expect(entities.slice(1)).toEqual([['Tech-News', 'media'], ['Tech-News', 'media']]);
  });

  it('gives a company described by its owner (`Der Konzern von Elon Musk`) the company named before, not the description', () => {
    const text = '„Das Gesetz ist ungeeignet“, erklärte Tesla am Montag. Der Konzern von Elon Musk kritisiert zudem, dass die Strafen zu hoch seien.';
    expect(speakers(text)).toEqual(['Tesla', 'Tesla']);
  });

  it('gives `demnach` the speaker the sentence before describes without a name after its cue verb (`warnt der Chef eines Anbieters`)', () => {
    const text =
      'Der Verband hat neue Zahlen vorgelegt. Vor steigenden Preisen warnt der Chef eines großen Stromanbieters, der anonym bleiben will. Die Kosten für Gas würden demnach im Winter um ein Drittel steigen.';
    expect(speakers(text)).toEqual(['Chef eines großen Stromanbieters']);
    expect(speakers('Die Firma legte Zahlen vor.\nVom größten Risiko spricht der Manager einer Bank, der nicht genannt werden will. Die Zinsen würden demnach bald steigen.')).toEqual(['Manager einer Bank']);
  });

  it('reads a noun compounded with an acronym before a surname (`IGM-Organisator Keller`) as a title, so the surname stays the person named in full', () => {
    const text =
      'Der Gewerkschafter Martin Keller hat den Streik organisiert. „Wir haben genug“, sagt Martin Keller. Seit Wochen wirbt IGM-Organisator Keller für den Streik. Er sagt, die Löhne seien zu niedrig. Die Firma sei stur, sagt der IGM-Organisator.';
    expect(speakers(text)).toEqual(['Martin Keller', 'Martin Keller', 'Martin Keller']);
  });

  it('gives the answer after `Wir fragen sie, ob …` to the group counted the sentence before, not to the reporters asking', () => {
    const text = 'Vor der Kirche steht ein Wagen mit zwei Polizisten der Stadtwache. Wir fragen sie, ob sie viel zu tun hätten. „Nein, hier ist es ruhig.“';
    expect(speakers(text)).toEqual(['Polizisten der Stadtwache']);
    expect(speakers('Am Zoll steht ein Wagen mit drei Beamten der Grenzpolizei. Wir fragen sie, ob sie viel zu tun hätten. „Nein.“')).toEqual(['Beamte der Grenzpolizei']);
    expect(speakers('Vor der Kirche steht ein Wagen. Wir fragen sie, ob sie viel zu tun hätten. „Nein, hier ist es ruhig.“')).toEqual(['unnamed']);
  });

  it('gives the reply after `…, als wir sagen, dass …` to the person described as the sentence’s subject, not to `wir`', () => {
    const text = 'Eine ältere Verkäuferin lacht, als wir sagen, dass der Laden sehr voll sei. „Das ist heute eine Ausnahme, sonst kommen nur wenige.“';
    expect(speakers(text)).toEqual(['unnamed', 'ältere Verkäuferin']);
    expect(speakers('Der alte Fischer schweigt, als wir fragen, ob das Meer sauber sei. „Das weiß niemand.“')).toEqual(['alter Fischer']);
    expect(speakers('Es regnet, als wir fragen, ob das Tor offen sei. „Natürlich, kommen Sie rein.“')).toEqual(['unnamed']);
  });

  it('gives `demnach` the source named in its paragraph or the sentence before, else the first name the sentence before opens with, never a speaker paragraphs back', () => {
    const text =
      '„Das Risiko ist hoch“, schreiben die Forscher um Aneta Afelt.\nGefahren gehen auch von anderen Arten aus. Kürzlich wiesen die Biologen Andrew MacDonald und Erin Mordecai im Fachmagazin PNAS nach, dass die Abholzung Malaria begünstigt. Eine höhere Abholzungsrate führt demnach zu mehr Infektionen.';
    expect(speakers(text)).toEqual(['Forscher', 'Andrew MacDonald']);
    expect(speakers('„Die Regeln gelten ab Mai“, heißt es in dem Entwurf des Ministeriums.\nDemnach soll das Gesetz nur für große Netzwerke gelten.')).toEqual(['Entwurf des Ministeriums', 'Entwurf des Ministeriums']);
  });

  it('gives a lone `wonach` after a verb (`reagierte auf Berichte, wonach …`) to nobody, not to the speaker before', () => {
    const text = 'Der Sicherheitsberater Moon Chung-in sagte, Kim lebe.\nSüdkorea hat mit Vorsicht auf Berichte reagiert, wonach sich Kim in kritischem Zustand befindet.';
    expect(speakers(text)).toEqual(['Moon Chung-in', 'unnamed']);
  });

  it('reads `Doch` before a fronted subject as no part of it, and `der Aktivist der …` as the person named before', () => {
    const text = 'Noch wartet Anton Berger ab. Doch der Aktivist der unabhängigen Mietergewerkschaft Tenant Union (TU) aus Chicago sagt auch: »Vermieter müssen verstehen, dass es zu einem Streik kommen wird.«';
    expect(speakers(text)).toEqual(['Anton Berger']);
    expect(speakers('Doch die Polizei erklärte, es sei ruhig.')).toEqual(['Polizei']);
  });

  it('reads `Auch` before a fronted subject as no part of it, and a title in quotation marks after a medium’s noun as its name', () => {
    const text = 'Auch die auf Nachrichten aus Korea spezialisierte Internetzeitung „Daily NK“ in Südkorea meldete, Kim habe sich einer Operation unterziehen müssen.';
    expect(speakers(text)).toEqual(['Daily NK']);
  });

  it('gives a group named after its body (`die Rechnungsprüfer`) to the body named before (`Rechnungshof`), and leaves other groups as written', () => {
    const text = 'Die Schuld gibt der Europäische Rechnungshof den Staaten. Mit dem Programm sei nur ein Flickenteppich entstanden, schrieben die Rechnungsprüfer in einem Gutachten. Die Bundesrichter betonten, das Bundesamt irre.';
    expect(speakers(text)).toEqual(['Rechnungshof', 'Bundesrichter']);
  });

  it('gives a quotation after a colon to the subject of its clause, past `Doch` and a sentence adverb opening the sentence, not to an object', () => {
    expect(speakers('Der Bürgermeister Jean Dupont ist zufrieden. Doch Dupont will das Positive sehen: „Wir haben die Öffnung erreicht.“')).toEqual(['Jean Dupont']);
    const text = 'Zumindest an der richtigen Einstellung wird es nicht fehlen, versichert Stuttgarts Sportdirektorin Kim Renkema: "Die Mannschaft wird alles geben."';
    expect(speakers(text)).toEqual(['Kim Renkema']);
  });

  it('reads `die Person` alone as a source that names nobody', () => {
    const text = '„Die Nachfrage ist gestiegen“, so einer der Insider. „Apple arbeitet daran“, ergänzte die Person.';
    expect(extract(text, { lang: 'de' }).attributions.map((a) => a.entity.type)).toEqual(['unnamed', 'unnamed']);
  });

  it('gives `nach eigener Aussage` to a person described with an indefinite article opening the sentence, past the verb’s object', () => {
    const text = 'Eine Studentin kaufte die alten Akten nach eigener Aussage auf einem Flohmarkt. Die Akten kaufte er nach eigenen Angaben im Mai.';
    expect(speakers(text)).toEqual(['Studentin', 'unnamed']);
  });

  it('gives `der Mann` or `die Frau` to the one person of that gender introduced before with an indefinite article', () => {
    const text =
      'Eine Studentin kaufte die alten Akten nach eigener Aussage auf einem Flohmarkt.\n' +
      'Der Archivar Peter Lang sagte, die Akten seien echt.\n' +
      'Reporter fanden heraus, wer die Akten besitzt. Die Frau lebt seit Jahren in Köln. Sie sagt, dass sie die Akten dem Museum schenken wolle.';
    expect(speakers(text)).toEqual(['Studentin', 'Archivar Peter Lang', 'Studentin']);
    const two = 'Eine Studentin kaufte die Akten. Eine Lehrerin kaufte die Bilder. Die Frau lebt in Köln. Sie sagt, dass sie alles verschenke.';
    expect(speakers(two)).toEqual(['die Frau']);
  });

  it('names a description without its article in the strong form (`der junge Polizist` → `junger Polizist`, `die Beamten` → `Beamte`)', () => {
    const text =
      'Die Beamten bestätigen, dass niemand über die Brücke darf. „Das halte ich für richtig“, sagt der junge Polizist. ' +
      'Die französischen Kollegen sagen, die Grenze bleibe zu. Das kleine Unternehmen teilte mit, es wachse. Die Angestellten sagten, sie seien zufrieden. ' +
      'Die junge Frau sagte, sie sei froh. Die meisten Experten sagen, das sei richtig.';
    expect(speakers(text)).toEqual(['Beamte', 'junger Polizist', 'französische Kollegen', 'kleines Unternehmen', 'Angestellte', 'junge Frau', 'meisten Experten']);
  });

  it('takes no verb before the article into the noun phrase before `zufolge` (`Die Zellen sollen dem Bericht zufolge …`)', () => {
    const text = 'Der Hersteller arbeite an neuen Akkus, schreibt die „Tageszeitung“. Die Zellen sollen dem Bericht zufolge länger halten.';
    expect(extract(text, { lang: 'de' }).attributions.map((a) => show(text, a.source))).toEqual(['die „Tageszeitung“', 'dem Bericht']);
  });

  it('gives a carrier noun after adjectives (`Den neuen Angaben der Polizei`) to the body named after it', () => {
    expect(speakers('Den neuen Angaben der Polizei zufolge sei niemand verletzt worden.')).toEqual(['Polizei']);
  });

  it('gives `Laut Bericht` without an article to the one medium credited beside it, and plural reports to nobody', () => {
    const text = 'Der Hersteller arbeite an neuen Akkus, schreibt die „Tageszeitung“. Laut Bericht könnte Samsung das Problem gelöst haben. Laut Berichten plant Apple Ähnliches.';
    expect(speakers(text)).toEqual(['Tageszeitung', 'Tageszeitung', 'unnamed']);
  });

  it('reads a name’s genitive before a noun (`Prechts Prognose`) and an adjective made of a name (`Trump’sche`) as no name a pronoun may stand for', () => {
    const text = "Der Philosoph Richard David Precht sagte, die Arbeit werde sich wandeln. Prechts Prognose der Zukunft ist düster. Die Trump'sche Politik sei falsch, sagte er.";
    expect(speakers(text)).toEqual(['Richard David Precht', 'Richard David Precht']);
  });

  it('gives a statement after a possessive (`Seine Prognose`) to its owner, and `seine Frau` to nobody named before', () => {
    const text = 'Der Philosoph Richard David Precht sagte, die Arbeit werde sich wandeln. Seine Prognose lautet, dass die Banken verschwinden. Seine Frau sagte, sie sei müde.';
    expect(speakers(text)).toEqual(['Richard David Precht', 'Richard David Precht', 'Frau']);
  });

  it('gives a quotation the interviewer cites in her turn to nobody, not to her label', () => {
    const text =
      'Der Philosoph Richard David Precht sagte, die Arbeit werde sich wandeln.\n' +
      'Karin Fischer: Herr Precht, wir sollten über Stimmen reden, die die Meinung vertreten: „Alles ist übertrieben.“ Was sagen Sie dazu?\n' +
      'Precht: Das stimmt, es gibt solche Stimmen. Aber ich glaube, dass sie irren.\n' +
      'Fischer: Warum?\n' +
      'Precht: Ich glaube, die Zahlen sprechen dagegen.\n';
    expect(speakers(text)).toEqual(['Richard David Precht', 'unnamed', 'Richard David Precht', 'Richard David Precht']);
  });

  it('gives `sie` with no woman named before to the phrase opened by `die` in the sentence before (`die Kantische Ethik`, `die Forscher`)', () => {
    expect(speakers('Auf eindrückliche Weise lehrt das die Kantische Ethik. Sie fordert, jeden Menschen stets als Zweck zu behandeln.')).toEqual(['Kantische Ethik']);
    expect(speakers('Mit der Studie befassten sich die Forscher aus Oxford. Sie fordern, dass Roboter besteuert werden.')).toEqual(['Forscher']);
    expect(speakers('Eva Roth traf sich mit Beamten.\nDie Lage ist ernst. Sie fordert, dass die Grenze öffnet.')).toEqual(['Eva Roth']);
  });

  it('names the holder after a role and a comma (`Der Sprecher des Innenministeriums, Steve Alter`), and a role’s genitive after a carrier in the nominative', () => {
    const text = 'Der Sprecher des Innenministeriums, Steve Alter, sagte, die Lage sei ruhig. Nach Angaben eines Sprechers der Stadt Köln gab es keine Schäden. Nach Angaben des Präsidenten der Polizei sei alles ruhig.';
    expect(speakers(text)).toEqual(['Steve Alter', 'Sprecher der Stadt Köln', 'Präsident der Polizei']);
  });

  it('reads an agency written small (`die Nachrichtenagentur dpa`) as part of the source, not of the claim', () => {
    const text = 'Wie die Nachrichtenagentur dpa berichtet, wurde niemand festgenommen. Nach Angaben der Agentur dpa sei alles ruhig.';
    expect(extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(text, a.content)])).toEqual([
      ['Nachrichtenagentur dpa', 'wurde niemand festgenommen'],
      ['Agentur dpa', 'sei alles ruhig'],
    ]);
  });

  it('gives `sie` to a body opening the sentence before in a paragraph that names nobody, not to a woman of the paragraph before', () => {
    const text =
      'Angela Merkel hat sich zur Krise geäußert. Die Kanzlerin sagte, man tue genug.\n' +
      'Die Gewerkschaft sieht das anders. Sie wirft der Regierung vor, zu spät gehandelt zu haben.\n' +
      'Die Reise dauerte zwei Tage. Sie sagte, es sei gut gelaufen.';
    expect(speakers(text)).toEqual(['Angela Merkel', 'Gewerkschaft', 'Angela Merkel']);
  });
});
