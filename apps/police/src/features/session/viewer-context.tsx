import { createContext, useContext, type ReactNode } from 'react';
import type { ViewerQuery } from '../../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** The signed-in person, or null on signed-out screens (sign in). */
export const OptionalViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <OptionalViewerContext.Provider value={viewer}>{children}</OptionalViewerContext.Provider>;
}

/** The signed-in officer. Only usable below `RequireSignIn`. */
export function useViewer(): Viewer {
  const viewer = useContext(OptionalViewerContext);
  if (!viewer) throw new Error('useViewer must be used below RequireSignIn');
  return viewer;
}

export function isSupervisor(viewer: Viewer): boolean {
  return viewer.role === 'SUPERVISOR';
}
