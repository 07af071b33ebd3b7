import { createSchema, SCHEMA_FILE } from './schema.js';

/** Writes packages/schema/schema.graphql from the code. Run by the build; the file is committed. */
await createSchema({ emit: true });
console.log(`Schema written to ${SCHEMA_FILE}`);
