/**
 * English function words, word classes and patterns that the rules in `lib/engine/en-*.ts` read as
 * grammar: where a source or claim starts and ends, which verb forms are finite, which words open an
 * aside. Written for this project; lower-case.
 */
import { ADVERBIAL_STARTS } from './en-cues';

/** Words that cannot be inside the noun before a relative pronoun (`seen schools that`). */
export const NOUN_PHRASE_ENDS = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'about', 'that', 'than', 'as', 'and', 'or', 'but', 'if', 'when', 'while', 'because', 'what', 'which', 'who']);

/** Tokens that end a source phrase when walking back from a cue. */
export const SOURCE_BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']', '!', '?', 'that', 'than', 'because', 'if', 'when', 'while', 'as', 'what', 'which']);
/** Subordinators that open the clause of a source (`Oil fell after sources told`), though not inside an apposition (`Trump, appearing after Clinton, cited`). */
export const SUBORDINATORS = new Set(['although', 'though', 'after', 'before', 'until', 'unless', 'whereas']);
/** Words before a cue that show it is a noun or an infinitive, not a finite verb: `the claim`, `to say`. */
export const NOT_AFTER = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'by', 'with', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'no', 'any', 'some', 'in', 'on', 'at', 'from', 'about', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'worth']);
/** Forms that may follow `and`/`or`/auxiliaries only as verbs of a coordinated or auxiliary clause. */
export const COORDINATORS = new Set(['and', 'but', 'or']);
/** Auxiliaries of a passive or progressive before a cue (`is expected`, `was saying`). */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);
/** Dash marks that set off an apposition or an inverted cue, as single characters. */
export const DASHES = '—–-';
/** Lower-case words that open a source after an inverted cue (`"…," said the mayor`). */
export const INVERTED_SOURCE_STARTS = new Set(['the', 'a', 'an', 'one', 'another', 'he', 'she', 'they', 'former', 'two', 'three', 'several', 'many', 'some']);
/** Participles that continue a `…, X said, adding …` sentence with a second claim of the same source. */
export const PARTICIPLE_CUE = /ing$/;
/** Words that start a subordinate claim clause (`said that …`, `asked whether …`). */
export const CLAUSE_STARTS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'which', 'when', 'where', 'who']);

/** Auxiliaries and modals after a subject (`Clinton can be heard saying`). */
export const AUXILIARY_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'do', 'did', 'can’t', "can't", 'cannot', 'won’t', "won't", 'didn’t', "didn't", 'doesn’t', "doesn't"]);
/** Relative pronouns whose clause makes a cue verb part of a source (`officials who saw the report said`). */
export const RELATIVES = new Set(['who', 'that', 'which']);

/** Quantifiers that follow a plural source (`Noel and Thomas both acknowledged`) or stand for it (`all agreed`). */
export const QUANTIFIERS = new Set(['all', 'both']);
/** Days that, after `on`, may stand between a source and its cue. */
export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words of time that, after `last` or `this`, open a sentence before its subject (`Last week State Department official …`). */
export const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend', 'time', 'fall', 'spring', 'summer', 'winter', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Subject pronouns that open a relative clause without `that` after a noun (`a woman you think`, `the story he wrote`). */
export const CONTACT_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'you', 'i']);
/** Nouns of time after which a pronoun is the subject of a new clause (`The next day he said`), not of a relative one. */
export const CONTACT_TIME_NOUNS = new Set([...TIME_NOUNS, 'day', 'hour', 'moment', 'minute', 'decade']);

/** Words that, after a comma, open the reporter's clause beside a claim when a subject follows (`…, as he deflected attacks`). */
export const ASIDE_CONJUNCTIONS = new Set(['as', 'while', 'whereas']);
/** A dash token that opens an aside: em dash, en dash or a double hyphen. */
export const DASH_MARK = /^(?:—|–|--)$/;

