import type { ApolloClient } from '@apollo/client';
import { readApiProblem } from '@lantern/client/api-problem';
import { CreateReferralDocument, UpdateReferralDocument, type ReferralFieldsFragment } from '../../gql/graphql';
import { newIdempotencyKey } from '@lantern/client/idempotency-key';
import type { CrimeFields } from './crime-form';
import type { DraftStore } from '@lantern/client/draft-store';

/** The last createReferral sent from this tab, kept until its answer is known. */
interface CreateAttempt {
  idempotencyKey: string;
  input: CrimeFields;
}

const ATTEMPT_KEY = 'create-attempt';

function sameInput(a: CrimeFields, b: CrimeFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function create(client: ApolloClient, drafts: DraftStore, attempt: CreateAttempt): Promise<ReferralFieldsFragment> {
  drafts.save(ATTEMPT_KEY, attempt);
  try {
    const result = await client.mutate({
      mutation: CreateReferralDocument,
      variables: { input: { ...attempt.input, idempotencyKey: attempt.idempotencyKey } },
    });
    if (!result.data) throw new Error('No referral returned');
    return result.data.createReferral;
  } catch (error) {
    // Refused outright: nothing was created, so the next try needs no replay.
    if (readApiProblem(error).code === 'BAD_USER_INPUT') drafts.clear(ATTEMPT_KEY);
    throw error;
  }
}

/**
 * Creates the draft exactly once, however often the officer retries. The idempotency key is kept in
 * the officer's draft store with the input it was sent with, so a retry after a lost answer returns the same referral.
 * If the officer changed their answers after such a failure, the first request is replayed (returning or
 * creating that one referral) and the changes are applied to it with updateReferral: never a duplicate, and
 * never IDEMPOTENCY_KEY_REUSED.
 */
export async function createDraftOnce(client: ApolloClient, drafts: DraftStore, input: CrimeFields): Promise<ReferralFieldsFragment> {
  const previous = drafts.load<CreateAttempt>(ATTEMPT_KEY);
  let referral: ReferralFieldsFragment;
  if (previous && !sameInput(previous.input, input)) {
    let replayed: ReferralFieldsFragment | null = null;
    try {
      replayed = await create(client, drafts, previous);
    } catch (error) {
      // The earlier attempt is refused (so nothing was created): start afresh with the new answers.
      if (readApiProblem(error).code !== 'BAD_USER_INPUT') throw error;
    }
    if (replayed) {
      const updated = await client.mutate({
        mutation: UpdateReferralDocument,
        variables: { input: { referralId: replayed.id, expectedVersion: replayed.version, ...input } },
      });
      if (!updated.data) throw new Error('No referral returned');
      referral = updated.data.updateReferral;
    } else {
      referral = await create(client, drafts, { idempotencyKey: newIdempotencyKey(), input });
    }
  } else {
    referral = await create(client, drafts, previous ?? { idempotencyKey: newIdempotencyKey(), input });
  }
  drafts.clear(ATTEMPT_KEY);
  return referral;
}
