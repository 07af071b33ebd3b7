/** FOUR: the prompts officers are taught for identifying stalking. */
export const FOUR_INDICATORS = [
  { key: 'FIXATED', label: 'Fixated', prompt: 'Is the suspect fixated on the victim, unable to let go?' },
  { key: 'OBSESSIVE', label: 'Obsessive', prompt: 'Is the behaviour obsessive, taking up much of the suspect\'s time and thought?' },
  { key: 'UNWANTED', label: 'Unwanted', prompt: 'Is the contact or attention unwanted by the victim?' },
  { key: 'REPEATED', label: 'Repeated', prompt: 'Is the behaviour repeated, happening again and again?' },
] as const;
export type FourIndicator = (typeof FOUR_INDICATORS)[number]['key'];

/**
 * The 11 S-DASH stalking screening questions. They are recorded yes / no / not known with a note; the
 * number of "yes" answers is shown and no cut-off is applied: risk is the officer's professional judgement.
 */
export const SDASH_QUESTIONS = [
  { number: 1, key: 'VERY_FRIGHTENED', text: 'Is the victim very frightened?' },
  { number: 2, key: 'PREVIOUS_ABUSE_HISTORY', text: 'Is there a previous history of domestic abuse or harassment?' },
  { number: 3, key: 'PROPERTY_DAMAGED', text: 'Has the suspect vandalised or destroyed property?' },
  { number: 4, key: 'TURNED_UP_UNANNOUNCED', text: 'Has the suspect turned up unannounced more than three times a week?' },
  { number: 5, key: 'FOLLOWED_OR_LOITERED', text: 'Has the suspect followed the victim or loitered near them?' },
  { number: 6, key: 'THREATENED_VIOLENCE', text: 'Has the suspect threatened physical or sexual violence?' },
  { number: 7, key: 'HARASSED_THIRD_PARTIES', text: 'Has the suspect harassed anyone else since the behaviour began, such as family, children, friends, neighbours or colleagues?' },
  { number: 8, key: 'VIOLENT_TO_OTHERS', text: 'Has the suspect acted violently towards anyone else during the stalking?' },
  { number: 9, key: 'ENGAGED_OTHERS', text: 'Has the suspect got others to help them, knowingly or unknowingly?' },
  { number: 10, key: 'SUBSTANCE_OR_MENTAL_HEALTH', text: 'In the past year, has the suspect had problems with drugs, alcohol or mental health that affect daily life?' },
  { number: 11, key: 'CRIMINAL_HISTORY', text: 'Has the suspect ever been in trouble with the police or got a criminal history?' },
] as const;
export type SdashQuestionKey = (typeof SDASH_QUESTIONS)[number]['key'];

/** A DASH with this many ticks or more is a referral to MARAC on numbers alone. */
export const DASH_MARAC_THRESHOLD = 14;
export const DASH_MAX_TICKS = 27;
