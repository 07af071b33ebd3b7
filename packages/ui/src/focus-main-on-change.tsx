import { useEffect, useRef } from 'react';

/**
 * After the app moves to another screen (`changeKey` changes, e.g. the router's pathname), scrolls to the top
 * and puts focus on `<main id="main-content">`, as a full page load would, so keyboard and screen reader
 * users are not left on a link that no longer exists. Leaves focus alone when the new screen already moved
 * it inside the main content (an error summary or a success banner). Does nothing on the first render, nor
 * for a move the person did not make (a redirect while the page loads, such as `/` to the sign-in page): a
 * full page load leaves focus at the top of the document, so until the person first presses a key or a
 * pointer, so does this.
 */
export function FocusMainOnChange({ changeKey, mainId = 'main-content' }: { changeKey: string; mainId?: string }) {
  const first = useRef(true);
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    document.addEventListener('keydown', mark, { capture: true, once: true });
    document.addEventListener('pointerdown', mark, { capture: true, once: true });
    return () => {
      document.removeEventListener('keydown', mark, { capture: true });
      document.removeEventListener('pointerdown', mark, { capture: true });
    };
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!interacted.current) return;
    window.scrollTo?.(0, 0);
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const main = document.getElementById(mainId);
      if (main) {
        if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
        return;
      }
      if (frames < 60) {
        frames += 1;
        handle = requestAnimationFrame(tryFocus);
      }
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [changeKey, mainId]);
  return null;
}
