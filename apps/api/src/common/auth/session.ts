import type { Request, Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Config } from '../../config.js';

/** What a session holds: who is signed in (staff or a victim) and when the session began. */
export type LanternSession =
  | { kind: 'staff'; userId: string; startedAt: number }
  | { kind: 'victim'; linkId: string; referralId: string; startedAt: number };

declare module 'express-session' {
  interface SessionData {
    lantern?: LanternSession;
  }
}

export function sessionCookieName(config: Config): string {
  // The __Host- prefix needs a Secure cookie, so it is used wherever cookies are Secure (production).
  return config.cookieSecure ? '__Host-lantern' : 'lantern';
}

/** Server-side sessions in PostgreSQL, revocable, with a rolling idle timeout. */
export function createSessionMiddleware(config: Config, pool: pg.Pool, options: { prune: boolean }) {
  const PgStore = connectPgSimple(session);
  return session({
    name: sessionCookieName(config),
    secret: config.sessionSecret,
    store: new PgStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: options.prune ? 15 * 60 : false }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      path: '/',
      maxAge: config.sessionIdleMinutes * 60 * 1000,
    },
  });
}

/** The session store's callback errors are typed `any`; they are Errors in practice. */
const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** A new session id on every sign-in, so a planted id is useless. */
export function regenerateSession(req: Request, data: LanternSession): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((error) => {
      if (error) return reject(asError(error));
      req.session.lantern = data;
      req.session.save((saveError) => (saveError ? reject(asError(saveError)) : resolve()));
    });
  });
}

export function destroySession(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!req.session) return resolve();
    req.session.destroy((error) => {
      if (error) return reject(asError(error));
      res.clearCookie(sessionCookieName(req.app.locals.config as Config), { path: '/' });
      resolve();
    });
  });
}

/** The session's holder if it is within its absolute lifetime, else null (and the session is ended). */
export async function currentSession(req: Request, res: Response, config: Config): Promise<LanternSession | null> {
  const data = req.session?.lantern;
  if (!data) return null;
  const limit = data.kind === 'staff' ? config.sessionAbsoluteHours * 3600_000 : config.victimSessionMinutes * 60_000;
  if (Date.now() - data.startedAt > limit) {
    await destroySession(req, res);
    return null;
  }
  return data;
}
