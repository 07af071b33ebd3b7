import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stringify } from 'csv-stringify/sync';
import type pg from 'pg';

/** One line of the report: an audited access to the referral or one of its records. */
export interface AccessReportLine {
  /** UK local time (Europe/London), `yyyy-MM-dd HH:mm:ss` with its offset from UTC, e.g. `2026-06-01 14:03:09 +01:00` (BST). */
  readonly time: string;
  /** READ (it was seen or listed), CHANGE (it was changed) or DENIED (an attempt was refused). */
  readonly kind: 'READ' | 'CHANGE' | 'DENIED';
  readonly action: string;
  /** The record acted on: `referral`, `safeguarding_update`, `victim_link`, ... */
  readonly record: string;
  readonly actorName: string;
  readonly actorRole: string;
  readonly organisation: string;
  readonly requestId: string;
}

/** Actions that only show a record; everything else allowed changed it. */
const READ_ACTIONS = new Set(['READ', 'LIST', 'VICTIM_STATUS', 'DASHBOARD', 'OPEN_VICTIM_LINK']);

/**
 * The data protection officer's report of who consulted or disclosed a victim's record (DPA 2018 s.62
 * logging: consultation and disclosure, who, when, why): every audit event on referral `idOrReference`,
 * its child records (safeguarding updates, victim links, contact attempts, order breaches) and the lists
 * that showed it, oldest first, with the actor's name, role and organisation. Reads with the owner
 * connection. Null when there is no such referral.
 */
export async function accessReport(client: pg.ClientBase, idOrReference: string): Promise<AccessReportLine[] | null> {
  const referral = await client.query<{ id: string }>(
    `SELECT id FROM referrals WHERE reference = $1 OR id::text = $1`,
    [idOrReference],
  );
  const id = referral.rows[0]?.id;
  if (!id) return null;
  const { rows } = await client.query<{
    at: Date; action: string; outcome: string; entity_type: string; actor_name: string | null; actor_role: string | null;
    organisation: string | null; request_id: string | null;
  }>(
    `WITH records AS (
       SELECT $1::text AS id
       UNION ALL SELECT id::text FROM safeguarding_updates WHERE referral_id = $1::uuid
       UNION ALL SELECT id::text FROM victim_links WHERE referral_id = $1::uuid
       UNION ALL SELECT id::text FROM contact_attempts WHERE referral_id = $1::uuid
       UNION ALL SELECT id::text FROM order_breaches WHERE referral_id = $1::uuid)
     SELECT e.at, e.action, e.outcome, e.entity_type, u.name AS actor_name, e.actor_role, o.name AS organisation, e.request_id
     FROM audit_events e
     LEFT JOIN users u ON u.id = e.actor_id
     LEFT JOIN organisations o ON o.id = e.organisation_id
     WHERE e.entity_id IN (SELECT id FROM records)
        OR (e.detail ? 'ids' AND e.detail->'ids' ? $1::text)
     ORDER BY e.id`,
    [id],
  );
  return rows.map((row) => ({
    time: format(new TZDate(row.at, 'Europe/London'), 'yyyy-MM-dd HH:mm:ss xxx'),
    kind: row.outcome === 'DENIED' ? 'DENIED' : READ_ACTIONS.has(row.action) ? 'READ' : 'CHANGE',
    action: row.action,
    record: row.entity_type,
    actorName: row.actor_name ?? (row.actor_role === 'VICTIM' ? 'The victim' : row.actor_role ? '' : 'Nobody signed in'),
    actorRole: row.actor_role ?? '',
    organisation: row.organisation ?? '',
    requestId: row.request_id ?? '',
  }));
}

/** The report as CSV (RFC 4180, with a header row). */
export function accessReportCsv(lines: readonly AccessReportLine[]): string {
  return stringify(lines as AccessReportLine[], {
    header: true,
    columns: [
      { key: 'time', header: 'Time (UK)' },
      { key: 'kind', header: 'Kind' },
      { key: 'action', header: 'Action' },
      { key: 'record', header: 'Record' },
      { key: 'actorName', header: 'Who' },
      { key: 'actorRole', header: 'Role' },
      { key: 'organisation', header: 'Organisation' },
      { key: 'requestId', header: 'Request id' },
    ],
  });
}
