import { In, IsNull, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** The only reader of `users`. */
export class UserRepository {
  findById(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  /** The user signing in with `email` (stored lower-case). */
  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    return manager.findBy(UserEntity, { id: In([...ids]) });
  }

  /** The advocates of an organisation who are not disabled, by name. */
  activeAdvocates(manager: EntityManager, organisationId: string): Promise<UserEntity[]> {
    return manager.find(UserEntity, {
      where: { organisationId, role: 'ADVOCATE', disabledAt: IsNull() },
      order: { name: 'ASC' },
    });
  }
}
