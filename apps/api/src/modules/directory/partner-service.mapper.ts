import type { OrganisationEntity } from '../identity/organisation.entity.js';
import { PartnerService } from './partner-service.type.js';

export function toPartnerService(entity: OrganisationEntity): PartnerService {
  return Object.assign(new PartnerService(), {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    areas: entity.areas,
    servicesOffered: entity.servicesOffered,
    phone: entity.phone,
    email: entity.email,
    firstContactTargetWorkingDays: entity.firstContactTargetDays,
  });
}
