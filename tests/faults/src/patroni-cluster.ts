import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ETCD, HAPROXY, PATRONI, PG_BIN } from './binaries.js';
import { postgresFolder, postmasterPid, sleep, start, stopPostmaster, stopProcess, waitFor, type Started } from './processes.js';

/** The superuser password of the test cluster (loopback only, inside the test's own network namespace). */
const SUPERUSER_PASSWORD = 'ha-test-superuser';
const ETCD_CLIENT = 'http://127.0.0.1:2379';
/** HAProxy's port that always leads to the current primary. */
export const PRIMARY_PORT = 5000;

export interface Member {
  readonly name: string;
  readonly pgPort: number;
  readonly restPort: number;
  readonly dataDir: string;
  patroni?: Started;
}

/**
 * Three PostgreSQL 15 servers managed by Patroni, with etcd as the consensus store and HAProxy sending
 * connections on `PRIMARY_PORT` to whichever member Patroni's REST API reports as primary. Synchronous
 * replication (`synchronous_mode`): a commit is acknowledged only once a standby has it, and Patroni
 * promotes only that standby, so no acknowledged commit can be lost. Times follow STACK.md: ttl 10 s,
 * loop_wait 2 s, retry_timeout 4 s (loop_wait + 2 * retry_timeout <= ttl).
 */
export class PatroniCluster {
  readonly members: Member[];
  private etcd?: Started;
  private haproxy?: Started;

  constructor(private readonly folder: string) {
    this.members = [1, 2, 3].map((n) => ({ name: `pg${n}`, pgPort: 5432 + n, restPort: 8007 + n, dataDir: path.join(folder, `pg${n}`, 'data') }));
  }

  /** The owner URL of `database` through HAProxy (always the primary). */
  url(database = 'postgres'): string {
    return `postgres://postgres:${SUPERUSER_PASSWORD}@127.0.0.1:${PRIMARY_PORT}/${database}`;
  }

  /** Starts etcd, the three members and HAProxy; resolves once one primary takes HAProxy's traffic and both standbys stream synchronously-eligible WAL. */
  async start(): Promise<void> {
    const logDir = this.folder;
    this.etcd = start(
      'etcd',
      [ETCD, '--name', 'e1', '--data-dir', path.join(this.folder, 'etcd'), '--listen-client-urls', ETCD_CLIENT, '--advertise-client-urls', ETCD_CLIENT,
        '--listen-peer-urls', 'http://127.0.0.1:2380', '--initial-advertise-peer-urls', 'http://127.0.0.1:2380', '--initial-cluster', 'e1=http://127.0.0.1:2380'],
      { logDir },
    );
    await waitFor('etcd', async () => (await fetch(`${ETCD_CLIENT}/health`)).ok, 20_000);
    for (const member of this.members) {
      postgresFolder(path.dirname(member.dataDir));
      const configFile = path.join(path.dirname(member.dataDir), 'patroni.yml');
      writeFileSync(configFile, this.patroniConfig(member), { mode: 0o644 });
      member.patroni = start(member.name, [...PATRONI, configFile], { logDir, asPostgres: true });
    }
    this.haproxy = start('haproxy', [HAPROXY, '-db', '-f', this.writeHaproxyConfig()], { logDir });
    await waitFor('a primary behind HAProxy', () => this.query('SELECT pg_is_in_recovery() AS standby', [], 'postgres').then((r) => r[0]?.standby === false), 30_000, 250);
    await waitFor('two streaming standbys', async () => (await this.query("SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'"))[0].n === 2, 30_000, 250);
    await waitFor('a synchronous standby', async () => (await this.query("SELECT count(*)::int AS n FROM pg_stat_replication WHERE sync_state = 'sync'"))[0].n >= 1, 30_000, 250);
    // HAProxy 2.6 counts every server up until its first failed checks: wait until only the primary is.
    await waitFor('HAProxy to see exactly one primary', async () => (await this.haproxyUpServers()).length === 1, 15_000, 250);
  }

  /** Rows of `sql` run through HAProxy on the current primary. */
  async query<T = Record<string, any>>(sql: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database), connectionTimeoutMillis: 3_000 });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** The member Patroni's REST API reports as primary (leader), if any. */
  async primary(): Promise<Member | undefined> {
    for (const member of this.members) {
      try {
        if ((await fetch(`http://127.0.0.1:${member.restPort}/primary`)).status === 200) return member;
      } catch {
        /* that member is down */
      }
    }
    return undefined;
  }

  /** The machine running `member` dies: Patroni and PostgreSQL are killed with SIGKILL, nothing shuts down cleanly. */
  async killMember(member: Member): Promise<void> {
    const pid = postmasterPid(member.dataDir);
    await stopProcess(member.patroni, 'SIGKILL');
    if (pid !== null) process.kill(pid, 'SIGKILL');
    await waitFor(`${member.name}'s PostgreSQL to die`, () => postmasterPid(member.dataDir) === null, 10_000, 50);
  }

  /** Stops everything it started: Patroni, each postmaster by its pidfile, HAProxy, etcd. */
  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => stopProcess(m.patroni, 'SIGKILL')));
    await Promise.all(this.members.map((m) => stopPostmaster(m.dataDir)));
    await stopProcess(this.haproxy, 'SIGKILL');
    await stopProcess(this.etcd, 'SIGKILL');
    await sleep(100);
  }

  /** Names of the servers HAProxy's stats socket lists as UP. */
  private async haproxyUpServers(): Promise<string[]> {
    const response = await fetch('http://127.0.0.1:7000/;csv');
    const lines = (await response.text()).split('\n').filter((l) => l.startsWith('primary,pg'));
    return lines.filter((l) => l.split(',')[17] === 'UP').map((l) => l.split(',')[1]);
  }

  private patroniConfig(member: Member): string {
    const dir = path.dirname(member.dataDir);
    return `scope: lantern-ha-test
name: ${member.name}
log:
  level: WARNING
restapi:
  listen: 127.0.0.1:${member.restPort}
  connect_address: 127.0.0.1:${member.restPort}
etcd3:
  hosts: 127.0.0.1:2379
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_log_hints: 'on'
        max_connections: 100
        synchronous_commit: 'on'
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
postgresql:
  listen: 127.0.0.1:${member.pgPort}
  connect_address: 127.0.0.1:${member.pgPort}
  data_dir: ${member.dataDir}
  bin_dir: ${PG_BIN}
  pgpass: ${dir}/pgpass
  authentication:
    superuser: { username: postgres, password: ${SUPERUSER_PASSWORD} }
    replication: { username: replicator, password: ha-test-replication }
    rewind: { username: rewinder, password: ha-test-rewind }
  parameters:
    unix_socket_directories: '${dir}'
    fsync: 'on'
watchdog:
  mode: off
`;
  }

  private writeHaproxyConfig(): string {
    const file = path.join(this.folder, 'haproxy.cfg');
    const servers = this.members
      .map((m) => `  server ${m.name} 127.0.0.1:${m.pgPort} maxconn 100 check port ${m.restPort}`)
      .join('\n');
    writeFileSync(
      file,
      `global
  maxconn 300
defaults
  mode tcp
  timeout connect 2s
  timeout client 30m
  timeout server 30m
  timeout check 1s
listen stats
  mode http
  bind 127.0.0.1:7000
  stats enable
  stats uri /
listen primary
  bind 127.0.0.1:${PRIMARY_PORT}
  option httpchk GET /primary
  http-check expect status 200
  default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
${servers}
`,
    );
    return file;
  }
}
