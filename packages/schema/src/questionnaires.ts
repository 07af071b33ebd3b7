/** FOUR: the prompts officers are taught for identifying stalking. */
export const FOUR_INDICATORS = [
  { key: 'FIXATED', label: 'Fixated', prompt: 'Is the suspect fixated on the victim, unable to let go?' },
  { key: 'OBSESSIVE', label: 'Obsessive', prompt: 'Is the behaviour obsessive, taking up much of the suspect\'s time and thought?' },
  { key: 'UNWANTED', label: 'Unwanted', prompt: 'Is the contact or attention unwanted by the victim?' },
  { key: 'REPEATED', label: 'Repeated', prompt: 'Is the behaviour repeated, happening again and again?' },
] as const;
export type FourIndicator = (typeof FOUR_INDICATORS)[number]['key'];

/** One item of a screening checklist, answered yes / no / not known with an optional note. */
export interface ScreeningQuestion<K extends string = string> {
  /** The item's number on the published checklist, from 1. */
  readonly number: number;
  /** Stable identifier stored with each answer; never reused for a different item. */
  readonly key: K;
  /** The item as published, with "the suspect" in place of the bracketed name. */
  readonly text: string;
}

/**
 * A published screening checklist at one version. Stored with each screening (instrument and version), it
 * keeps past answers' meaning when a force moves to another version: add the new version beside this one.
 * Only public checklists are listed here, items and all. Licensed instruments (SASH, the Stalking Risk
 * Profile) are never reproduced: Lantern records only who completed one, when, and its result.
 */
export interface ScreeningInstrument<K extends string = string> {
  readonly instrument: string;
  readonly version: string;
  readonly title: string;
  /** Who published it and where the wording comes from. */
  readonly source: string;
  readonly questions: readonly ScreeningQuestion<K>[];
}

/**
 * The S-DASH (2009) Risk Identification Checklist for stalking cases, the "Checklist for Stalking Cases
 * (2009)": research questions by Drs Lorraine Sheridan and Karl Roberts, operationalised by Laura Richards on
 * behalf of ACPO. The checklist asks that it not be changed; "the suspect" replaces "(insert name of
 * stalker(s))". Items are recorded yes / no / not known with a note; the number of "yes" answers is shown and
 * no cut-off is applied: risk is the officer's professional judgement.
 *
 * Wording checked against a published copy of the 2009 checklist for items 1 to 3 and the opening of item 4
 * ("Does … turn up unannounced"). The rest of item 4 and items 5 to 11 keep the wording Lantern has used
 * so far until they are checked against the published checklist; their keys (and so stored answers) stay.
 * The police "Stalking Screening Tool" differs in items 2, 4, 9, 10 and 11 and would be its own version.
 */
export const SDASH_2009 = {
  instrument: 'S-DASH',
  version: '2009',
  title: 'S-DASH (2009) Risk Identification Checklist for Stalking Cases',
  source: 'Checklist for Stalking Cases (2009), Sheridan, Roberts and Richards, on behalf of ACPO',
  questions: [
    { number: 1, key: 'VERY_FRIGHTENED', text: 'Is the victim very frightened?' },
    {
      number: 2,
      key: 'PREVIOUS_ABUSE_HISTORY',
      text: 'Is there a previous domestic abuse and/or stalking or harassment history? (this victim and/or other victims)',
    },
    { number: 3, key: 'PROPERTY_DAMAGED', text: 'Does the suspect vandalise or destroy property?' },
    { number: 4, key: 'TURNED_UP_UNANNOUNCED', text: 'Does the suspect turn up unannounced more than three times a week?' },
    // Items 5 to 11: wording not yet checked against the published checklist (see above).
    { number: 5, key: 'FOLLOWED_OR_LOITERED', text: 'Has the suspect followed the victim or loitered near them?' },
    { number: 6, key: 'THREATENED_VIOLENCE', text: 'Has the suspect threatened physical or sexual violence?' },
    {
      number: 7,
      key: 'HARASSED_THIRD_PARTIES',
      text: 'Has the suspect harassed anyone else since the behaviour began, such as family, children, friends, neighbours or colleagues?',
    },
    { number: 8, key: 'VIOLENT_TO_OTHERS', text: 'Has the suspect acted violently towards anyone else during the stalking?' },
    { number: 9, key: 'ENGAGED_OTHERS', text: 'Has the suspect got others to help them, knowingly or unknowingly?' },
    {
      number: 10,
      key: 'SUBSTANCE_OR_MENTAL_HEALTH',
      text: 'In the past year, has the suspect had problems with drugs, alcohol or mental health that affect daily life?',
    },
    { number: 11, key: 'CRIMINAL_HISTORY', text: 'Has the suspect ever been in trouble with the police or got a criminal history?' },
  ],
} as const satisfies ScreeningInstrument;

/** Every screening checklist Lantern knows, by instrument and then version. */
export const SCREENING_INSTRUMENTS: Readonly<Record<string, Readonly<Record<string, ScreeningInstrument>>>> = {
  'S-DASH': { '2009': SDASH_2009 },
};

/** The checklist and version a new screening uses. */
export const DEFAULT_SCREENING_INSTRUMENT = { instrument: SDASH_2009.instrument, version: SDASH_2009.version } as const;

/** The checklist for `instrument` at `version`; undefined when Lantern does not know it. */
export function screeningInstrument(instrument: string, version: string): ScreeningInstrument | undefined {
  return SCREENING_INSTRUMENTS[instrument]?.[version];
}

/** The S-DASH questions new screenings use (the default version), in order. */
export const SDASH_QUESTIONS = SDASH_2009.questions;
export type SdashQuestionKey = (typeof SDASH_QUESTIONS)[number]['key'];
/** How many S-DASH questions there are: "4 of 11 answered yes". */
export const SDASH_QUESTION_COUNT: number = SDASH_QUESTIONS.length;

/**
 * Licensed specialist risk assessments an officer or specialist may have completed. Their items are never
 * reproduced; only who completed one, when and its result are recorded.
 */
export const SPECIALIST_INSTRUMENTS = {
  values: ['SASH', 'STALKING_RISK_PROFILE'],
  labels: { SASH: 'Screening Assessment for Stalking and Harassment (SASH)', STALKING_RISK_PROFILE: 'Stalking Risk Profile (SRP)' },
} as const;
export type SpecialistInstrument = (typeof SPECIALIST_INSTRUMENTS.values)[number];

/** A DASH with this many ticks or more is a referral to MARAC on numbers alone. */
export const DASH_MARAC_THRESHOLD = 14;
export const DASH_MAX_TICKS = 27;
