import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferralStatus } from '@lantern/schema/referral-status';
import type { FourIndicator } from '@lantern/schema/questionnaires';
import type { OffenceClassification, RiskLevel, SuspectRelationship } from '@lantern/schema/vocabularies';
import type {
  ClosurePart,
  ConsentPart,
  DeclinePart,
  NoConsentPart,
  ScreeningPart,
  StalkingProtectionOrderPart,
  VictimPart,
  WithdrawalPart,
} from './referral-parts.js';

/**
 * A referral of a stalking victim to a specialist service: the aggregate every change goes through, with its
 * one-to-one parts as JSONB columns (see referral-parts.ts) so one versioned UPDATE changes it whole.
 */
@Entity({ name: 'referrals' })
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) reference: string;
  @Column({ type: 'uuid', name: 'police_force_id' }) policeForceId: string;
  @Column({ type: 'uuid', name: 'officer_id' }) officerId: string;
  @Column({ type: 'uuid', name: 'partner_service_id', nullable: true }) partnerServiceId: string | null;
  /** The partner service the officer proposes to send the draft to; null until chosen. */
  @Column({ type: 'uuid', name: 'proposed_service_id', nullable: true }) proposedServiceId: string | null;
  @Column({ type: 'uuid', name: 'advocate_id', nullable: true }) advocateId: string | null;
  @Column({ type: 'text' }) status: ReferralStatus;
  @Column({ type: 'int' }) version: number;

  @Column({ type: 'text', name: 'crime_reference' }) crimeReference: string;
  @Column({ type: 'timestamptz', name: 'reported_at' }) reportedAt: Date;
  @Column({ type: 'text', array: true, name: 'offence_classifications' }) offenceClassifications: OffenceClassification[];
  @Column({ type: 'text', array: true, name: 'four_indicators' }) fourIndicators: FourIndicator[];
  @Column({ type: 'text', name: 'suspect_relationship' }) suspectRelationship: SuspectRelationship;
  @Column({ type: 'text', nullable: true }) circumstances: string | null;
  @Column({ type: 'text', name: 'risk_level', nullable: true }) riskLevel: RiskLevel | null;

  @Column({ type: 'jsonb' }) victim: VictimPart;
  @Column({ type: 'jsonb', nullable: true }) consent: ConsentPart | null;
  @Column({ type: 'jsonb', name: 'no_consent', nullable: true }) noConsent: NoConsentPart | null;
  @Column({ type: 'jsonb', nullable: true }) screening: ScreeningPart | null;
  @Column({ type: 'jsonb', name: 'protective_order', nullable: true }) stalkingProtectionOrder: StalkingProtectionOrderPart | null;
  @Column({ type: 'jsonb', nullable: true }) decline: DeclinePart | null;
  @Column({ type: 'jsonb', nullable: true }) closure: ClosurePart | null;
  @Column({ type: 'jsonb', nullable: true }) withdrawal: WithdrawalPart | null;

  @Column({ type: 'timestamptz', name: 'referral_sent_due_at' }) referralSentDueAt: Date;
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'acceptance_due_at', nullable: true }) acceptanceDueAt: Date | null;
  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'allocated_at', nullable: true }) allocatedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'first_contact_due_at', nullable: true }) firstContactDueAt: Date | null;
  @Column({ type: 'timestamptz', name: 'first_contact_at', nullable: true }) firstContactAt: Date | null;
  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true }) finishedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
