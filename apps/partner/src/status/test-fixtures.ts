import type { VictimStatus } from './victim-api';

export function victimStatus(overrides: Partial<VictimStatus> = {}): VictimStatus {
  return {
    stage: 'WITH_SERVICE',
    serviceName: 'Eastshire Stalking Advocacy Service',
    servicePhone: '01632 960 123',
    serviceEmail: 'help@eastshire-advocacy.test',
    advocateFirstName: null,
    contactBy: '2026-03-03T17:00:00.000Z',
    lastUpdatedAt: '2026-03-02T14:05:00.000Z',
    updates: [],
    ...overrides,
  };
}
