import { renderRoutes, type RenderOptions } from '@lantern/client/testing/render';
import { routes } from '../routes';

/**
 * Renders the whole partner app at `path` against a fake API, signed in as `viewer` (or signed out with
 * `null`). Returns the recorded API calls and the router, to check where the app went.
 */
export function renderApp(path: string, options: Omit<RenderOptions, 'path'>) {
  return renderRoutes(routes, { path, ...options });
}
