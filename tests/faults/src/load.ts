import { CREATE_REFERRAL, draftInput, type Client } from './api-instance.js';
import { sleep } from './processes.js';

/** One write the API acknowledged: the referral id it answered with and the crime reference sent. */
export interface Acknowledged {
  readonly id: string;
  readonly crimeReference: string;
  readonly at: number;
}

/** What a load run saw: acknowledged writes, refused attempts (with times) and the keys still unanswered at the end. */
export interface LoadResult {
  acknowledged: Acknowledged[];
  refusals: { at: number; reason: string }[];
  unfinished: string[];
}

/**
 * Writers that each create draft referrals one after another through `clients` (round robin), retrying a
 * refused write with the same idempotency key, as the apps do, until it is acknowledged or `stop()` is
 * called. A retry of a write that was committed but whose answer was lost returns the same referral.
 */
export function runLoad(clients: Client[], area: string, writersPerClient = 2): { result: LoadResult; stop(): Promise<LoadResult> } {
  const result: LoadResult = { acknowledged: [], refusals: [], unfinished: [] };
  let stopping = false;
  const writer = async (client: Client) => {
    while (!stopping) {
      const input = draftInput(area);
      for (;;) {
        const answer = await client.request(CREATE_REFERRAL, { input });
        const id = (answer.data as { createReferral?: { id?: string } } | undefined)?.createReferral?.id;
        if (id) {
          result.acknowledged.push({ id, crimeReference: input.crimeReference, at: Date.now() });
          break;
        }
        result.refusals.push({ at: Date.now(), reason: answer.networkError ?? (answer.errors?.[0] ? `${answer.errors[0].extensions?.code ?? ''} ${answer.errors[0].message} ${JSON.stringify(answer.errors[0].extensions?.fields ?? '')}` : 'no data') });
        if (stopping) {
          result.unfinished.push(input.crimeReference);
          break;
        }
        await sleep(100);
      }
    }
  };
  const writers = clients.flatMap((client) => Array.from({ length: writersPerClient }, () => writer(client)));
  return {
    result,
    async stop() {
      stopping = true;
      await Promise.all(writers);
      return result;
    },
  };
}
