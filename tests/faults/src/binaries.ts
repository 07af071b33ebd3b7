import { existsSync } from 'node:fs';

/** Debian's PostgreSQL 15 server binaries (package postgresql-15). */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Patroni needs Debian's Python, the one with psycopg2 (a python3 earlier on PATH may lack it). */
export const PATRONI = ['/usr/bin/python3', '/usr/bin/patroni'];
export const ETCD = '/usr/bin/etcd';
export const HAPROXY = '/usr/sbin/haproxy';

const NEEDED: Record<string, string> = {
  'postgresql-15': `${PG_BIN}/postgres`,
  patroni: '/usr/bin/patroni',
  'etcd-server': ETCD,
  haproxy: HAPROXY,
};

/** The Debian packages whose binaries are missing (empty when everything is installed). */
export function missingPackages(names: (keyof typeof NEEDED)[] = Object.keys(NEEDED)): string[] {
  return names.filter((name) => !existsSync(NEEDED[name]));
}

/**
 * Whether to skip a file for lack of binaries: only outside CI, with the reason printed. In CI (`CI` set)
 * a missing binary fails the test instead, so the fault tests can never silently stop running there.
 */
export function skipWithoutBinaries(names: (keyof typeof NEEDED)[]): boolean {
  const missing = missingPackages(names);
  if (missing.length === 0) return false;
  if (process.env.CI) return false;
  console.warn(`Skipping: install ${missing.join(' ')} (apt-get install -y ${missing.join(' ')}) to run these tests; .ci/run does.`);
  return true;
}
