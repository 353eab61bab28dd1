/**
 * English attribution cues and the function words the English rules step over. Written for this
 * project; lower-case. The quoting verbs of the Gender Gap Tracker (`en-ggt-quote-verbs.ts`) are
 * merged in by the rules, minus `GGT_WEAK_FORMS`.
 */

/** How a cue verb takes its claim. */
export type CueClass =
  /** Speech: `X said (that) …`, `"…," X said`, `"…," said X`. */
  | 'say'
  /** Speech to an addressee, who is skipped: `X told reporters (that) …`, `X urged voters to …`. */
  | 'tell'
  /** Belief or attitude, never inverted: `X believes (that) …`, `…, X thinks`. */
  | 'think'
  /** Intention or stance towards a thing: `X wants …`, `X vowed to …`, `X criticized …`. */
  | 'intend';

/** Speech verbs beyond the Gender Gap Tracker list: news writing's verbs of saying and writing. */
const SAY = `
  answered answers asserted asserts boasted boasts bragged cautioned cautions charged charges
  complained complains conceded concedes contended contends countered counters cried declared
  emphasized emphasizes emphasised explained griped grumbled hinted hints insisted joked jokes
  lamented laments maintained maintains mused muses observed observes pleaded posted quipped quips
  recalled recalls recounted recounts reiterated reiterates remarked remarks repeated repeats
  replied responded retorted screamed shouted shouts signaled signalled speculated speculates
  stressed stresses summed testified touted touts vowed vows wondered wonders wrote yelled
  alleged alleges revealed reveals disclosed confided bemoaned chimed echoed echoes opined
  predicted admitted acknowledged announced argued argues claimed claims noted notes said says
  tweeted tweets added adds
  saying adding noting arguing explaining claiming insisting stressing warning stating declaring
  predicting acknowledging admitting recalling suggesting telling writing tweeting asserting
  emphasizing complaining announcing responding replying alleging boasting touting joking
  say argue claim insist note explain warn admit acknowledge announce declare predict suggest
  repeat stress
  reads
`;

/** Verbs whose first object is the addressee, not the claim. */
const TELL = `
  told tells tell telling asked asks ask asking urged urges urge urging reminded reminds reminding
  assured assures assuring informed informs informing warned warns warn warning advised advises
  notified promised promises promising persuaded convinced reassured begged implored pressed
  encouraged encourages challenged challenges
`;

/** Beliefs, expectations and feelings, which the corpus of record counts as attributions. */
const THINK = `
  believes believe believed believing thinks think thought feels feel felt fears fear feared
  worries worry worried hopes hope hoped hoping expects expect expected knows know knew doubts
  doubt doubted suspects suspect suspected assumes assumed considers considered sees saw views
  viewed regards regarded insists imagines recognized recognizes realized realizes understands
  estimated estimates reckons concluded concludes found finds determined agreed agrees disagreed
  disagrees shows showed showing show suggests
`;

/** Intentions, demands and stances: the claim is an infinitive or an object (`vowed to …`, `criticized …`). */
const INTEND = `
  wants want wanted plans planned plan intends intended aims aimed seeks sought seeking vowed
  pledged pledges pledging refused refuses declined declines threatened threatens offered offers
  proposed proposes proposing demanded demands demanding decided decides prefers preferred
  criticized criticizes criticised criticizing praised praises praising defended defends defending
  blasted blasts blasting denounced denounces denouncing accused accuses accusing cited cites
  citing endorsed endorses endorsing dismissed dismisses dismissing rejected rejects rejecting
  questioned questions questioning described describes describing blamed blames blaming slammed
  slams slamming attacked attacks attacking mocked mocks mocking condemned condemns condemning
  supported supports supporting opposed opposes opposing backed backs backing denied denies
  denying decried decries welcomed welcomes applauded applauds thanked thanks lauded hailed
  ridiculed derided rebuked chided scolded lambasted assailed railed disputed disputes
  characterized characterizes portrayed portrays likened compared labeled labelled branded
  referring referred
  called calls calling call
`;

