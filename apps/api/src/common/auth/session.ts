import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type pg from 'pg';
import type { Config } from '../../config.js';
import type { Keyring } from '../keys/keys.js';
import { AppError } from '../errors/app-error.js';
import { appOf, LANTERN_APPS, type LanternApp } from './app-audience.js';

/** What a session holds: who is signed in (staff or a victim), in which app, and when the session began. */
export type LanternSession = (
  | { kind: 'staff'; userId: string; startedAt: number }
  | { kind: 'victim'; linkId: string; referralId: string; startedAt: number }
) & { app: LanternApp };

/** A session's holder as the sign-in code gives it; the app is the request's. */
export type NewSession = LanternSession extends infer S ? (S extends unknown ? Omit<S, 'app'> : never) : never;

declare module 'express-session' {
  interface SessionData {
    lantern?: LanternSession;
  }
}

/**
 * What a browser is told to forget when a session ends on purpose (W3C Clear Site Data). A staff app forgets
 * its origin's cache and storage, and its own cookie is expired by name: `"cookies"` would clear every cookie
 * of the registrable domain, so signing out of one staff app would sign the browser out of the other. The
 * victim's quick exit forgets everything, cookies included: on a victim's phone nothing of Lantern may stay.
 */
export const CLEAR_SITE_DATA: Readonly<Record<LanternApp, string>> = Object.freeze({
  police: '"cache", "storage"',
  partner: '"cache", "storage"',
  victim: '"cache", "cookies", "storage"',
});

/**
 * The app's session cookie name. The `__Host-` prefix needs Secure, `Path=/` and no Domain, so it is used
 * wherever cookies are Secure (everywhere but development).
 */
export function sessionCookieName(config: Config, app: LanternApp): string {
  return config.cookieSecure ? `__Host-lantern-${app}` : `lantern-${app}`;
}

/** The attributes a session cookie is set with, and cleared with (a browser keeps a cookie cleared with others). */
function cookieAttributes(config: Config) {
  return { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/' } as const;
}

/**
 * Server-side sessions in PostgreSQL (the `sessions` table, through `pool`, the `lantern_session` role),
 * revocable, with a rolling idle timeout; one cookie per app (see app-audience.ts), signed with the
 * keyring's `session-cookie` keys (the newest signs, every one verifies). `requireApp` must run first.
 */
export function createSessionMiddleware(config: Config, pool: pg.Pool, keyring: Keyring, options: { prune: boolean }): RequestHandler {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: options.prune ? 15 * 60 : false });
  const secret = keyring.deriveKeys('session-cookie').map((key) => key.toString('base64url'));
  const perApp = Object.fromEntries(
    LANTERN_APPS.map((app) => [
      app,
      session({
        name: sessionCookieName(config, app),
        secret,
        store,
        resave: false,
        saveUninitialized: false,
        rolling: true,
        cookie: { ...cookieAttributes(config), maxAge: config.sessionIdleMinutes * 60 * 1000 },
      }),
    ]),
  ) as Record<LanternApp, RequestHandler>;
  return (req: Request, res: Response, next: NextFunction) => {
    const app = appOf(res);
    if (app) perApp[app](req, res, next);
    else next();
  };
}

/**
 * Refuses to start a session for a request that named no app (it has no session cookie to carry it).
 * Called before a sign-in is checked, so such a request spends no attempt.
 * @throws AppError FORBIDDEN
 */
export function requireSessionSupport(req: Request): void {
  if (!req.session) throw new AppError('FORBIDDEN', "Sign in through one of Lantern's apps.");
}

/** The request's app, which a request with a session always has. */
function sessionApp(res: Response): LanternApp {
  const app = appOf(res);
  if (!app) throw new Error('A session without an app: the session middleware runs only for a named app');
  return app;
}

/** The session store's callback errors are typed `any`; they are Errors in practice. */
const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** A new session id on every sign-in, so a planted id is useless; the session belongs to the request's app. */
export function regenerateSession(req: Request, res: Response, data: NewSession): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((error) => {
      if (error) return reject(asError(error));
      req.session.lantern = { ...data, app: sessionApp(res) };
      req.session.save((saveError) => (saveError ? reject(asError(saveError)) : resolve()));
    });
  });
}

/** Deletes the server-side session and clears the app's cookie with the attributes it was set with. */
export function destroySession(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!req.session) return resolve();
    req.session.destroy((error) => {
      if (error) return reject(asError(error));
      const config = req.app.locals.config as Config;
      res.clearCookie(sessionCookieName(config, sessionApp(res)), cookieAttributes(config));
      resolve();
    });
  });
}

/** Ends a session on purpose (sign-out, quick exit): destroys it and tells the browser what to forget (`CLEAR_SITE_DATA`). */
export async function endSession(req: Request, res: Response): Promise<void> {
  await destroySession(req, res);
  res.setHeader('Clear-Site-Data', CLEAR_SITE_DATA[sessionApp(res)]);
}

/** Whether a session may act in an app: only in the app it was started in (its audience). */
function belongsTo(data: LanternSession, app: LanternApp): boolean {
  return data.app === app;
}

/**
 * The session's holder if it belongs to the request's app and is within its absolute lifetime, else null.
 * A session past its lifetime is ended; one presented to another app is ignored (not ended: it is still its
 * own app's).
 */
export async function currentSession(req: Request, res: Response, config: Config): Promise<LanternSession | null> {
  const data = req.session?.lantern;
  const app = appOf(res);
  if (!data || !app || !belongsTo(data, app)) return null;
  const limit = data.kind === 'staff' ? config.sessionAbsoluteHours * 3600_000 : config.victimSessionMinutes * 60_000;
  if (Date.now() - data.startedAt > limit) {
    await destroySession(req, res);
    return null;
  }
  return data;
}
