// Writes .env.example and docs/configuration.md from the API's table of variables
// (apps/api/src/config-variables.ts), as built in apps/api/dist. Run through `npm run config:docs`, which
// builds the API first. apps/api/src/config-docs.test.ts fails when the committed files differ.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { CONFIG_DOCS } = await import('../apps/api/dist/config-docs.js');
for (const doc of CONFIG_DOCS) {
  writeFileSync(path.join(root, doc.path), doc.render());
  console.log(`Wrote ${doc.path}`);
}
