import { h } from './dom';
import { formatDay, formatDayAndTime } from './format-date';
import { emergencyAdvice, heading, paragraph } from './page-parts';
import { wordingFor } from './status-wording';
import type { VictimStatus } from './victim-api';

/** The victim's status: where the referral is, who is supporting them, updates, what happens next. */
export function statusView(status: VictimStatus): HTMLElement[] {
  const wording = wordingFor(status);
  const updates = [...status.updates].sort((a, b) => b.postedAt.localeCompare(a.postedAt));

  return [
    heading(wording.headline),
    paragraph(wording.explanation, 'govuk-body-l'),
    emergencyAdvice(),
    wording.showServiceContact && status.serviceName ? serviceContact(status) : null,
    h('h2', { class: 'govuk-heading-m' }, 'What happens next'),
    h('ul', { class: 'govuk-list govuk-list--bullet' }, ...wording.whatHappensNext.map((line) => h('li', null, line))),
    h('h2', { class: 'govuk-heading-m' }, 'Updates'),
    paragraph(`Last updated: ${formatDayAndTime(status.lastUpdatedAt)}`),
    updates.length > 0
      ? h(
          'ul',
          { class: 'govuk-list lantern-updates' },
          ...updates.map((update) =>
            h(
              'li',
              { class: 'lantern-updates__item' },
              h('p', { class: 'govuk-body-s lantern-updates__date' }, formatDay(update.postedAt)),
              h('p', { class: 'govuk-body lantern-updates__text' }, update.text),
            ),
          ),
        )
      : paragraph('There are no messages from the support service yet.'),
  ].filter((node): node is HTMLElement => node !== null);
}

function serviceContact(status: VictimStatus): HTMLElement {
  const rows: [string, Node | string][] = [['Service', status.serviceName ?? '']];
  if (status.advocateFirstName) rows.push(['Your advocate', status.advocateFirstName]);
  if (status.servicePhone) {
    rows.push(['Phone', h('a', { class: 'govuk-link', href: `tel:${status.servicePhone.replace(/[^+\d]/g, '')}` }, status.servicePhone)]);
  }
  if (status.serviceEmail) {
    rows.push(['Email', h('a', { class: 'govuk-link', href: `mailto:${status.serviceEmail}` }, status.serviceEmail)]);
  }
  return h(
    'section',
    { 'aria-labelledby': 'who-is-supporting-you' },
    h('h2', { class: 'govuk-heading-m', id: 'who-is-supporting-you' }, 'Who is supporting you'),
    h(
      'dl',
      { class: 'govuk-summary-list' },
      ...rows.map(([key, value]) =>
        h(
          'div',
          { class: 'govuk-summary-list__row' },
          h('dt', { class: 'govuk-summary-list__key' }, key),
          h('dd', { class: 'govuk-summary-list__value' }, value),
        ),
      ),
    ),
    status.servicePhone || status.serviceEmail
      ? null
      : paragraph(`${status.serviceName} will give you their contact details when they get in touch.`),
  );
}