/** Words after a passive `asked` (`Trump, asked about the deaths, said …`). */
export const PASSIVE_ASKED_NEXT = new Set(['about', 'by', 'whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'to', 'for', 'on', 'in', 'at', 'during']);

/** Words before `asked` that make it a question put to the sentence's subject (`When asked …, he said`). */
export const ASKED_AFTER = new Set(['when', 'if', 'after', 'before', 'as', 'once', 'while', 'until']);

/** Words before a colon at a paragraph start that label no speaker. */
export const NOT_SPEAKER_LABEL = /^(?:note|editor['’]s note|update|updated|related|photo|video|watch|read more|source|sources|correction|disclosure|advertisement|listen|subscribe|sign up|sign in|log in|newsletters?|follow us|breaking|exclusive|watch live|more|also|see also|contributing|contributors|the latest|revealed|wow|so|yes|no|well|plus|bonus|a|q)$/i;

/** Words that open a fronted phrase before a sentence's subject (`In May, …`, `After the vote, …`). */
export const FRONTED_STARTS = new Set([...ADVERBIAL_STARTS, 'as', 'when', 'since', 'despite', 'although', 'though', 'because', 'for', 'like', 'unlike', 'amid', 'under', 'without', 'within', 'by', 'for', 'instead', 'still', 'meanwhile', 'however', 'yet']);
/** Articles and possessives that open a noun phrase. */
export const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'our']);
/** Finite verbs and auxiliaries that end a subject (`Democrats had sued`, `Trump is …`). */
export const SUBJECT_ENDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'also', 'then', 'later', 'again', 'repeatedly', 'on']);

/** Irregular past forms that end a subject (`Romney went after Trump, calling …`). */
export const IRREGULAR_FINITE = new Set(['went', 'made', 'took', 'gave', 'got', 'came', 'began', 'kept', 'left', 'held', 'met', 'ran', 'spoke', 'stood', 'brought', 'sent', 'led', 'won', 'lost', 'fought', 'struck', 'drew', 'hit', 'set', 'put', 'broke', 'threw', 'did']);

/** Words that open the reporter's aside after a cue, not a claim (`…, he said in a statement`). */
export const ASIDE_STARTS = new Set([...ADVERBIAL_STARTS, 'by', 'according', 'as', 'when', 'while', 'because', 'shortly', 'just', 'moments', 'hours', 'days', 'minutes']);

/** Nouns of surveys whose findings news reports as claims (`in a CNN poll`). */
export const POLL_NOUNS = new Set(['poll', 'survey']);

/** Records and surveys whose findings `show` a claim with no `that` (`Polls show Sanders within two points`). */
export const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'record', 'records', 'data', 'numbers', 'figures', 'results', 'study', 'studies', 'analysis', 'documents', 'research', 'estimates', 'filings', 'statistics']);

/** Auxiliaries that open a yes-no question. */
export const QUESTION_OPENERS = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'have', 'has', 'had']);

/** Words between a verb and an amount (`added more than 2%`). */
export const AMOUNT_LEADERS = new Set(['more', 'less', 'nearly', 'about', 'almost', 'roughly', 'some', 'just', 'over', 'under', 'another', 'a', 'an']);
/** Noun forms of cues that a verb before them makes objects (`the bloodshed raised fears that …`). */
export const CUE_NOUN_OBJECTS = new Set(['fears', 'concerns', 'hopes', 'claims', 'doubts', 'questions', 'suspicions', 'warnings', 'allegations', 'expectations', 'charges']);

/** Prepositions that, right after a cue verb, open what it is about rather than what it says. */
export const TOPIC_PREPOSITIONS = new Set(['about', 'with', 'over']);
/** Negations between a source and its cue (`did not respond`, `will never know`). */
export const NEGATIONS = new Set(['not', 'never']);

/** Adverbs between a coordinator and its cue verb (`and later said`). */
export const COORDINATED_ADVERBS = new Set(['also', 'then', 'later', 'again', 'repeatedly']);
/** Finite forms of irregular cue verbs; regular ones end in `-ed`. */
export const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'knew', 'saw', 'sought', 'put', 'read']);

