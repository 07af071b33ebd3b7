import type { ConfigVariable, Environment } from './config-variables.js';

/** Environment variables as Node gives them (`process.env`) or as a test writes them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One missing or invalid variable. The message names the variable and never repeats a sensitive value. */
export interface ConfigurationProblem {
  readonly variable: string;
  readonly message: string;
}

/**
 * Raised when the configuration is unusable: the message names every missing or invalid variable at once,
 * so an operator fixes them in one go. It never contains a sensitive value.
 */
export class ConfigurationError extends Error {
  constructor(
    readonly problems: readonly ConfigurationProblem[],
    readonly environment: Environment,
  ) {
    const count = problems.length === 1 ? '1 environment variable is' : `${problems.length} environment variables are`;
    super(
      [`Configuration error: ${count} missing or invalid (${environment}):`, ...problems.map((problem) => `  - ${problem.message}`), 'Every variable is described in docs/configuration.md.'].join(
        '\n',
      ),
    );
    this.name = 'ConfigurationError';
  }
}

/** How a non-sensitive value is quoted in a message: enough to recognise it, never a whole page of text. */
const quote = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

/** Whether a variable (or its alias) is set; an empty value counts as not set. */
export function isSet(env: Env, variable: ConfigVariable): boolean {
  return [variable.name, variable.alias].some((name) => name !== undefined && Boolean(env[name]));
}

/** The parts of a value that are secret: each listed secret, and a PostgreSQL URL's password. */
function secretParts(text: string): string[] {
  if (/^postgres(ql)?:\/\//.test(text) && URL.canParse(text)) return [decodeURIComponent(new URL(text).password)];
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * Whether a sensitive value is one that anyone can read in the repository: a default of development or test,
 * or one of the variable's `knownValues` (compared part by part, see secretParts).
 */
export function isPublishedValue(variable: ConfigVariable, text: string): boolean {
  if (!variable.sensitive) return false;
  const published = new Set([...(variable.knownValues ?? []), ...Object.values(variable.defaults).flatMap(secretParts)].filter(Boolean));
  return secretParts(text).some((part) => published.has(part)) || published.has(text);
}

/**
 * Reads variables of the table from an environment, one at a time, in one environment's rules: a value that
 * is set is parsed; an unset one takes its default, or is a problem when production requires it; production's
 * fixed values apply. Problems are collected, not thrown, so that all of them are reported together. Keeps
 * what may be shown of each value: sensitive values only as `[hidden]`.
 */
export class ConfigReading {
  private readonly values = new Map<string, unknown>();
  private readonly shownValues: Record<string, string> = {};
  private readonly found: ConfigurationProblem[] = [];

  constructor(
    private readonly env: Env,
    readonly environment: Environment,
  ) {}

  /** Every problem found so far. */
  get problems(): readonly ConfigurationProblem[] {
    return this.found;
  }

  /** What may be logged of each variable read: its value, or `[hidden]` for a sensitive one. */
  get shown(): Readonly<Record<string, string>> {
    return { ...this.shownValues };
  }

  /** The variable's value: undefined when it is not set and has no default, or when it is a problem. */
  read<T>(variable: ConfigVariable<T>): T | undefined {
    if (!this.values.has(variable.name)) this.values.set(variable.name, this.resolve(variable));
    return this.values.get(variable.name) as T | undefined;
  }

  /** The value of a variable that always has one once there are no problems (a default, or required). */
  must<T>(variable: ConfigVariable<T>): T {
    const value = this.read(variable);
    if (value === undefined) throw new Error(`${variable.name} has no value: it needs a default or to be required`);
    return value;
  }

  private resolve<T>(variable: ConfigVariable<T>): T | undefined {
    const production = this.environment === 'production';
    const name = [variable.name, variable.alias].find((candidate) => candidate !== undefined && Boolean(this.env[candidate]));
    const fixed = production ? variable.inProduction : undefined;
    if (name === undefined) {
      if (fixed) return this.accept(variable, fixed.value, 'production value');
      if (production && variable.requiredInProduction) return this.problem(variable, `${variable.name} must be set in production`);
      const fallback = variable.defaults[this.environment];
      if (fallback === undefined) {
        this.shownValues[variable.name] = '(not set)';
        return undefined;
      }
      return this.accept(variable, fallback, 'default');
    }
    const text = this.env[name] ?? '';
    const parsed = variable.parser.parse(text);
    if (!parsed.ok) return this.problem(variable, `${name} ${parsed.reason}${variable.sensitive ? '' : ` (it is ${quote(text)})`}`);
    if (production && isPublishedValue(variable, text)) {
      return this.problem(variable, `${name} is a published development or test value: set a secret of this deployment's own`);
    }
    if (fixed && fixed.value !== text) {
      if (fixed.otherwise === 'refused') return this.problem(variable, `${name} must be ${fixed.value} in production: ${fixed.reason}`);
      return this.accept(variable, fixed.value, 'production value');
    }
    this.shownValues[variable.name] = variable.sensitive ? '[hidden]' : text;
    return parsed.value;
  }

  /** A default or a production value: text from the table, parsed like any other. */
  private accept<T>(variable: ConfigVariable<T>, text: string, source: 'default' | 'production value'): T | undefined {
    const parsed = variable.parser.parse(text);
    if (!parsed.ok) return this.problem(variable, `${variable.name}: the table's ${source} ${parsed.reason}`);
    this.shownValues[variable.name] = variable.sensitive ? `[hidden] (${source})` : `${text} (${source})`;
    return parsed.value;
  }

  private problem(variable: ConfigVariable, message: string): undefined {
    this.found.push({ variable: variable.name, message });
    this.shownValues[variable.name] = '(invalid)';
    return undefined;
  }
}
