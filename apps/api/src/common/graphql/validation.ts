import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

type Decorator = (target: object, key: string) => void;

function all(...decorators: PropertyDecorator[]): Decorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * A required piece of text: not blank, at most `max` characters. `what` reads like "a crime reference".
 * Control characters and lone surrogates never get this far: safe-strings.ts refuses them for every string.
 */
export function RequiredText(max: number, what: string): Decorator {
  return all(
    IsString({ message: `Enter ${what}` }),
    Matches(/\S/, { message: `Enter ${what}` }),
    MaxLength(max, { message: `${capitalise(what)} must be ${max} characters or fewer` }),
  );
}

/** Optional text of at most `max` characters. */
export function OptionalText(max: number, what: string): Decorator {
  return all(
    IsOptional(),
    IsString({ message: `${capitalise(what)} must be text` }),
    MaxLength(max, { message: `${capitalise(what)} must be ${max} characters or fewer` }),
  );
}

/** An id of one of our records. */
export function RecordId(what: string, optional = false): Decorator {
  const check = IsUUID('all', { message: `${capitalise(what)} is not a valid id` });
  return optional ? all(IsOptional(), check) : check;
}

/** The version the client read, for optimistic concurrency. */
export function ExpectedVersion(): Decorator {
  return all(
    IsInt({ message: 'The version must be a whole number' }),
    Min(1, { message: 'The version must be 1 or more' }),
    Max(2_000_000_000, { message: 'The version is not valid' }),
  );
}

function capitalise(text: string): string {
  const stripped = text.replace(/^(a|an|the) /, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
