import type { ScreeningAnswer } from '@lantern/schema/vocabularies';

/**
 * The number of S-DASH questions answered "yes". It is shown with the screening and no cut-off is applied
 * to it: the risk level is the officer's professional judgement (see SDASH_QUESTIONS in packages/schema).
 */
export function sdashYesCount(answers: readonly { readonly answer: ScreeningAnswer }[]): number {
  return answers.filter((a) => a.answer === 'YES').length;
}
