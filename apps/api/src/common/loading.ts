/** Helpers for per-request batch loaders (DataLoader): rows put back in the order of the keys asked for. */

/** For each id, its row or null. */
export function byId<T extends { id: string }>(rows: readonly T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** For each referral id, its rows, in the order the rows came. */
export function byReferral<T extends { referralId: string }>(rows: readonly T[], ids: readonly string[]): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(row.referralId)?.push(row);
  return ids.map((id) => map.get(id) ?? []);
}
