/**
 * The phrases that open a resolution's paragraphs, as data: preambular phrases (UN Editorial Manual's list and the
 * forms ITU texts use) and operative phrases with the verb they normalise to and whether they direct someone to act.
 * The structure stage builds its patterns from these tables; nothing in extraction lists a phrase again.
 */

/**
 * The kinds of text a conference adopts, as their identity lines name them: "RESOLUTION 140 (REV. DUBAI, 2018)",
 * "DECISION 5 (REV. DUBAI, 2018)", "RECOMMENDATION 7 (DUBAI, 2018)". All share a resolution's shape (formula,
 * preamble, operative part); each kind is numbered apart from the others, so Decision 5 is not Resolution 5.
 */
export const INSTRUMENT_KINDS = ['resolution', 'decision', 'recommendation'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Preambular phrases, lower case, as ITU texts head a group with them ("considering further", "noting with concern"). */
export const PREAMBULAR_PHRASES: readonly string[] = [
  'acknowledging',
  'affirming',
  'alarmed',
  'appreciating',
  'aware',
  'bearing in mind',
  'believing',
  'cognizant',
  'cognizant of',
  'concerned',
  'confident',
  'conscious',
  'conscious of',
  'considering',
  'contemplating',
  'convinced',
  'deeply concerned',
  'deploring',
  'desiring',
  'determined',
  'emphasizing',
  'emphasising',
  'encouraged',
  'expressing',
  'fully aware',
  'further recalling',
  'guided by',
  'having adopted',
  'having considered',
  'having examined',
  'having received',
  'having regard to',
  'having reviewed',
  'highlighting',
  'in view of',
  'keeping in mind',
  'mindful',
  'mindful of',
  'noting',
  'observing',
  'reaffirming',
  'realizing',
  'recalling',
  'recognizing',
  'recognising',
  'referring',
  'reiterating',
  'seeking',
  'stressing',
  'taking into account',
  'taking into consideration',
  'taking note',
  'underlining',
  'welcoming',
  'whereas',
];

/** What may follow a preambular phrase in an ITU group heading: "considering further", "noting with appreciation". */
export const PREAMBULAR_QUALIFIERS: readonly string[] = [
  'further',
  'also',
  'in particular',
  'moreover',
  'furthermore',
  'with appreciation',
  'with satisfaction',
  'with concern',
  'with deep concern',
  'with interest',
  'with gratitude',
  'that',
];

export interface OperativePhrase {
  /** The verb as a mandate names it (third person, lower case). */
  readonly verb: string;
  /** Surface forms, lower case, third person (ITU headings) — the first-person and capitalised forms are derived. */
  readonly forms: readonly string[];
  /** Directive: asks or decides that something be done (a mandate). Declaratory phrases remain passages. */
  readonly directive: boolean;
  /** The verb takes an addressee ("instructs the Secretary-General"); resolves/decides take a clause instead. */
  readonly addressed: boolean;
  /** First-person form in declarations ("We call upon …", "We commit to …"). */
  readonly firstPerson?: readonly string[];
}

/** Operative phrases: the UN Editorial Manual's list plus ITU's forms. */
export const OPERATIVE_PHRASES: readonly OperativePhrase[] = [
  { verb: 'instructs', forms: ['instructs'], directive: true, addressed: true, firstPerson: ['instruct'] },
  { verb: 'requests', forms: ['requests'], directive: true, addressed: true, firstPerson: ['request'] },
  { verb: 'invites', forms: ['invites'], directive: true, addressed: true, firstPerson: ['invite'] },
  { verb: 'encourages', forms: ['encourages'], directive: true, addressed: true, firstPerson: ['encourage'] },
  { verb: 'urges', forms: ['urges'], directive: true, addressed: true, firstPerson: ['urge'] },
  { verb: 'calls upon', forms: ['calls upon', 'calls on'], directive: true, addressed: true, firstPerson: ['call upon', 'call on'] },
  { verb: 'calls for', forms: ['calls for'], directive: true, addressed: false, firstPerson: ['call for'] },
  { verb: 'authorizes', forms: ['authorizes', 'authorises'], directive: true, addressed: true },
  { verb: 'recommends', forms: ['recommends'], directive: true, addressed: true, firstPerson: ['recommend'] },
  { verb: 'appeals to', forms: ['appeals to'], directive: true, addressed: true, firstPerson: ['appeal to'] },
  { verb: 'directs', forms: ['directs'], directive: true, addressed: true },
  { verb: 'charges', forms: ['charges'], directive: true, addressed: true },
  { verb: 'entrusts', forms: ['entrusts'], directive: true, addressed: true },
  { verb: 'resolves', forms: ['resolves', 'has resolved'], directive: true, addressed: false, firstPerson: ['resolve'] },
  { verb: 'decides', forms: ['decides'], directive: true, addressed: false, firstPerson: ['decide'] },
  { verb: 'commits', forms: ['commits'], directive: true, addressed: false, firstPerson: ['commit', 'are committed', 'pledge'] },
  { verb: 'reiterates its call', forms: ['reiterates its call upon', 'reiterates its call on', 'reiterates its call to', 'reiterates its request to', 'reiterates its request that'], directive: true, addressed: true, firstPerson: ['reiterate our call upon', 'reiterate our call on', 'reiterate our call to'] },
  // Declaratory: they state, they do not ask anyone to act.
  { verb: 'accepts', forms: ['accepts'], directive: false, addressed: false },
  { verb: 'adopts', forms: ['adopts'], directive: false, addressed: false, firstPerson: ['adopt'] },
  { verb: 'agrees', forms: ['agrees'], directive: false, addressed: false, firstPerson: ['agree'] },
  { verb: 'appreciates', forms: ['appreciates'], directive: false, addressed: false, firstPerson: ['appreciate'] },
  { verb: 'commends', forms: ['commends'], directive: false, addressed: false, firstPerson: ['commend'] },
  { verb: 'concludes', forms: ['concludes'], directive: false, addressed: false },
  { verb: 'condemns', forms: ['condemns', 'strongly condemns'], directive: false, addressed: false, firstPerson: ['condemn'] },
  { verb: 'congratulates', forms: ['congratulates'], directive: false, addressed: false },
  { verb: 'considers', forms: ['considers'], directive: false, addressed: false, firstPerson: ['consider'] },
  { verb: 'deplores', forms: ['deplores'], directive: false, addressed: false },
  { verb: 'designates', forms: ['designates'], directive: false, addressed: false },
  { verb: 'draws attention', forms: ['draws attention', 'draws the attention'], directive: false, addressed: false },
  { verb: 'reminds', forms: ['reminds'], directive: false, addressed: false },
  { verb: 'thanks', forms: ['thanks', 'pays tribute'], directive: false, addressed: false, firstPerson: ['thank'] },
  { verb: 'transmits', forms: ['transmits'], directive: false, addressed: false },
  { verb: 'trusts', forms: ['trusts'], directive: false, addressed: false },
  { verb: 'acknowledges', forms: ['acknowledges'], directive: false, addressed: false, firstPerson: ['acknowledge'] },
  { verb: 'affirms', forms: ['affirms'], directive: false, addressed: false, firstPerson: ['affirm'] },
  { verb: 'approves', forms: ['approves'], directive: false, addressed: false },
  { verb: 'confirms', forms: ['confirms'], directive: false, addressed: false },
  { verb: 'declares', forms: ['declares'], directive: false, addressed: false, firstPerson: ['declare'] },
  { verb: 'emphasizes', forms: ['emphasizes', 'emphasises'], directive: false, addressed: false, firstPerson: ['emphasize', 'emphasise'] },
  { verb: 'endorses', forms: ['endorses'], directive: false, addressed: false, firstPerson: ['endorse'] },
  { verb: 'expresses', forms: ['expresses'], directive: false, addressed: false, firstPerson: ['express'] },
  { verb: 'looks forward', forms: ['looks forward'], directive: false, addressed: false, firstPerson: ['look forward'] },
  { verb: 'notes', forms: ['notes', 'takes note'], directive: false, addressed: false, firstPerson: ['note', 'take note'] },
  { verb: 'proclaims', forms: ['proclaims'], directive: false, addressed: false },
  { verb: 'reaffirms', forms: ['reaffirms'], directive: false, addressed: false, firstPerson: ['reaffirm'] },
  { verb: 'recalls', forms: ['recalls'], directive: false, addressed: false, firstPerson: ['recall'] },
  { verb: 'recognizes', forms: ['recognizes', 'recognises'], directive: false, addressed: false, firstPerson: ['recognize', 'recognise'] },
  { verb: 'regrets', forms: ['regrets'], directive: false, addressed: false },
  { verb: 'reiterates', forms: ['reiterates'], directive: false, addressed: false, firstPerson: ['reiterate'] },
  { verb: 'stresses', forms: ['stresses'], directive: false, addressed: false, firstPerson: ['stress'] },
  { verb: 'supports', forms: ['supports'], directive: false, addressed: false, firstPerson: ['support'] },
  { verb: 'underlines', forms: ['underlines'], directive: false, addressed: false, firstPerson: ['underline'] },
  { verb: 'welcomes', forms: ['welcomes'], directive: false, addressed: false, firstPerson: ['welcome'] },
];

/** Adverbs that may stand before or after an operative verb: "further instructs", "resolves further", "Also requests". */
export const OPERATIVE_ADVERBS: readonly string[] = ['further', 'also', 'strongly', 'again', 'once again', 'furthermore', 'moreover', 'in addition', 'urgently'];
