import { appendFile, readFile } from 'node:fs/promises';
import type pg from 'pg';

/**
 * An anchor kept outside the database (a file on write-once or separately administered storage): each
 * clean verification appends the newest event's id and hash as a JSON line; the next verification checks
 * that event is still there with the same hash. This catches what no table can: someone with the owner role
 * cutting the newest events and the newest checkpoints together.
 */
export interface AnchorCheck {
  /** The anchored event id checked, or null when the file had no anchor yet. */
  readonly anchoredId: string | null;
  readonly problem: 'truncated' | 'rewritten' | null;
}

/** Checks the newest anchor in `path` (missing file: nothing to check) against the log. */
export async function checkAnchorFile(client: pg.ClientBase, path: string): Promise<AnchorCheck> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const last = text.trim().split('\n').filter(Boolean).at(-1);
  if (!last) return { anchoredId: null, problem: null };
  const anchor = JSON.parse(last) as { id: string; hash: string };
  const { rows } = await client.query<{ hash: string }>('SELECT hash FROM audit_events WHERE id = $1', [anchor.id]);
  const problem = rows.length === 0 ? 'truncated' : rows[0].hash === anchor.hash ? null : 'rewritten';
  return { anchoredId: anchor.id, problem };
}

/** Appends the newest event's id and hash to `path`; returns the id (null for an empty log). */
export async function appendAnchor(client: pg.ClientBase, path: string): Promise<string | null> {
  const { rows } = await client.query<{ id: string; hash: string }>('SELECT e.id::text AS id, e.hash FROM audit_events e ORDER BY e.id DESC LIMIT 1');
  const head = rows[0];
  if (!head) return null;
  await appendFile(path, `${JSON.stringify({ id: head.id, hash: head.hash, at: new Date().toISOString() })}\n`, { mode: 0o600 });
  return head.id;
}
