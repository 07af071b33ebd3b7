import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FocusMainOnChange } from '@lantern/ui/focus-main-on-change';

function Page({ path }: { path: string }) {
  return (
    <>
      <FocusMainOnChange changeKey={path} />
      <button type="button">Somewhere</button>
      <main id="main-content" tabIndex={-1}>
        {path}
      </main>
    </>
  );
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('focus after moving to another screen', () => {
  it('leaves focus alone when the app redirects while the page loads, as a full page load would', async () => {
    const view = render(<Page path="/" />);
    view.rerender(<Page path="/sign-in" />);
    await nextFrame();
    await nextFrame();
    expect(document.getElementById('main-content')).not.toHaveFocus();
  });

  it('puts focus on the main content when the person moves to another screen', async () => {
    const view = render(<Page path="/referrals" />);
    await userEvent.click(view.getByRole('button', { name: 'Somewhere' }));
    view.rerender(<Page path="/referrals/1" />);
    await nextFrame();
    await nextFrame();
    expect(document.getElementById('main-content')).toHaveFocus();
  });
});
