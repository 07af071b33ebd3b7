import { LanternApi } from './api';
import { USERS } from './users';

async function version(api: LanternApi, referralId: string): Promise<number> {
  const data = await api.graphql<{ referral: { version: number } }>('query ($id: ID!) { referral(id: $id) { version } }', { id: referralId });
  return data.referral.version;
}

/** The Eastshire manager accepts a sent referral and allocates it to the advocate Sam Lee, through the API. */
export async function acceptAndAllocate(referralId: string): Promise<void> {
  const manager = await LanternApi.signIn('eastshireManager');
  try {
    await manager.graphql('mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { id } }', {
      input: { referralId, expectedVersion: await version(manager, referralId) },
    });
    const { advocates } = await manager.graphql<{ advocates: Array<{ id: string; email: string }> }>('query { advocates { id email } }');
    const advocateId = advocates.find((a) => a.email === USERS.eastshireAdvocate)?.id;
    if (!advocateId) throw new Error('The Eastshire advocate is missing from the demo data');
    await manager.graphql('mutation ($input: AllocateReferralInput!) { allocateReferral(input: $input) { id } }', {
      input: { referralId, expectedVersion: await version(manager, referralId), advocateId },
    });
  } finally {
    await manager.dispose();
  }
}

/** The manager records a contact attempt through the API: a change made by someone else. */
export async function managerRecordsContactAttempt(referralId: string, note: string): Promise<void> {
  const manager = await LanternApi.signIn('eastshireManager');
  try {
    await manager.graphql('mutation ($input: RecordContactAttemptInput!) { recordContactAttempt(input: $input) { id } }', {
      input: { referralId, expectedVersion: await version(manager, referralId), outcome: 'NO_ANSWER', note },
    });
  } finally {
    await manager.dispose();
  }
}

/** What the officer sees of a referral's status and decline, through the API. */
export async function officerView(referralId: string): Promise<{ status: string; decline: { reason: string; note: string | null } | null }> {
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    const data = await officer.graphql<{ referral: { status: string; decline: { reason: string; note: string | null } | null } }>(
      'query ($id: ID!) { referral(id: $id) { status decline { reason note } } }',
      { id: referralId },
    );
    return data.referral;
  } finally {
    await officer.dispose();
  }
}

/** The officer records that the victim withdrew consent, through the API: the partner must stop at once. */
export async function officerRecordsConsentWithdrawn(referralId: string, reason: string): Promise<void> {
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    await officer.graphql('mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }', {
      input: { referralId, expectedVersion: await version(officer, referralId), reason },
    });
  } finally {
    await officer.dispose();
  }
}
