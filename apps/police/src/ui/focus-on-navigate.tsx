import { FocusMainOnChange } from '@lantern/ui/focus-main-on-change';
import { useLocation } from 'react-router';

/** Moves focus to the main content after each change of screen (see FocusMainOnChange). */
export function FocusOnNavigate() {
  const { pathname } = useLocation();
  return <FocusMainOnChange changeKey={pathname} />;
}
