import { Column, Entity } from 'typeorm';
import type { RiskLevel, SafeguardingUpdateKind } from '@lantern/schema/vocabularies';
import { ReferralRecord } from '../referrals/referral-record.js';

/** A partner's safeguarding update for the officer in the case; an urgent one waits for the police to acknowledge it. */
@Entity({ name: 'safeguarding_updates' })
export class SafeguardingUpdateEntity extends ReferralRecord {
  @Column({ type: 'text' }) kind: SafeguardingUpdateKind;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', name: 'new_risk_level', nullable: true }) newRiskLevel: RiskLevel | null;
  @Column({ type: 'boolean', name: 'needs_police_action' }) needsPoliceAction: boolean;
  @Column({ type: 'boolean' }) urgent: boolean;
  @Column({ type: 'boolean', name: 'visible_to_victim' }) visibleToVictim: boolean;
  @Column({ type: 'uuid', name: 'posted_by' }) postedById: string;
  @Column({ type: 'timestamptz', name: 'posted_at' }) postedAt: Date;
  @Column({ type: 'uuid', name: 'acknowledged_by', nullable: true }) acknowledgedById: string | null;
  @Column({ type: 'timestamptz', name: 'acknowledged_at', nullable: true }) acknowledgedAt: Date | null;
}
