import type { EntityManager } from 'typeorm';

/** What anonymised free text reads as afterwards. */
export const REMOVED = '[removed under the retention schedule]';

/**
 * Retention's SQL: which finished referrals are due, anonymising one with its children, and legal holds.
 * Anonymising keeps ids, statuses, dates, codes and counts (dashboards and statistics still add up) and
 * replaces every victim detail and every free text: victim name, date of birth, area, postcode, contact,
 * circumstances, consent and decision notes, screening notes, order conditions, breach descriptions,
 * contact notes, safeguarding update texts, timeline summaries and notification recipients. Open victim links
 * are revoked.
 */
export class RetentionRepository {
  /**
   * Ids of referrals closed, withdrawn or declined before `cutoff`, not anonymised and not under a legal
   * hold, oldest first, at most `limit`; locked (skipping rows another run holds) until the transaction ends.
   */
  async findDue(manager: EntityManager, cutoff: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM referrals
       WHERE status IN ('CLOSED', 'WITHDRAWN', 'DECLINED') AND finished_at < $1
         AND anonymised_at IS NULL AND legal_hold_since IS NULL
       ORDER BY finished_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [cutoff, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Replaces the personal data of referral `id` and its children (see the class); stamps `anonymised_at`. */
  async anonymise(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE referrals SET
         victim = jsonb_build_object('safeContact', '{}'::jsonb),
         circumstances = NULL,
         consent = CASE WHEN consent IS NULL THEN NULL ELSE consent || jsonb_build_object('givenBy', NULL, 'whatVictimWasTold', NULL, 'withdrawalReason', NULL) END,
         no_consent = CASE WHEN no_consent IS NULL THEN NULL ELSE no_consent || jsonb_build_object('reason', $2::text, 'safeguardingBasis', $2::text, 'decisionNote', NULL) END,
         screening = CASE WHEN screening IS NULL THEN NULL ELSE screening || jsonb_build_object(
           'answers', (SELECT coalesce(jsonb_agg(a || '{"note": null}'::jsonb), '[]'::jsonb) FROM jsonb_array_elements(screening->'answers') a),
           'riskRationale', NULL,
           'specialistAssessment', CASE WHEN screening->'specialistAssessment' = 'null'::jsonb OR screening->'specialistAssessment' IS NULL THEN 'null'::jsonb
             ELSE (screening->'specialistAssessment') || jsonb_build_object('completedBy', $2::text, 'result', $2::text) END) END,
         protective_order = CASE WHEN protective_order IS NULL THEN NULL ELSE protective_order || jsonb_build_object('rationale', NULL, 'conditions', NULL) END,
         decline = CASE WHEN decline IS NULL THEN NULL ELSE decline || jsonb_build_object('note', NULL) END,
         closure = CASE WHEN closure IS NULL THEN NULL ELSE closure || jsonb_build_object('reason', $2::text) END,
         withdrawal = CASE WHEN withdrawal IS NULL THEN NULL ELSE withdrawal || jsonb_build_object('reason', $2::text) END,
         anonymised_at = now(),
         updated_at = now(),
         version = version + 1
       WHERE id = $1`,
      [id, REMOVED],
    );
    await manager.query(`UPDATE safeguarding_updates SET text = $2 WHERE referral_id = $1`, [id, REMOVED]);
    await manager.query(`UPDATE contact_attempts SET note = NULL WHERE referral_id = $1`, [id]);
    await manager.query(`UPDATE order_breaches SET description = $2 WHERE referral_id = $1`, [id, REMOVED]);
    await manager.query(`UPDATE referral_events SET summary = $2 WHERE referral_id = $1`, [id, REMOVED]);
    await manager.query(`UPDATE victim_links SET revoked_at = now() WHERE referral_id = $1 AND revoked_at IS NULL`, [id]);
    await manager.query(`UPDATE notifications SET sealed_payload = NULL, recipient_hint = $2 WHERE referral_id = $1`, [id, REMOVED]);
  }

  /**
   * Puts referral `id` of force `forceId` under a legal hold by `userId` (kept as it is when already held);
   * false when there is no such referral in that force.
   */
  async placeHold(manager: EntityManager, id: string, forceId: string, userId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE referrals SET legal_hold_since = coalesce(legal_hold_since, now()), legal_hold_by = coalesce(legal_hold_by, $3)
       WHERE id = $1 AND police_force_id = $2 RETURNING id`,
      [id, forceId, userId],
    );
    return rows.length > 0;
  }

  /** Lifts the legal hold on referral `id` of force `forceId`; false when there is no such referral there. */
  async liftHold(manager: EntityManager, id: string, forceId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE referrals SET legal_hold_since = NULL, legal_hold_by = NULL WHERE id = $1 AND police_force_id = $2 RETURNING id`,
      [id, forceId],
    );
    return rows.length > 0;
  }
}
