import path from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const API = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the API source', () => {
  it('has no import circle, counting type-only imports', async () => {
    const graph = await madge(path.join(API, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: path.join(API, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(100);
    expect(graph.circular()).toEqual([]);
  });
});
