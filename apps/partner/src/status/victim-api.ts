import {
  CurrentVictimStatusDocument,
  LeaveVictimSessionDocument,
  OpenVictimLinkDocument,
  type TypedDocumentString,
  type VictimStatusFieldsFragment,
} from './gql/graphql';

export type VictimStatus = VictimStatusFieldsFragment;

/** Why opening the link did not work, in the terms the page needs to choose what to say. */
export type OpenLinkProblem =
  | { kind: 'wrong-code'; attemptsLeft: number | null }
  | { kind: 'invalid-code'; message: string }
  | { kind: 'locked' }
  | { kind: 'link-not-working' }
  | { kind: 'too-many-tries' }
  | { kind: 'unavailable' };

export type OpenLinkResult = { ok: true; status: VictimStatus } | { ok: false; problem: OpenLinkProblem };

interface GraphQLError {
  message?: string;
  extensions?: { code?: string; attemptsLeft?: number; fields?: { field: string; message: string }[] };
}
interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/**
 * The session cookie is first-party; Apollo's CSRF prevention needs the preflight header; the status page
 * names itself so the API uses its own session cookie, apart from the staff apps'.
 */
const REQUEST_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-lantern-app': 'victim' };

async function post<T, V>(
  document: TypedDocumentString<T, V>,
  variables?: V,
  keepalive = false,
): Promise<GraphQLResponse<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
    keepalive,
    headers: REQUEST_HEADERS,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    return { errors: [{ extensions: { code: response.status === 429 ? 'RATE_LIMITED' : 'UNAVAILABLE' } }] };
  }
}

export function problemFrom(error: GraphQLError | undefined): OpenLinkProblem {
  const extensions = error?.extensions ?? {};
  switch (extensions.code) {
    case 'BAD_USER_INPUT': {
      if (typeof extensions.attemptsLeft === 'number') {
        return extensions.attemptsLeft <= 0 ? { kind: 'locked' } : { kind: 'wrong-code', attemptsLeft: extensions.attemptsLeft };
      }
      const fieldMessage = extensions.fields?.find((f) => f.field.endsWith('accessCode'))?.message;
      return fieldMessage ? { kind: 'invalid-code', message: fieldMessage } : { kind: 'wrong-code', attemptsLeft: null };
    }
    case 'VICTIM_LINK_LOCKED':
      return { kind: 'locked' };
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
      return { kind: 'link-not-working' };
    case 'RATE_LIMITED':
      return { kind: 'too-many-tries' };
    default:
      return { kind: 'unavailable' };
  }
}

/** Sends the token from the link and the access code; a correct code starts a short victim session. */
export async function openVictimLink(token: string, accessCode: string): Promise<OpenLinkResult> {
  try {
    const result = await post(OpenVictimLinkDocument, { input: { token, accessCode } });
    const status = result.data?.openVictimLink;
    if (status) return { ok: true, status };
    return { ok: false, problem: problemFrom(result.errors?.[0]) };
  } catch {
    return { ok: false, problem: { kind: 'unavailable' } };
  }
}

/** The status for the current victim session; null when there is no session (or it has ended). */
export async function currentVictimStatus(): Promise<VictimStatus | null | 'unavailable'> {
  try {
    const result = await post(CurrentVictimStatusDocument);
    if (result.data) return result.data.victimStatus ?? null;
    const code = result.errors?.[0]?.extensions?.code;
    return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? null : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Ends the victim session. Sent with keepalive so it completes even as the page is being replaced. */
export function leaveVictimSession(): Promise<unknown> {
  return post(LeaveVictimSessionDocument, undefined, true).catch(() => undefined);
}
