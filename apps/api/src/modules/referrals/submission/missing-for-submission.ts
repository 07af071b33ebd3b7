import { InputProblems } from '../../../common/errors/app-error.js';
import type { ReferralEntity } from '../referral.entity.js';

/**
 * What must be complete before a referral can be sent, field by field (as `extensions.fields`): the victim's
 * name and area, how to contact them safely and when, and the S-DASH screening.
 */
export function missingForSubmission(referral: ReferralEntity): InputProblems {
  const problems = new InputProblems();
  const victim = referral.victim;
  const contact = victim.safeContact ?? {};
  problems
    .require('victim.firstName', victim.firstName, "Enter the victim's first name")
    .require('victim.lastName', victim.lastName, "Enter the victim's last name")
    .require('victim.area', victim.area, 'Select the area the victim lives in')
    .require('victim.safeContact.preferredMethod', contact.preferredMethod, 'Select how the victim prefers to be contacted');
  if (contact.preferredMethod === 'EMAIL') {
    problems.require('victim.safeContact.email', contact.email, 'Enter a safe e-mail address');
  } else {
    problems.require('victim.safeContact.phone', contact.phone, 'Enter a safe phone number');
    if (contact.phone) {
      problems.require('victim.safeContact.voicemailSafe', contact.voicemailSafe, 'Say whether it is safe to leave a voicemail');
    }
  }
  problems.require('victim.safeContact.safeTimes', contact.safeTimes, 'Enter when it is safe to contact the victim');
  if (!referral.screening) problems.add('screening', 'Complete the S-DASH screening and risk level');
  return problems;
}
