import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeDraft } from '../../test/referral-fixture';
import { renderScreen } from '../../test/render';
import { CrimeStep } from './crime-step';

async function fillValidAnswers(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Crime reference'), 'EA/12345/26');
  const date = screen.getByRole('group', { name: 'When was the crime reported?' });
  await user.type(within(date).getByLabelText('Day'), '1');
  await user.type(within(date).getByLabelText('Month'), '3');
  await user.type(within(date).getByLabelText('Year'), '2026');
  await user.click(screen.getByLabelText('Stalking (s2A Protection from Harassment Act 1997)'));
  await user.click(screen.getByLabelText('Fixated'));
  await user.click(screen.getByLabelText('Stranger'));
}

describe('new referral, step 1: crime', () => {
  it('shows a GOV.UK error summary linked to each field when answers are missing', async () => {
    const user = userEvent.setup();
    renderScreen(<CrimeStep />, { path: '/referrals/new' });
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the crime reference', '#crimeReference'],
      ['Enter the date the crime was reported', '#reportedAt'],
      ['Select at least one offence', '#offenceClassifications'],
      ['Select the FOUR indicators that are present. If none are, this may not be stalking', '#fourIndicators'],
      ["Select the suspect's relationship to the victim", '#suspectRelationship'],
    ]);
    await waitFor(() => expect(document.title).toMatch(/^Error: Crime and stalking behaviour/));
    // The message is also next to the field, and the field is described by it.
    expect(screen.getByLabelText('Crime reference')).toHaveAccessibleDescription(/Enter the crime reference/);

    await user.click(within(summary).getByRole('link', { name: 'Enter the date the crime was reported' }));
    expect(screen.getByRole('group', { name: 'When was the crime reported?' }).querySelector('input')).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Select at least one offence' }));
    expect(screen.getByLabelText('Stalking (s2A Protection from Harassment Act 1997)')).toHaveFocus();
  });

  it('shows the FOUR prompts with each indicator', () => {
    renderScreen(<CrimeStep />, { path: '/referrals/new' });
    expect(screen.getByLabelText('Obsessive')).toHaveAccessibleDescription(
      "Is the behaviour obsessive, taking up much of the suspect's time and thought?",
    );
  });

  it('creates the draft once: a retry after a lost answer sends the same idempotency key', async () => {
    const keys: string[] = [];
    const matches = (variables: Record<string, unknown>) => {
      const input = variables.input as { idempotencyKey: string; crimeReference: string };
      keys.push(input.idempotencyKey);
      return input.crimeReference === 'EA/12345/26';
    };
    const draft = completeDraft({ id: 'new-draft-id' });
    const user = userEvent.setup();
    let attempts = 0;
    const { location } = renderScreen(<CrimeStep />, {
      path: '/referrals/new',
      api: {
        CreateReferral: (variables) => {
          if (!matches(variables)) throw new Error('Not the answers typed');
          attempts += 1;
          // The first answer is lost on the way back.
          if (attempts === 1) throw new TypeError('Failed to fetch');
          return { data: { createReferral: draft } };
        },
      },
    });
    await fillValidAnswers(user);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByText(/Lantern could not be reached, so nothing was saved/, { selector: 'a, li' })).toBeInTheDocument();
    expect(screen.getByLabelText('Crime reference')).toHaveValue('EA/12345/26');

    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(location()).toContain('/referrals/new-draft-id/victim'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    // Nothing of the form is left behind once it is saved.
    expect(Object.keys(window.sessionStorage).filter((key) => key.includes('form:new'))).toEqual([]);
  });

  it('keeps what was typed in the tab until it is saved', async () => {
    const user = userEvent.setup();
    const { unmount } = renderScreen(<CrimeStep />, { path: '/referrals/new' });
    await user.type(screen.getByLabelText('Crime reference'), 'EA/999/26');
    await user.click(screen.getByLabelText('Repeated'));
    unmount();
    renderScreen(<CrimeStep />, { path: '/referrals/new' });
    expect(screen.getByLabelText('Crime reference')).toHaveValue('EA/999/26');
    expect(screen.getByLabelText('Repeated')).toBeChecked();
  });
});
