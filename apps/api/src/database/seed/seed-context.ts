import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { pino } from 'pino';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import { createLoaders } from '../../loaders.js';
import type { Services } from '../../services.js';

/** A context acting as a member of staff, for seeding and tests that drive the services directly. */
export async function actingAs(
  deps: { config: Config; dataSource: DataSource; services: Services },
  userId: string,
): Promise<Context> {
  const viewer = await deps.services.identity.staffViewer(deps.dataSource, userId);
  if (!viewer) throw new Error(`No active user ${userId}`);
  return {
    req: {} as Request,
    res: {} as Response,
    requestId: `seed-${randomUUID()}`,
    ip: null,
    viewer,
    victim: null,
    config: deps.config,
    dataSource: deps.dataSource,
    logger: pino({ level: 'silent' }),
    services: deps.services,
    loaders: createLoaders(deps.dataSource),
  };
}
