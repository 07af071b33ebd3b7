import { formatDay } from './format-date';
import type { VictimStatus } from './victim-api';

/** What the status page says, in plain words a frightened person can take in at a glance. */
export interface StatusWording {
  headline: string;
  explanation: string;
  whatHappensNext: string[];
  /** Whether the service's contact details are worth showing at this stage. */
  showServiceContact: boolean;
}

export function wordingFor(status: VictimStatus): StatusWording {
  // At the start of a sentence, and inside one.
  const Service = status.serviceName ?? 'The support service';
  const service = status.serviceName ?? 'the support service';
  const advocate = status.advocateFirstName;
  const by = status.contactBy ? ` by ${formatDay(status.contactBy)}` : ' soon';
  const agreedWays = 'They will only contact you in the ways you agreed with the police.';

  switch (status.stage) {
    case 'WITH_SERVICE':
      return {
        headline: `A support service has your details and will contact you${by}`,
        explanation: `The police sent your details to ${service}. They are a specialist service that supports people in your situation.`,
        whatHappensNext: [`${Service} will contact you${by}.`, agreedWays, 'You do not need to do anything yet.'],
        showServiceContact: true,
      };
    case 'ACCEPTED':
      return {
        headline: `A support service has agreed to help you and will contact you${by}`,
        explanation: `${Service} has agreed to support you. They are choosing an advocate: a named person who will support you.`,
        whatHappensNext: [`${Service} will contact you${by}.`, agreedWays, 'You do not need to do anything yet.'],
        showServiceContact: true,
      };
    case 'ADVOCATE_ALLOCATED':
      return {
        headline: advocate
          ? `${advocate} from ${service} will contact you${by}`
          : `An advocate from ${service} will contact you${by}`,
        explanation: `${advocate ?? 'Your advocate'} will support you and help you plan how to stay safe.`,
        whatHappensNext: [
          `${advocate ?? 'Your advocate'} will contact you${by}.`,
          agreedWays,
          'You can also contact the service yourself using the details on this page.',
        ],
        showServiceContact: true,
      };
    case 'IN_CONTACT':
      return {
        headline: advocate ? `${advocate} from ${service} is supporting you` : `${Service} is supporting you`,
        explanation: `Contact ${advocate ?? 'the service'} if anything changes or you need help.`,
        whatHappensNext: [
          `${advocate ?? 'The service'} will keep in touch with you.`,
          'Updates they share with you will appear on this page.',
        ],
        showServiceContact: true,
      };
    case 'CLOSED':
      return {
        headline: `Your support from ${service} has ended`,
        explanation: `${Service} has closed your case.`,
        whatHappensNext: [
          `If you need support again, contact ${service} or the police officer dealing with your case.`,
        ],
        showServiceContact: true,
      };
    case 'DECLINED':
      return {
        headline: 'The support service was not able to take your referral',
        explanation: 'The police officer dealing with your case has been told.',
        whatHappensNext: ['Talk to the police officer dealing with your case about other support you can get.'],
        showServiceContact: false,
      };
    case 'WITHDRAWN':
      return {
        headline: 'Your referral has been stopped',
        explanation: 'Your details are no longer being shared with the support service, and they will not contact you.',
        whatHappensNext: ['If you change your mind, talk to the police officer dealing with your case.'],
        showServiceContact: false,
      };
  }
}
