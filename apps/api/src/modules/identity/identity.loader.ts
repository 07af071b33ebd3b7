import DataLoader from 'dataloader';
import type { ScopedRead } from '../../common/database-scope.js';
import { byId } from '../../common/loading.js';
import type { OrganisationEntity } from './organisation.entity.js';
import type { OrganisationRepository } from './organisation.repository.js';
import type { UserEntity } from './user.entity.js';
import type { UserRepository } from './user.repository.js';

/** Per-request loaders of users and organisations by id (null when there is none). */
export function createIdentityLoaders(users: UserRepository, organisations: OrganisationRepository, read: ScopedRead) {
  return {
    users: new DataLoader<string, UserEntity | null>(async (ids) => byId(await read((manager) => users.findByIds(manager, ids)), ids)),
    organisations: new DataLoader<string, OrganisationEntity | null>(async (ids) => byId(await read((manager) => organisations.findByIds(manager, ids)), ids)),
  };
}

export type IdentityLoaders = ReturnType<typeof createIdentityLoaders>;
