/** Dates as people in England and Wales say them, always in UK time: "Tuesday 3 March 2026". */
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso)).replace(',', '');
}

/** "Tuesday 3 March 2026 at 2:05pm". */
export function formatDayAndTime(iso: string): string {
  const time = timeFormat.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
  return `${formatDay(iso)} at ${time}`;
}
