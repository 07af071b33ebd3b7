/** The demo sign-ins the API seeds outside production (see docs). All share one password. */
export const DEMO_PASSWORD = 'Lantern-demo-2026!';

export const USERS = {
  eastshireOfficer: 'officer@eastshire.police.test',
  eastshireSupervisor: 'supervisor@eastshire.police.test',
  westshireOfficer: 'officer@westshire.police.test',
  eastshireManager: 'manager@eastshire-advocacy.test',
  eastshireAdvocate: 'advocate@eastshire-advocacy.test',
  eastshireAdvocate2: 'advocate2@eastshire-advocacy.test',
  westshireManager: 'manager@westshire-advocacy.test',
} as const;

export type DemoUser = keyof typeof USERS;
