import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../../gql/graphql';

export type SignedInViewer = NonNullable<ViewerQuery['viewer']>;

export const ViewerContext = createContext<SignedInViewer | null>(null);

/** The signed-in member of staff. Only use inside the signed-in part of the app. */
export function useViewer(): SignedInViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer used outside the signed-in part of the app');
  return viewer;
}

export function isManager(viewer: SignedInViewer): boolean {
  return viewer.role === 'PARTNER_MANAGER';
}

/** Where a person lands after signing in: a manager's inbox, an advocate's caseload. */
export function homePathFor(role: SignedInViewer['role']): string {
  return role === 'PARTNER_MANAGER' ? '/inbox' : '/caseload';
}
