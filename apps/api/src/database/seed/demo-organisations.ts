import type { OrganisationKind, Role } from '@lantern/schema/roles';
import type { ServiceOffered } from '@lantern/schema/vocabularies';

/** Demo data only (never in production): two forces and three services, so isolation is visible. */
export const DEMO_PASSWORD = 'Lantern-demo-2026!';

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  code: string;
  areas: string[];
  servicesOffered: ServiceOffered[];
  description: string;
  phone: string | null;
  email: string | null;
}

const EASTSHIRE_AREAS = ['Eastshire North', 'Eastshire South', 'Eastborough'];
const WESTSHIRE_AREAS = ['Westshire Coast', 'Westshire Vale', 'Westbury'];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'eastshire', kind: 'POLICE_FORCE', name: 'Eastshire Police', code: 'EAS', areas: EASTSHIRE_AREAS, servicesOffered: [], description: '', phone: null, email: null },
  { key: 'westshire', kind: 'POLICE_FORCE', name: 'Westshire Police', code: 'WES', areas: WESTSHIRE_AREAS, servicesOffered: [], description: '', phone: null, email: null },
  {
    key: 'esas',
    kind: 'PARTNER_SERVICE',
    name: 'Eastshire Stalking Advocacy Service',
    code: 'ESAS',
    areas: EASTSHIRE_AREAS,
    servicesOffered: ['STALKING_ADVOCACY', 'SAFETY_PLANNING', 'COURT_SUPPORT', 'DIGITAL_SAFETY'],
    description: 'Independent stalking advocates for adults across Eastshire, including support through court.',
    phone: '01632 960001',
    email: 'support@eastshire-advocacy.test',
  },
  {
    key: 'evc',
    kind: 'PARTNER_SERVICE',
    name: 'Eastshire Victim Care',
    code: 'EVC',
    areas: ['Eastshire North', 'Eastborough'],
    servicesOffered: ['SAFETY_PLANNING', 'COUNSELLING', 'TARGET_HARDENING'],
    description: 'Emotional support, safety planning and home security for victims of crime in north Eastshire.',
    phone: '01632 960002',
    email: 'help@eastshire-victimcare.test',
  },
  {
    key: 'wa',
    kind: 'PARTNER_SERVICE',
    name: 'Westshire Advocacy',
    code: 'WA',
    areas: WESTSHIRE_AREAS,
    servicesOffered: ['STALKING_ADVOCACY', 'SAFETY_PLANNING', 'COURT_SUPPORT'],
    description: 'Specialist stalking and harassment advocacy for Westshire.',
    phone: '01632 960003',
    email: 'support@westshire-advocacy.test',
  },
];

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: Role;
  organisation: string;
}

export const DEMO_USERS: DemoUser[] = [
  { key: 'officer', email: 'officer@eastshire.police.test', name: 'Priya Shah', role: 'OFFICER', organisation: 'eastshire' },
  { key: 'supervisor', email: 'supervisor@eastshire.police.test', name: 'Tom Hughes', role: 'SUPERVISOR', organisation: 'eastshire' },
  { key: 'westOfficer', email: 'officer@westshire.police.test', name: 'Owen Davies', role: 'OFFICER', organisation: 'westshire' },
  { key: 'manager', email: 'manager@eastshire-advocacy.test', name: 'Grace Okafor', role: 'PARTNER_MANAGER', organisation: 'esas' },
  { key: 'advocate', email: 'advocate@eastshire-advocacy.test', name: 'Sam Lee', role: 'ADVOCATE', organisation: 'esas' },
  { key: 'advocate2', email: 'advocate2@eastshire-advocacy.test', name: 'Alex Morgan', role: 'ADVOCATE', organisation: 'esas' },
  { key: 'westManager', email: 'manager@westshire-advocacy.test', name: 'Rhian Evans', role: 'PARTNER_MANAGER', organisation: 'wa' },
];
