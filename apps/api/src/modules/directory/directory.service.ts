import type { StaffActor } from '../../common/auth/actor.js';
import type { TransactionRunner } from '../../common/transaction-runner.js';
import type { OrganisationEntity } from '../identity/organisation.entity.js';
import type { OrganisationRepository } from '../identity/organisation.repository.js';

/** The commissioned partner services officers can refer to. */
export class DirectoryService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** Every partner service by name; with `area` (trimmed; blank means any), only those covering it. */
  services(actor: StaffActor, area: string | null | undefined): Promise<OrganisationEntity[]> {
    return this.tx.run(actor, (manager) => this.organisations.partnerServices(manager, area?.trim() || null));
  }
}
