import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { statusView } from './status-view';
import { victimStatus } from './test-fixtures';
import type { VictimStatus } from './victim-api';

function show(status: VictimStatus) {
  document.body.replaceChildren(...statusView(status));
}

describe('status view', () => {
  beforeEach(() => document.body.replaceChildren());

  it('shows the headline, the 999 advice and what happens next', () => {
    show(victimStatus());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'A support service has your details and will contact you by Tuesday 3 March 2026',
    );
    expect(screen.getByText(/If you are in immediate danger call 999/)).toBeInTheDocument();
    const next = screen.getByRole('heading', { name: 'What happens next' }).nextElementSibling as HTMLElement;
    expect(within(next).getByText('Eastshire Stalking Advocacy Service will contact you by Tuesday 3 March 2026.')).toBeInTheDocument();
  });

  it("shows how to reach the service and the advocate's first name", () => {
    show(victimStatus({ stage: 'IN_CONTACT', advocateFirstName: 'Priya' }));
    const who = screen.getByRole('region', { name: 'Who is supporting you' });
    expect(within(who).getByText('Priya')).toBeInTheDocument();
    expect(within(who).getByRole('link', { name: '01632 960 123' })).toHaveAttribute('href', 'tel:01632960123');
    expect(within(who).getByRole('link', { name: 'help@eastshire-advocacy.test' })).toHaveAttribute(
      'href',
      'mailto:help@eastshire-advocacy.test',
    );
  });

  it('does not show service contact details once the referral was declined or withdrawn', () => {
    show(victimStatus({ stage: 'DECLINED' }));
    expect(screen.queryByRole('region', { name: 'Who is supporting you' })).not.toBeInTheDocument();
    show(victimStatus({ stage: 'WITHDRAWN' }));
    expect(screen.queryByRole('region', { name: 'Who is supporting you' })).not.toBeInTheDocument();
  });

  it('lists the updates shared with the victim, newest first, as plain text', () => {
    show(
      victimStatus({
        stage: 'IN_CONTACT',
        updates: [
          { postedAt: '2026-03-01T10:00:00.000Z', text: 'We spoke on the phone.' },
          { postedAt: '2026-03-04T10:00:00.000Z', text: '<img src=x onerror=alert(1)> Your alarm is booked.' },
        ],
      }),
    );
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('lantern-updates__item'));
    expect(items[0]).toHaveTextContent('Wednesday 4 March 2026');
    expect(items[0]).toHaveTextContent('<img src=x onerror=alert(1)> Your alarm is booked.');
    expect(items[1]).toHaveTextContent('We spoke on the phone.');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Last updated: Monday 2 March 2026 at 2:05pm')).toBeInTheDocument();
  });

  it('says when there are no messages yet', () => {
    show(victimStatus());
    expect(screen.getByText('There are no messages from the support service yet.')).toBeInTheDocument();
  });
});
