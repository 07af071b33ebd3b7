import { useViewer } from '@lantern/client/viewer';
import { Navigate } from 'react-router';

/** Where a person lands after signing in: a manager's inbox of new referrals, an advocate's caseload. */
export function homePathFor(role: string): string {
  return role === 'PARTNER_MANAGER' ? '/inbox' : '/caseload';
}

/** `/`: sends the signed-in person on to their home page. */
export function Home() {
  const viewer = useViewer();
  return <Navigate to={homePathFor(viewer.role)} replace />;
}
