import { CONFIG_VARIABLE_LIST, type ConfigVariable } from './config-variables.js';

/**
 * The operators' view of the table in `config-variables.ts`: `.env.example` and `docs/configuration.md`,
 * both generated (`npm run config:docs` writes them; a test fails when the committed files differ). Neither
 * shows a sensitive variable's value, not even its development default.
 */

const GENERATED = 'Generated from apps/api/src/config-variables.ts by `npm run config:docs`: edit the table, not this file.';

const apiVariables = CONFIG_VARIABLE_LIST.filter((variable) => variable.readBy === 'api');
const localVariables = CONFIG_VARIABLE_LIST.filter((variable) => variable.readBy === 'local-runner');

/** The default in words: one value, or one per environment; a sensitive one is never shown. */
function defaultInWords(variable: ConfigVariable): string {
  const { development, test, production } = variable.defaults;
  if (development === undefined) return 'none';
  if (variable.sensitive) return 'a development value, outside production only';
  const code = (value: string) => `\`${value}\``;
  if (development === test && test === production) return code(development);
  if (development === test) return production === undefined ? `${code(development)} outside production` : `${code(production)} in production, ${code(development)} outside it`;
  return `${code(development)} in development, ${code(test ?? 'none')} in tests, ${code(production ?? 'none')} in production`;
}

/** What production does with a variable it fixes, or nothing. */
function productionRule(variable: ConfigVariable): string | undefined {
  const rule = variable.inProduction;
  if (!rule) return undefined;
  const otherwise = rule.otherwise === 'refused' ? 'any other value is refused' : 'any other value is ignored';
  return `In production always \`${rule.value}\` (${otherwise}): ${rule.reason}.`;
}

