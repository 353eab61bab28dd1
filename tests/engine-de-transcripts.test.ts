import { describe, expect, it } from 'vitest';
import { extract } from '../lib/engine';
import { show } from './attribution-cases';

/** Speaker and content of each German attribution found in `text`. */
function found(text: string): [string, string][] {
  return extract(text, { lang: 'de' }).attributions.map((a) => [a.entity.name, show(text, a.content)]);
}

describe('German interviews and transcripts', () => {
  const interview =
    'Die Bankerin Eva Roth sagte, die Filialen würden weniger.\n' +
    'Karin Fischer: Frau Roth, was kommt als Nächstes?\n' +
    'Roth: Ich glaube, dass die Banken als Nächstes dran sind.\n' +
    'Wir müssen jetzt handeln, und ich bin von Politikern gefragt worden, Antworten zu geben, die ich selbst nicht kenne, und habe gerechnet:\n' +
    'Die Filialen werden verschwinden, das ist mein Schluss.\n' +
    'Fischer: Warum sind Sie so sicher?\n' +
    'Roth: Ich habe mit Bankern gesprochen. Die sagen mir, sie würden die Hälfte der Filialen schließen.\n';

  it('gives a carried-on answer paragraph that opens what follows with a colon to the turn’s speaker', () => {
    expect(found(interview)).toContainEqual([
      'Eva Roth',
      'Wir müssen jetzt handeln, und ich bin von Politikern gefragt worden, Antworten zu geben, die ich selbst nicht kenne, und habe gerechnet:',
    ]);
  });

  it('gives nothing to a pronoun inside a turn (`Die sagen mir`): the answer paragraph holds those words', () => {
    expect(found(interview)).toEqual([
      ['Eva Roth', 'die Filialen würden weniger'],
      ['Eva Roth', 'Ich glaube, dass die Banken als Nächstes dran sind.'],
      ['Eva Roth', 'Wir müssen jetzt handeln, und ich bin von Politikern gefragt worden, Antworten zu geben, die ich selbst nicht kenne, und habe gerechnet:'],
      ['Eva Roth', 'Die Filialen werden verschwinden, das ist mein Schluss.'],
      ['Eva Roth', 'Ich habe mit Bankern gesprochen. Die sagen mir, sie würden die Hälfte der Filialen schließen.'],
    ]);
  });

  it('reads a verb next to `ich` as the first person’s indicative, not as Konjunktiv going on with the last speaker', () => {
    expect(found('Die Lage sei ernst, sagte der Minister. Das finde ich übertrieben.')).toEqual([['Minister', 'Die Lage sei ernst']]);
    expect(found('Die Lage sei ernst, sagte der Minister. Ich habe das schon oft gehört.')).toEqual([['Minister', 'Die Lage sei ernst']]);
    expect(found('Die Lage sei ernst, sagte der Minister. Er habe alles versucht.')).toEqual([
      ['Minister', 'Die Lage sei ernst'],
      ['Minister', 'Er habe alles versucht'],
    ]);
  });
  // A street report: the reporter's `wir` asks and tells; the quotations after it are the answers of those asked.
  const street =
    'Die Grenze zwischen Kehl und Straßburg ist seit Montag geschlossen. Auf der Brücke ist es still. Nur wenige Autos fahren noch. ' +
    'Die Geschäfte in der Innenstadt haben geöffnet. Viele Pendler nehmen jetzt den Zug. Die Züge sind voll. Am Bahnhof warten Dutzende Menschen. ' +
    'Die Schlangen an den Schaltern sind lang. Der Zoll kontrolliert jeden Wagen. Die Kontrollen dauern oft Stunden. Lastwagen stauen sich bis zur Autobahn. ' +
    'Die Fahrer vertreiben sich die Zeit mit Kartenspielen. Manche schlafen in ihren Kabinen. Vor dem Rathaus stehen zwei Polizisten der Stadtwache. ' +
    'Wir fragen sie, ob es ruhig sei. „Ja, hier passiert kaum etwas.“ Am Markt steht eine Rentnerin aus Kehl. ' +
    'Wir fragen die Rentnerin, ob sie noch einkaufe. „Nein, ich bleibe jetzt zu Hause.“ Bleibt sie auch am Wochenende daheim? „Ja, bis alles vorbei ist.“ ' +
    'Eine Passantin bleibt stehen, als wir sagen, dass es bald regnen soll. „Das stört mich nicht.“ Die Händler sind besorgt. Viele Kunden fehlen. ' +
    'Die Stadt plant Hilfen. Die Cafés bleiben leer. Die Kirche läutet um zwölf. Am Nachmittag kommt die Sonne heraus. Kinder spielen am Rheinufer. ' +
    'Am Abend wird es dunkel. Die Brücke bleibt leer.';

  it('gives the answers after the reporter’s `Wir fragen X, ob …` to X, after `Wir fragen sie` or `als wir sagen` to the people the sentence before places there, and drops what the reporter tells', () => {
    expect(found(street)).toEqual([
      ['Polizisten der Stadtwache', '„Ja, hier passiert kaum etwas.“'],
      ['Rentnerin', '„Nein, ich bleibe jetzt zu Hause.“'],
      ['Rentnerin', '„Ja, bis alles vorbei ist.“'],
      ['Passantin', '„Das stört mich nicht.“'],
    ]);
  });
  it('gives `Antwort:` turns to the one the interviewer addresses (`Herr Streeck, …`), and to nobody where she never names them', () => {
    const text =
      'Der Virologe Hendrik Streeck spricht im Interview über die Pandemie.\n' +
      'Frage: Herr Streeck, wie geht es weiter?\n' +
      'Antwort: Ich glaube, dass der Herbst schwierig wird.\n' +
      'Frage: Warum?\n' +
      'Antwort: Die Zahlen steigen wieder, und die Impfquote ist zu niedrig.\n';
    expect(found(text)).toEqual([
      ['Hendrik Streeck', 'Ich glaube, dass der Herbst schwierig wird.'],
      ['Hendrik Streeck', 'Die Zahlen steigen wieder, und die Impfquote ist zu niedrig.'],
    ]);
    expect(found(text.replace('Herr Streeck, wie', 'Wie').replace(/Antwort:/g, 'A:').replace(/Frage:/g, 'F:')).map(([speaker]) => speaker)).toEqual(['unnamed', 'unnamed']);
  });

  it('reads a label with a party in brackets (`Anna Berg (SPD):`) as a speaker’s turn', () => {
    const text =
      'Die Ministerin Anna Berg stellt sich den Fragen.\n' +
      'Moderator: Frau Berg, wie geht es weiter?\n' +
      'Anna Berg (SPD): Ich glaube, dass der Herbst schwierig wird.\n' +
      'Moderator: Warum?\n' +
      'Anna Berg (SPD): Die Zahlen steigen wieder, und die Impfquote ist zu niedrig.\n';
    expect(found(text)).toEqual([
      ['Anna Berg', 'Ich glaube, dass der Herbst schwierig wird.'],
      ['Anna Berg', 'Die Zahlen steigen wieder, und die Impfquote ist zu niedrig.'],
    ]);
  });
  // An interview printed without labels: each question a paragraph of its own, the answer after it.
  const printed =
    'Der Virologe Hendrik Streeck gilt als besonnene Stimme. Wir haben mit ihm gesprochen.\n' +
    'Herr Streeck, wie geht es mit der Pandemie weiter?\n' +
    'Ich glaube, dass der Herbst schwierig wird. Die Zahlen steigen bereits.\n' +
    'Warum sind Sie so skeptisch?\n' +
    'Die Impfquote ist zu niedrig, und viele Menschen sind müde.\n' +
    'Das Gesundheitsamt sagt, alle Kontakte müssten nachverfolgt werden.\n' +
    'Was raten Sie den Schulen?\n' +
    'Die Schulen sollten offen bleiben, aber die Klassen müssen gut gelüftet werden.\n' +
    'Streeck leitet das Institut für Virologie in Bonn. Die Regierung sagte, sie prüfe neue Regeln.\n';

  it('gives each answer of an interview printed as questions and answers to the one the questions address, and nothing carried over a question', () => {
    expect(found(printed)).toEqual([
      ['Hendrik Streeck', 'Ich glaube, dass der Herbst schwierig wird. Die Zahlen steigen bereits.'],
      ['Hendrik Streeck', 'Die Impfquote ist zu niedrig, und viele Menschen sind müde.'],
      ['Hendrik Streeck', 'Das Gesundheitsamt sagt, alle Kontakte müssten nachverfolgt werden.'],
      ['Gesundheitsamt', 'alle Kontakte müssten nachverfolgt werden'],
      ['Hendrik Streeck', 'Die Schulen sollten offen bleiben, aber die Klassen müssen gut gelüftet werden.'],
      ['Regierung', 'sie prüfe neue Regeln'],
    ]);
  });

  it('reads questions that address nobody as no interview: nobody is given the paragraphs after them', () => {
    const speakers = found(printed.replace('Herr Streeck, wie', 'Wie')).map(([speaker]) => speaker);
    expect(speakers).not.toContain('Hendrik Streeck');
  });
  it('gives no claim that holds a turn’s label (`Fischer: Viele Firmen bauen um, heißt es …`)', () => {
    const text =
      'Karin Fischer: Herr Precht, was kommt als Nächstes?\n' +
      'Precht: Ich glaube, dass die Banken als Nächstes dran sind.\n' +
      'Fischer: Viele Firmen in Deutschland bauen schon um, bis jetzt heißt es aber noch mit den Arbeitnehmern. Ist das das richtige Rezept?\n' +
      'Precht: Für manche Berufe kann das das richtige Rezept sein.\n';
    expect(found(text).map(([, content]) => content)).toEqual([
      'Ich glaube, dass die Banken als Nächstes dran sind.',
      'Für manche Berufe kann das das richtige Rezept sein.',
    ]);
  });
});