/** Forms on the Gender Gap Tracker list that in news prose are mostly no attribution. */
export const GGT_WEAK_FORMS: ReadonlySet<string> = new Set(
  `accept accepted acclaim acclaimed acclaiming acclaims continue continues continuing ensure ensured ensures
   ensuring finding persist persisted persisting persists point pointing points present presenting presents
   release released releases releasing demonstrate demonstrated demonstrates demonstrating convince convinces
   convincing rave raves raving preach preaches preaching comment comments illustrate illustrates
   mention report reports reporting state states tweet write writing describe reply add think thinking
   highlight highlights highlighting`.split(/\s+/).filter(Boolean),
);

/** Cue verbs that only count with a clause, colon or quotation after them (`she continued: "…"`). */
export const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set([
  ...`continued continues found finds concluded concludes saw sees know knew knows feel felt feels see
   thought considered regarded recognized realized understood viewed views agreed agrees determined
   decided decides expects expect expected estimated estimates described describes mentioned mentions
   indicated indicates shared posted offered offers asked ask asks wrote
   attacks questions remarks charges plans plan claim claims note notes thanks supports backs hints
   jokes answers demands echoes counters fears doubts hopes worries views support back
   reports show showing respond challenges maintained maintains describing recalling`.split(/\s+/).filter(Boolean),
  // Acts of court and office with a noun object (`pleaded not guilty`, `testified side-by-side`); PolNeAR counts `declared` + object.
  ...`pleaded testified`.split(/\s+/),
]);

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Our own cue forms with their class. */
export const EN_CUES: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...words(INTEND).map((w) => [w, 'intend'] as [string, CueClass]),
  ...words(THINK).map((w) => [w, 'think'] as [string, CueClass]),
  ...words(SAY).map((w) => [w, 'say'] as [string, CueClass]),
  ...words(TELL).map((w) => [w, 'tell'] as [string, CueClass]),
]);

/**
 * Pursuits, refusals and decisions, which state no claim of their own (`declined to comment`, `are
 * seeking a death sentence`, `decided to stay`): the gold of our real pages counts them at most as
 * optional plans. They count only with a clause, colon or quotation (`She declined: "…"`). So do
 * the past `wanted` and `refused` (`Ford wanted his works to …`, `They refused to discuss …`), which
 * our pages never count; `wants`, `refuses` and `agreed` stay cues: PolNeAR counts them as attributions.
 */
export const PLAN_CUES: ReadonlySet<string> = new Set(
  `seeks seek sought seeking declined declines decline declining decided decides decide
   threatened threatens wanted refused`.split(/\s+/).filter(Boolean),
);

/**
 * Telling that names what it achieved, not what was said (`persuaded the party to nominate his
 * son`): a claim only with a clause or quotation after the addressee (`convinced them that …`).
 */
export const OUTCOME_CUES: ReadonlySet<string> = new Set(['persuaded', 'convinced']);

/** Forms of `call` that name a thing (`called it "shameful"`) and count only with quoted words after them. */
export const CALL_FORMS: ReadonlySet<string> = new Set(['called', 'calls', 'calling', 'call']);

/** Nouns that make a compound with a cue noun (`a conference call on Monday`): the cue word there is a thing, not speech. */
export const CUE_NOUN_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['call', 'calls'].map((w) => [w, new Set(['conference', 'phone', 'telephone', 'video', 'zoom', 'roll', 'wake-up', 'close', 'judgment', 'judgement', 'cold', 'curtain', 'casting', 'courtesy'])]),
);

/** Forms of `claim` that can mean taking a thing rather than saying something (`claimed Ford’s body`). */
export const CLAIM_FORMS: ReadonlySet<string> = new Set(['claim', 'claims', 'claimed', 'claiming']);

