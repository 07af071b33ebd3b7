import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Role, OrganisationKind } from '@lantern/schema/roles';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Services } from './services.js';
import type { Loaders } from './loaders.js';

/** A signed-in member of staff, as loaded fresh from the database on every request. */
export interface StaffViewer {
  readonly kind: 'staff';
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
}

/** A victim who opened their link with the access code: may read their own status and nothing else. */
export interface VictimViewer {
  readonly kind: 'victim';
  readonly linkId: string;
  readonly referralId: string;
}

export interface RequestMeta {
  readonly requestId: string;
  readonly ip: string | null;
}

export interface Context extends RequestMeta {
  readonly req: Request;
  readonly res: Response;
  readonly viewer: StaffViewer | null;
  readonly victim: VictimViewer | null;
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly logger: Logger;
  readonly services: Services;
  readonly loaders: Loaders;
}
