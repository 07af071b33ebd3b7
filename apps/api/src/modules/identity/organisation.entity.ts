import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@lantern/schema/roles';
import type { ServiceOffered } from '@lantern/schema/vocabularies';

/** A police force or a commissioned partner service. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: OrganisationKind;
  @Column({ type: 'text' }) name: string;
  /** Short code used in referral references, e.g. EAS. */
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text', array: true }) areas: string[];
  @Column({ type: 'text', array: true, name: 'services_offered' }) servicesOffered: ServiceOffered[];
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'int', name: 'first_contact_target_days' }) firstContactTargetDays: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
