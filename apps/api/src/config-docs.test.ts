import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { CONFIG_DOCS, renderConfigurationDoc, renderEnvExample } from './config-docs.js';
import { CONFIG_VARIABLE_LIST } from './config-variables.js';

const sensitive = CONFIG_VARIABLE_LIST.filter((variable) => variable.sensitive);

describe('the generated configuration docs', () => {
  for (const doc of CONFIG_DOCS) {
    it(`${doc.path} matches the table of variables (run npm run config:docs and commit the file)`, () => {
      expect(readFileSync(path.join(REPO_ROOT, doc.path), 'utf8')).toBe(doc.render());
    });
  }

  it('list every variable in both files', () => {
    const example = renderEnvExample();
    const reference = renderConfigurationDoc();
    for (const variable of CONFIG_VARIABLE_LIST) {
      expect(example).toMatch(new RegExp(`^(# )?${variable.name}=`, 'm'));
      expect(reference).toContain(`| \`${variable.name}\``);
    }
  });

  it('show no value of a sensitive variable, not even its development default', () => {
    const example = renderEnvExample();
    const reference = renderConfigurationDoc();
    for (const variable of sensitive) {
      expect(example).toMatch(new RegExp(`^(# )?${variable.name}=$`, 'm'));
      for (const value of Object.values(variable.defaults)) {
        expect(example).not.toContain(value);
        expect(reference).not.toContain(value);
      }
    }
  });
});
