import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A victim's secure link. Only hashes of the token and the access code are stored. */
@Entity({ name: 'victim_links' })
export class VictimLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'referral_id' }) referralId: string;
  @Column({ type: 'uuid', name: 'police_force_id' }) policeForceId: string;
  @Column({ type: 'text', name: 'token_hash' }) tokenHash: string;
  @Column({ type: 'text', name: 'access_code_hash' }) accessCodeHash: string;
  @Column({ type: 'uuid', name: 'issued_by' }) issuedById: string;
  @Column({ type: 'timestamptz', name: 'issued_at' }) issuedAt: Date;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'int', name: 'failed_attempts' }) failedAttempts: number;
  @Column({ type: 'timestamptz', name: 'locked_at', nullable: true }) lockedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'last_opened_at', nullable: true }) lastOpenedAt: Date | null;
}
