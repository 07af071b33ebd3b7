import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PARTNER_ROLES } from '@lantern/schema/roles';
import { readProblem } from '../../apollo/api-problem';
import { Loading } from '../../ui/loading';
import { ProblemPage } from '../../ui/problem-page';
import { AppLayout } from '../../ui/app-layout';
import { ListStateProvider } from '../referrals/list-state';
import { ViewerDocument } from '../../gql/graphql';
import { ViewerContext } from './viewer-context';
import { WrongAppPage } from './wrong-app-page';

/** The signed-in part of the app: partner managers and advocates only. */
export function RequirePartnerStaff() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  if (data === undefined) {
    if (error) {
      return (
        <AppLayout>
          <ProblemPage problem={readProblem(error)} onRetry={() => void refetch()} />
        </AppLayout>
      );
    }
    return (
      <AppLayout>
        <Loading />
      </AppLayout>
    );
  }
  const viewer = data.viewer;
  if (!viewer) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (!(PARTNER_ROLES as readonly string[]).includes(viewer.role)) {
    return (
      <ViewerContext.Provider value={viewer}>
        <AppLayout>
          <WrongAppPage />
        </AppLayout>
      </ViewerContext.Provider>
    );
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <ListStateProvider>
        <AppLayout>
          <Outlet />
        </AppLayout>
      </ListStateProvider>
    </ViewerContext.Provider>
  );
}
