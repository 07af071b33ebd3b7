import { renderScreen as renderAlone, type RenderOptions } from '@lantern/client/testing/render';
import type { ReactNode } from 'react';
import { SERVICE_NAME } from '../ui/service-name';
import { OFFICER } from './referral-fixture';

/**
 * Renders a police screen on its own as the signed-in officer, at `path`, with the fake API answering `api`.
 * `routePattern` lets the screen read its `:id` parameter.
 */
export function renderScreen(screen: ReactNode, options: Omit<RenderOptions, 'viewer'> & { routePattern?: string } = {}) {
  return renderAlone(screen, { viewer: OFFICER, serviceName: SERVICE_NAME, ...options });
}
