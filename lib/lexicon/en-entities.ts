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

/** Roles as their abbreviated titles write them before a name (`Sen. Mark Warner` is `the senator`). */
export const EN_ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['senator', 'sen'], ['representative', 'rep'], ['congressman', 'rep'], ['congresswoman', 'rep'], ['governor', 'gov'],
  ['general', 'gen'], ['professor', 'prof'], ['doctor', 'dr'], ['president', 'pres'], ['lieutenant', 'lt'], ['colonel', 'col'],
  ['sergeant', 'sgt'], ['captain', 'capt'], ['major', 'maj'], ['commander', 'cmdr'], ['reverend', 'rev'],
]);

/**
 * Nouns that, as `the company`, stand for the organisation named before them. Not `the military`,
 * `the police` or `the government`: a country has one of each, so the noun names it better than the
 * organisation last named (`South Africa`).
 */
export const EN_ORGANISATION_ROLES: ReadonlySet<string> = new Set(
  `company firm agency group label network newspaper paper ministry department
   administration organization organisation bank union campaign court board council committee party office
   university school team club league federation association institute foundation charity airline retailer
   manufacturer startup brand publisher studio broadcaster outlet channel station magazine website regulator
   authority coalition alliance embassy service commission business corporation`.split(/\s+/),
);

/** Heads of sources that name nobody in particular (`officials said`, `a senior political source`, `Traders`, `Others`, `Both sides`). */
export const EN_ANONYMOUS_HEADS: ReadonlySet<string> = new Set(
  `source sources official officials trader traders insider insiders authorities people reports studies feds someone
   others sides`.split(/\s+/),
);

/** Small words inside a body's name whose initial an acronym may or may not take (`Department of Transportation` DOT, `Customs and Border Protection` CBP). */
export const EN_ACRONYM_JOINERS: ReadonlySet<string> = new Set(`of and for on the &`.split(/\s+/));

/** Lower-case words inside a name (`Monica de Bolle`, `Centre for Economic Policy Research`). */
export const EN_NAME_JOINERS: ReadonlySet<string> = new Set(
  `de van von der den bin al la le du da di del ibn and of for the &`.split(/\s+/),
);

/**
 * Nouns that can speak and that compromise's lexicon does not tag as persons (`Actor`): people,
 * bodies and the documents that say things (`the report found`). A description headed by none of
 * these, of EN_TITLES, EN_ORGANISATION_ROLES or EN_ANONYMOUS_HEADS names no speaker (`a deal`).
 */
export const EN_SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  `retailer songwriter surrogate aide ally prosecutor academic family staff couple pair duo others everyone everybody anyone nobody
   person man woman men women children people victim survivor resident student employee worker customer client patient parent child kid friend
   colleague neighbour neighbor relative partner spouse husband wife son daughter brother sister father
   mother uncle aunt grandmother grandfather fan viewer reader voter user member owner buyer seller
   shopper investor donor volunteer protester demonstrator citizen immigrant migrant refugee veteran soldier
   officer trooper agent detective deputy inspector sergeant guard ranger firefighter medic nurse doctor
   physician surgeon scientist researcher scholar historian economist analyst expert critic observer
   commentator pundit blogger journalist reporter columnist writer novelist poet artist musician singer
   actor actress director producer filmmaker host presenter star player athlete team side camp
   democrat republican conservative liberal progressive lawmaker legislator politician delegate diplomat
   regulator authority authorities government administration police military army navy court jury panel
   report study survey poll statement letter memo filing complaint lawsuit indictment document analysis
   research findings review audit ruling order testimony release email tweet post message data estimate
   figures book article paper editorial story records record invitation graphic chart website page site video
   affidavit transcript warrant petition motion country nation state city backer supporter opponent proponent advocate`.split(/\s+/),
);

/** Roles that speak for the body named with them (`a Postal Service spokesman`, `a spokesperson for the UCEA`): the role and body are the speaker's name. */
export const EN_SPOKESPERSONS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson spokespeople representative representatives`.split(/\s+/),
);

/** Prepositions that open a source mention before its noun phrase (`including a career Army officer who`, `among retailers that`). */
export const EN_SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(
  `of for at in on with from by among including about into after before during than like unlike despite`.split(/\s+/),
);

/** Words that open a clause, never a speaker's noun phrase (`where audience members shouted`, `to require each university`). */
export const EN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  `to where when how why while whether if because as although though unless until so`.split(/\s+/),
);

/** Adverbs between a subject and its verb (`Walker then spent`), no part of the subject. */
export const EN_SUBJECT_ADVERBS: ReadonlySet<string> = new Set(`then also still now later once again already even just`.split(/\s+/));

/** Words that open a source naming nobody (`no group claimed responsibility`, `No one`, `neither side`). */
export const EN_NOBODY: ReadonlySet<string> = new Set(`no nobody none neither no-one noone`.split(/\s+/));

/** Roles that tell their holder's gender (`the duchess` is no `Harry`). */
export const EN_GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...`duke prince king emperor actor spokesman chairman congressman businessman father husband son brother uncle`.split(/\s+/).map((w) => [w, 'm'] as const),
  ...`duchess princess queen empress actress spokeswoman chairwoman congresswoman businesswoman mother wife daughter sister aunt`.split(/\s+/).map((w) => [w, 'f'] as const),
]);
