import { useQuery } from '@apollo/client/react';
import type { ComponentType, ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { readApiProblem } from './api-problem';
import { ViewerDocument } from './gql/graphql';
import { ListStateProvider } from './list-state';
import { Loading } from './loading';
import { ProblemPage } from './problem-page';
import { signInPath } from './return-to';
import { ViewerProvider } from './viewer';

export interface RequireSignInProps {
  /** The roles the app is for (e.g. `POLICE_ROLES` from `@lantern/schema/roles`). */
  roles: readonly string[];
  /** The app's page frame: "Loading…", a problem and `wrongApp` are shown inside it. */
  frame: ComponentType<{ children: ReactNode }>;
  /** Shown to a signed-in person whose role is not for this app: where to go instead. */
  wrongApp: ReactNode;
  children: ReactNode;
}

/**
 * The signed-in part of an app: shows `children` only to a signed-in person with one of `roles`, with the
 * viewer and the lists' remembered state available inside. Anyone signed out is sent to sign in, and comes
 * back to the same address afterwards.
 */
export function RequireSignIn({ roles, frame: Frame, wrongApp, children }: RequireSignInProps) {
  const { pathname, search } = useLocation();
  const { data, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  if (data === undefined) {
    return <Frame>{error ? <ProblemPage problem={readApiProblem(error)} onRetry={() => void refetch()} /> : <Loading />}</Frame>;
  }
  const viewer = data.viewer;
  if (!viewer) return <Navigate to={signInPath(pathname + search)} replace />;
  if (!roles.includes(viewer.role)) {
    return (
      <ViewerProvider viewer={viewer}>
        <Frame>{wrongApp}</Frame>
      </ViewerProvider>
    );
  }
  return (
    <ViewerProvider viewer={viewer}>
      <ListStateProvider>{children}</ListStateProvider>
    </ViewerProvider>
  );
}
