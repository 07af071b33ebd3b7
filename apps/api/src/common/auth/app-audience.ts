import type { NextFunction, Request, Response } from 'express';

/**
 * Which of Lantern's apps a request comes from: each app names itself in the `X-Lantern-App` header (the
 * staff apps through `@lantern/client`'s Apollo client, the status page through its fetch). The apps share
 * one host in development and cookies do not separate by port, so each app has its own session cookie, and
 * a session is accepted only from the app it was started in (its audience).
 */
export const LANTERN_APPS = ['police', 'partner', 'victim'] as const;
export type LanternApp = (typeof LANTERN_APPS)[number];

/** The request header naming the app (lower case, as Node gives header names). */
export const APP_HEADER = 'x-lantern-app';

/** The app a request named, or null for a missing, repeated or unknown value. */
export function appOfRequest(req: Request): LanternApp | null {
  const value = req.headers[APP_HEADER];
  return typeof value === 'string' && (LANTERN_APPS as readonly string[]).includes(value) ? (value as LanternApp) : null;
}

/** The app a request named (kept in `res.locals.app` by `requireApp`), or null when it named none. */
export function appOf(res: Response): LanternApp | null {
  return (res.locals.app as LanternApp | undefined) ?? null;
}

/**
 * Refuses (HTTP 400, a GraphQL-shaped BAD_REQUEST) a request naming an app Lantern does not have; keeps a
 * known app in `res.locals.app`. A request naming none goes on without a session: no cookie is read or set
 * (a cross-site form cannot send the header, so Apollo's CSRF prevention still answers it).
 */
export function requireApp(req: Request, res: Response, next: NextFunction): void {
  const named = req.headers[APP_HEADER] !== undefined;
  const app = appOfRequest(req);
  if (named && !app) {
    res.status(400).json({ errors: [{ message: `Send the ${APP_HEADER} header naming the app: ${LANTERN_APPS.join(', ')}.`, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (app) res.locals.app = app;
  next();
}