/** What one claims by taking or winning it (`claimed the lives of six people`, `claimed the title`): no statement, unless a verb follows (`claimed the body was moved`). */
export const CLAIMED_THINGS: ReadonlySet<string> = new Set([
  'body', 'bodies', 'remains', 'ashes', 'life', 'lives', 'title', 'titles', 'trophy', 'crown', 'medal', 'medals', 'prize', 'championship', 'seat', 'seats', 'spot',
]);

/** Particles that belong to the cue: `called for`, `pointed out`, `went on to say`. */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['called', ['for', 'on']], ['calls', ['for', 'on']], ['calling', ['for', 'on']], ['call', ['for', 'on']],
  ['pointed', ['out', 'to']], ['points', ['out', 'to']], ['pointing', ['out', 'to']],
  ['referring', ['to']], ['referred', ['to']], ['spoke', ['about', 'of']], ['talked', ['about']],
  ['talks', ['about']], ['talking', ['about']], ['complained', ['about']], ['warned', ['of', 'about', 'against']],
  ['focused', ['on']], ['insisted', ['on']], ['commented', ['on']],
]);

/** Words that may stand between a source and its cue verb: `has also said`, `had repeatedly argued`. */
export const BETWEEN_SOURCE_AND_CUE: ReadonlySet<string> = new Set([
  ...`has have had also later previously recently repeatedly once then publicly privately reportedly
   would will could might may did does do has not never already often frequently long first again
   further even still quickly flatly openly angrily bluntly simply herself himself themselves initially
   explicitly specifically repeatedly consistently falsely correctly rightly wrongly reportedly
   widely generally subsequently immediately had since just yet clearly apparently allegedly
   is are was were be been being n't not routinely elsewhere twice both all surely must should can
   cannot shall`.split(/\s+/).filter(Boolean),
  // `Big Machine have twice denied`, `Noel and Thomas both acknowledged`, `Liberals can acknowledge`,
  // and the negated auxiliaries in both apostrophes (`haven't`, `haven’t`).
  ...`did does do has have had is are was were ca wo could would should must`
    .split(/\s+/)
    .flatMap((w) => [`${w}n't`, `${w}n’t`]),
]);

/** Pronouns that are a source on their own. */
export const PRONOUN_SOURCES: ReadonlySet<string> = new Set(
  `he she they i we it you who which`.split(/\s+/).filter(Boolean),
);

/** Verbs of telling that take an infinitive of the speaker's own (`promised to cut taxes`, `asked to leave`). */
export const ACTIVE_WITH_INFINITIVE = /^(?:promis|ask|beg|press|challeng)/;

/** Addressees of `told`/`asked` that are one word: `told reporters`, `told me`. */
export const ADDRESSEES: ReadonlySet<string> = new Set(
  `me him her them us you reporters journalists voters supporters viewers listeners readers audiences
   crowd everyone congress lawmakers members people`.split(/\s+/).filter(Boolean),
);

/** Words after a cue that begin an adverbial to step over before the claim (`said on Tuesday that …`). */
export const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(
  `on in at during via through after before while last earlier this late early over from with
   monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently again
   repeatedly also privately publicly separately afterward afterwards then once flatly later
   backstage`.split(/\s+/).filter(Boolean),
);

/** Conjunctions and sentence adverbs stripped from the front of a source (`But the mayor said`). */
export const SOURCE_LEADERS: ReadonlySet<string> = new Set(
  `and but so yet or still meanwhile however then now instead also indeed moreover thus nonetheless
   nevertheless besides later earlier separately after before since until once although though
   whereas unless`.split(/\s+/).filter(Boolean),
);



/** `X is expected to …`, `X is said to …`: attributions without a named source. */
export const UNNAMED_PASSIVES: ReadonlySet<string> = new Set(
  `expected said believed thought reported rumored rumoured alleged considered seen known projected
   predicted widely`.split(/\s+/).filter(Boolean),
);

/** Verbs that attribute a claim to nobody in particular: `X reportedly …`, `X seemed to …`. */
export const UNNAMED_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
