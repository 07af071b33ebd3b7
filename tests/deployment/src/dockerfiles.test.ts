import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Stage } from './dockerfile.js';

/**
 * No container engine runs here, so the images are never built in the tests: these checks read the
 * Dockerfiles instead (docs/operations.md says so).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCKER = path.join(ROOT, 'infra/docker');
/** A base image pinned by digest, or by an exact version (a tag starting major.minor.patch). */
const PINNED = /^[a-z0-9.\-/]+(:\d+\.\d+\.\d+[a-z0-9.-]*)?(@sha256:[0-9a-f]{64})?$/;

const images: { file: string; args: Record<string, string> }[] = [
  { file: 'api.Dockerfile', args: {} },
  { file: 'web.Dockerfile', args: { APP: 'police' } },
  { file: 'web.Dockerfile', args: { APP: 'partner' } },
];

for (const { file, args } of images) {
  const label = `${file}${args.APP ? ` for ${args.APP}` : ''}`;
  const stages: Stage[] = parseDockerfile(path.join(DOCKER, file), args);
  const names = new Set(stages.flatMap((s) => (s.name ? [s.name] : [])));
  const final = stages[stages.length - 1];

  describe(label, () => {
    it('pins every base image by digest or exact version, never latest', () => {
      for (const stage of stages.filter((s) => !names.has(s.from))) {
        expect(stage.from, stage.from).toMatch(PINNED);
        expect(stage.from.includes('@sha256:') || /:\d+\.\d+\.\d+/.test(stage.from), stage.from).toBe(true);
        expect(stage.from).not.toMatch(/:latest\b/);
      }
    });

    it('runs the final image as a numeric non-root user', () => {
      const users = final.instructions.filter((i) => i.keyword === 'USER');
      expect(users.length).toBeGreaterThan(0);
      const user = users[users.length - 1].args[0];
      expect(user).toMatch(/^[1-9][0-9]*(:[1-9][0-9]*)?$/);
    });

    it('has a HEALTHCHECK and a command in the final image', () => {
      expect(final.instructions.some((i) => i.keyword === 'HEALTHCHECK')).toBe(true);
      expect(final.instructions.some((i) => i.keyword === 'CMD') || !final.from.startsWith('node')).toBe(true);
    });

    it('copies only files that exist in the repository, and stages that exist in the file', () => {
      for (const stage of stages) {
        for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')) {
          expect(copy.keyword, `line ${copy.line}: use COPY`).toBe('COPY');
          if (copy.flags.from) {
            expect(names.has(copy.flags.from), `line ${copy.line}: stage ${copy.flags.from}`).toBe(true);
            continue;
          }
          for (const source of copy.args.slice(0, -1)) {
            if (source === '.') continue;
            expect(existsSync(path.join(ROOT, source)), `line ${copy.line}: ${source}`).toBe(true);
          }
        }
      }
    });
  });
}

describe('the API image', () => {
  const stages = parseDockerfile(path.join(DOCKER, 'api.Dockerfile'));
  const final = stages[stages.length - 1];

  it('installs production dependencies only and copies no sources or development files into the final stage', () => {
    const installs = stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN' && i.args.join(' ').includes('npm ci --omit=dev')));
    expect(installs.length).toBe(1);
    const finalSources = final.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args[0]);
    expect(finalSources.filter((source) => /\/src\b|\/test\b|tsconfig|turbo/.test(source))).toEqual([]);
    expect(final.instructions.find((i) => i.keyword === 'ENV')?.args.join(' ')).toContain('NODE_ENV=production');
  });

  it('copies the package.json of every workspace into the stages that run npm ci, so it matches the lockfile', () => {
    const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { link?: boolean }> };
    const workspaces = Object.keys(lock.packages).filter((key) => key && !key.includes('node_modules') && root.workspaces.some((glob) => key.startsWith(glob.replace('/*', '/'))));
    expect(workspaces.length).toBeGreaterThan(5);
    for (const stage of stages.filter((s) => s.name === 'build' || s.name === 'dependencies')) {
      const copied = stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args[0]);
      const missing = workspaces.filter((w) => !copied.includes(`${w}/package.json`) && !copied.includes(w));
      expect(missing, `stage ${stage.name}`).toEqual([]);
    }
  });
});

describe('the web image', () => {
  it('bakes in the security headers every server block includes, so it starts without a mount', () => {
    const stages = parseDockerfile(path.join(DOCKER, 'web.Dockerfile'), { APP: 'police' });
    const copied = stages[stages.length - 1].instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args[i.args.length - 1]);
    for (const app of ['police', 'partner']) {
      const conf = readFileSync(path.join(ROOT, `infra/nginx/${app}.conf`), 'utf8');
      for (const [, included] of conf.matchAll(/include\s+([^;]+);/g)) expect(copied, `${app}.conf includes ${included}`).toContain(included);
    }
  });
});
