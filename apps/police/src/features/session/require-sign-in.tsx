import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ViewerDocument } from '../../gql/graphql';
import { Loading } from '../../ui/loading';
import { QueryProblem } from '../../ui/query-problem';
import { signInPath } from './return-to';
import { WrongAppPage } from './wrong-app-page';
import { ViewerProvider } from './viewer-context';

/** Shows its children only to a signed-in police officer or supervisor; anyone else is sent to sign in. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryProblem error={error} onRetry={() => void refetch()} />;
  const viewer = data?.viewer;
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (viewer.role !== 'OFFICER' && viewer.role !== 'SUPERVISOR') return <WrongAppPage viewer={viewer} />;
  return <ViewerProvider viewer={viewer}>{children}</ViewerProvider>;
}
