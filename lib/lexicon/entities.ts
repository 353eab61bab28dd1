/**
 * Words that tell what kind of speaker a source is, and words that never name one. Written for
 * this project; lower-case.
 */

/** Personal pronouns that stand for an earlier speaker (`Er betonte` → the last person quoted). */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'er', 'sie', 'he', 'she', 'they', 'ich', 'i', 'wir', 'we', 'ihr', 'his', 'her',
]);

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
  'tass', 'interfax', 'bloomberg', 'politico', 'axios', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'tagesschau',
];

/** Heads of sources that are organisations. */
export const ORGANISATION_WORDS = [
  'regierung', 'ministerium', 'polizei', 'partei', 'verband', 'behörde', 'behörden', 'gericht', 'kommission',
  'rat', 'institut', 'universität', 'unternehmen', 'konzern', 'bank', 'amt', 'bundesamt', 'verwaltung', 'firma',
  'gewerkschaft', 'kreml', 'weiße haus', 'pentagon', 'armee', 'militär', 'bundeswehr', 'staatsanwaltschaft',
  'stiftung', 'verein', 'organisation', 'ag', 'gmbh', 'se', 'fraktion', 'senat', 'parlament', 'bundestag',
  'government', 'ministry', 'department', 'police', 'party', 'agency', 'court', 'commission', 'council',
  'institute', 'university', 'company', 'firm', 'bank', 'office', 'administration', 'campaign', 'committee',
  'white house', 'kremlin', 'pentagon', 'army', 'military', 'union', 'board', 'inc', 'corp', 'group',
  'foundation', 'association', 'senate', 'congress', 'house', 'fbi', 'cia', 'nato', 'un', 'uno', 'eu', 'who',
];

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
