/**
 * English words that delimit and type a speaker's name within a source mention. Written for this
 * project, lower-case; compromise's lexicon (first names, roles, honorifics) complements them.
 */

/** Titles and roles written before a name (`Prime Minister Scott Morrison`, `analyst Carsten Fritsch`): the name follows them. */
export const EN_TITLES: ReadonlySet<string> = new Set(
  `president minister secretary spokesman spokeswoman spokesperson official officials analyst investor author envoy
   ambassador senator sen rep gov governor adviser advisor strategist gen lt col dr mr mrs ms judge mayor chief ceo cfo
   chairman chairwoman chair director attorney lawyer professor prof economist leader officer founder operative
   correspondent reporter editor representative congressman congresswoman commissioner premier chancellor prince
   king queen pope sheriff coach manager executive deputy vice acting former then ex candidate nominee speaker
   prosecutor researcher scientist expert activist organizer organiser witness general admiral sgt capt maj cmdr
   rev sir lord lady dame justice detective inspector superintendent consultant partner head fellow member`.split(/\s+/),
);

/** Nouns that, as `the company`, stand for the organisation named before them. */
export const EN_ORGANISATION_ROLES: ReadonlySet<string> = new Set(
  `company firm agency group label network newspaper paper ministry department military army government
   administration organization organisation bank union campaign court board council committee party office police
   university school team club league federation association institute foundation charity airline retailer
   manufacturer startup brand publisher studio broadcaster outlet channel station magazine website regulator
   authority coalition alliance embassy service commission business corporation`.split(/\s+/),
);

/** Heads of sources that name nobody in particular (`officials said`, `a senior political source`, `Traders`). */
export const EN_ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  `source sources official officials trader traders insider insiders people reports studies feds someone`.split(/\s+/),
);

/** Lower-case words inside a name (`Monica de Bolle`, `Centre for Economic Policy Research`). */
export const EN_NAME_JOINERS: ReadonlySet<string> = new Set(
  `de van von der den bin al la le du da di del ibn and of for the &`.split(/\s+/),
);
