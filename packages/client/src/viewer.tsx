import { createContext, useContext, type ReactNode } from 'react';
import type { StaffViewerFragment } from './gql/graphql';

/** The signed-in member of staff: role, name, organisation (see `graphql/session.graphql`). */
export type StaffViewer = StaffViewerFragment;

const ViewerContext = createContext<StaffViewer | null>(null);

/** Makes `viewer` the signed-in person for everything inside. */
export function ViewerProvider({ viewer, children }: { viewer: StaffViewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in person, or null on signed-out screens (sign in). */
export function useOptionalViewer(): StaffViewer | null {
  return useContext(ViewerContext);
}

/** The signed-in person. Only usable below `RequireSignIn`; throws elsewhere. */
export function useViewer(): StaffViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used below RequireSignIn');
  return viewer;
}