/** Wraps text into comment lines of at most `width` characters. */
function commentLines(text: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/)) {
    if (line.length + 1 + word.length > width && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

function envExampleEntry(variable: ConfigVariable): string[] {
  const flags = [variable.requiredInProduction ? 'Required in production.' : '', variable.sensitive ? 'Sensitive: keep it in a secret store.' : ''].filter(Boolean);
  const about = [
    variable.description,
    variable.alias ? `Also read as ${variable.alias}.` : '',
    productionRule(variable) ?? '',
    `Accepts ${variable.parser.format}. Default: ${defaultInWords(variable)}.`,
    ...flags,
  ].filter(Boolean);
  const example = variable.sensitive ? '' : (variable.defaults.development ?? '');
  const assignment = variable.requiredInProduction ? `${variable.name}=` : `# ${variable.name}=${example}`;
  return [...commentLines(about.join(' ')), assignment, ''];
}

/** `.env.example` at the repository root: every variable, with what it accepts and its default. */
export function renderEnvExample(): string {
  return [
    ...commentLines(`Lantern: every environment variable the API and its local runner read. ${GENERATED} docs/configuration.md describes each one.`),
    '#',
    ...commentLines(
      'NODE_ENV is always set (npm start sets development; the tests set test); outside production every other variable has a working default. A deployment sets NODE_ENV=production and every variable marked "Required in production" (they are left empty here), none of them a value published in this repository. Never write a sensitive value into a file in the repository.',
    ),
    '',
    '# --- The API ---',
    '',
    ...apiVariables.flatMap(envExampleEntry),
    '# --- Local runs only (npm start, the browser tests) ---',
    '',
    ...localVariables.flatMap(envExampleEntry),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function markdownTable(variables: readonly ConfigVariable[]): string[] {
  return [
    '| Variable | Required in production | Sensitive | Accepts | Default | What it is for |',
    '|---|---|---|---|---|---|',
    ...variables.map((variable) => {
      const name = `\`${variable.name}\`${variable.alias ? ` (or \`${variable.alias}\`)` : ''}`;
      const about = [variable.description, productionRule(variable)].filter(Boolean).join(' ');
      return `| ${[name, variable.requiredInProduction ? 'yes' : 'no', variable.sensitive ? 'yes' : 'no', variable.parser.format, defaultInWords(variable), about].map(cell).join(' | ')} |`;
    }),
  ];
}

/** `docs/configuration.md`: the operators' reference, linked from `infra/README.md`. */
export function renderConfigurationDoc(): string {
  const required = apiVariables.filter((variable) => variable.requiredInProduction).map((variable) => `\`${variable.name}\``);
  return [
    '# Configuration',
    '',
    `<!-- ${GENERATED} -->`,
    '',
    "The API reads its configuration from environment variables, once, when it starts (`apps/api/src/config.ts`, from the table in `apps/api/src/config-variables.ts`). It checks all of them and, when any is missing or invalid, refuses to start with one message that names every one. `NODE_ENV` has no default: it must say `production`, `development` or `test` (`npm start` sets `development`, the tests `test`). Outside production every other variable has a working default, so `npm start` needs none. [`.env.example`](../.env.example) lists them all, with the same descriptions.",
    '',
    `- **Required in production**: with \`NODE_ENV=production\` the API refuses to start without it. Production needs ${required.length}: ${required.join(', ')}.`,
    '- **Sensitive**: a secret. The API never logs or prints it and never repeats it in an error message (the configuration summary the local runner logs shows `[hidden]`); neither `.env.example` nor this page shows a value. Keep it in a secret store.',
    '- An empty value counts as not set. Switches take exactly `true` or `false`.',
    "- In production a sensitive variable set to a value published in this repository (a development or test default, or a database URL with such a password) stops the API, naming the variable.",
    '- Everywhere but development session cookies are `Secure` and `__Host-` prefixed, introspection is off and GET `/graphql` serves no landing page; in production the rules in the last column apply.',
    '',
    '## The API',
    '',
    ...markdownTable(apiVariables),
    '',
    '## Local runs only',
    '',
    '`npm start` and the browser tests run the API through a local runner (`apps/api/src/dev/run-local.ts`). It starts an embedded PostgreSQL unless `DATABASE_URL` is set and a Notify-compatible stub unless `NOTIFY_BASE_URL` is set, turns `SEED_DEMO_DATA` on unless it is set, and reads these as well:',
    '',
    ...markdownTable(localVariables),
    '',
    '## Where the deployments set them',
    '',
    '- `infra/compose.yaml`: the `api` service\'s `environment`; each value comes from the shell or an env file (`docker compose --env-file <file> -f infra/compose.yaml up`), and compose stops when a required one is missing.',
    '- `infra/kubernetes/api.yaml`: non-sensitive values from the `lantern-api-config` ConfigMap (`infra/kubernetes/api-config.yaml`; fill in its empty values), sensitive ones from the `lantern-api-secrets` Secret through `secretKeyRef`. `infra/kubernetes/examples/api-secrets.yaml` shows the Secret\'s keys; create the real one from your secret store.',
    '- `apps/api/src/config-deployment.test.ts` fails when either leaves out a variable production requires, or writes a sensitive value into a file.',
    '',
    '## The staff apps',
    '',
    'The police and partner apps are static builds and read nothing at run time. `VITE_QUICK_EXIT_URL` (partner app, at build time) is the neutral page the quick-exit button opens, `https://www.bbc.co.uk/weather` by default. `LANTERN_API_URL` is where `vite` and `vite preview` forward `/graphql`, `http://localhost:4000` by default; in production nginx does that on the same origin.',
    '',
    '## Tests and tools',
    '',
    "The tests read a few variables of their own: `DATABASE_URL` (the API's tests use that PostgreSQL instead of an embedded one), `TEST_PG_PORT` (the embedded one's port, 54360), `E2E_*` (the browser tests' ports and addresses, `E2E_WORKERS`, `E2E_USE_RUNNING_SERVERS`; see `tests/e2e/support/urls.ts`), `CHROMIUM_PATH` (`/usr/bin/chromium`), `LOG_LEVEL` and `CI`; the API's benchmark reads `BENCH_*`. Turborepo runs every task in strict environment mode: a task sees only the variables `turbo.json` declares for it (`env` when they change what a build produces, `passThroughEnv` when they only matter at run time), so a new variable a build or test reads goes there too.",
    '',
  ].join('\n');
}

/** The generated files, by path from the repository root. */
export const CONFIG_DOCS: readonly { readonly path: string; readonly render: () => string }[] = [
  { path: '.env.example', render: renderEnvExample },
  { path: 'docs/configuration.md', render: renderConfigurationDoc },
];