/** Words after `X, she said,` that start an aside of the reporter, not the rest of the claim. */
export const NOT_CLAIM_REST = new Set(['who', 'which', 'according', 'citing', 'referring', 'as', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'during', 'from', 'via', 'with', 'without', 'by', 'for', 'to', 'of', 'about', 'though', 'although', 'because', 'since', 'speaking', 'per']);

/** The writer as the source of an `As … noted,` aside (`As we’ve noted, a study concluded …`): pointing to their own reporting, not a claim. */
export const WRITER_IN_ASIDE = /^(?:we|i)(?:['’]ve)?$/i;

/** Prepositions of an adverbial right after a cue (`blasted on an investor call as “morally wrong”`): the claim lies after it. */
export const ADVERBIAL_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'via', 'over']);

/** A first-person source outside quotation marks: the writer reporting their own work (`I asked her if …`), which is no claim. `we` stays: on polnear_en it is often a campaign or a group speaking. */
export const AUTHOR_PRONOUNS = new Set(['i']);

/** Words that cannot open a source phrase: a preposition or clause opener (`to Ukraine opening …`, `where audience members …`). */
/** Personal possessives after `of` that open what an inverted source spoke of (`quipped Pitt of his role`). */
export const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our']);

/** A fronted phrase naming a document by its addressee (`In a letter to the secretary, …`): the addressee is no source. */
export const ADDRESSED_DOCUMENT = /^(?:in|on|with)\s+(?:a|an|the|its|their|his|her)\b[^,]*?\b(?:letter|statement|e-?mail|message|memo|note|petition|complaint)s?\s+to\b/i;

/** Words before an -ing form that make it an adjective or noun (`best supporting actress`, `an alternate-history retelling`). */
export const MODIFIER_BEFORE_NOUN = /^(?:best|most|least|\p{Ll}+-\p{Ll}+)$/u;

/** Subordinators that open a clause before the main one (`While X said …, he …`). */
export const CONCESSIVE_OPENERS = new Set(['while', 'although', 'though', 'whereas']);

/** Prepositions after a questioned person that name the topic of an interrogation (`questioned Morrison about …`). */
export const QUESTIONED_ON = new Set(['about', 'over', 'on', 'regarding']);

export const NOT_SOURCE_STARTS = new Set(['to', 'where', 'when', 'while', 'with', 'into', 'than']);

/** Pro-forms that stand for a claim without stating it (`One would hope so`, `I think not`). */
export const PRO_FORM_CLAIM = /^(?:so|not)(?:\s*[,;.]|\s*$)/i;
/** `reported for duty`, `reports for work`: turning up in person, not reporting news. */
export const REPORT_FOR_DUTY = /^report(?:s|ed|ing)?\s+for\b/i;

/** An object pronoun with at most an addressee or a time after it (`explained them to me`, `denied it on Friday`), not `it as …`. */
export const PRO_FORM_OBJECT = /^(?:it|them)(?:\s+(?:to|on|in|at|during|over)\b(?![^,;]*\bas\b)[^,;]{0,30})?\s*[,;.]?$/i;
/** Subject pronouns whose speech inside another claim of the sentence is the outer speaker's account (`he said she told him`). */
export const NESTED_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Sources that deny there is a speaker (`No one knew …`, `no group claimed responsibility`). */
export const NEGATIVE_SOURCE = /^(?:no|none|nobody|no-one|neither)\b/i;
/** A subordinator right before an attribution inside a claim (`… when lawmakers pointed out …`): the clause it opens belongs to the claim. */
export const CLAIM_SUBORDINATORS = /(?:^|\s)(?:when|because|after|before|until|since)\s+$/i;
/** A source of an indefinite article and one lower-case noun (`a deal`, `a view`), which a participle after it may modify. */
export const APPOSED_ARTICLE_AND_NOUN = /^an?\s+(\p{Ll}+)$/u;
/** A determiner and an adverb before a participle (`A poorly planned evacuation`, `the newly announced plan`): a noun phrase's start, no source. */
export const ADVERB_BEFORE_PARTICIPLE = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+ly)$/u;
