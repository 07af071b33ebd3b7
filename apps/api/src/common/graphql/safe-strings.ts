import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The characters no string Lantern receives may hold: C0 controls other than TAB, LF and CR, DEL, and the
 * C1 controls. NUL and the others cannot be shown, hide text from a reader, and PostgreSQL refuses NUL
 * (STACK.md). TAB, LF and CR are allowed in every string: the schema does not mark which fields are
 * multi-line.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` holds a refused control character or an unpaired UTF-16 surrogate. */
export function isUnsafeString(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** One refused string: where it was (`victim.lastName`, `area`, `$key`) in the operation. */
export interface UnsafeString {
  readonly field: string;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** Every unsafe string (and object key) in a request's variables, named by its path below the variable. */
export function unsafeInVariables(variables: Record<string, unknown> | undefined): UnsafeString[] {
  const found: UnsafeString[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (isUnsafeString(value)) found.push({ field: path });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, join(path, index)));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isUnsafeString(key)) found.push({ field: path });
        else walk(item, join(path, key));
      }
    }
  };
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (isUnsafeString(name)) found.push({ field: 'variables' });
    else walk(value, name);
  }
  return found;
}

/** Every unsafe string literal in `document` (arguments, input objects, lists, defaults), named by its path. */
export function unsafeInDocument(document: DocumentNode): UnsafeString[] {
  const found: UnsafeString[] = [];
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!isUnsafeString(node.value)) return;
      // `ancestors` stops short of the parent (the argument or field holding this string).
      const names = [...ancestors, parent]
        .filter((a): a is ASTNode => a !== undefined && !Array.isArray(a) && 'kind' in a)
        .flatMap((a) => (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD ? [a.name.value] : a.kind === Kind.VARIABLE_DEFINITION ? [a.variable.name.value] : []));
      found.push({ field: names.join('.') || 'query' });
    },
  });
  return found;
}

/** The field as the API names it in `extensions.fields`: without the `input.` every mutation's argument starts with. */
const shown = (field: string) => field.replace(/^input\./, '');

/** The field in words for the message: `victim.safeContact.safeTimes` reads "Safe times". */
function inWords(field: string): string {
  const last = field.replace(/\[\d+\]/g, '').split('.').pop() ?? field;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The BAD_USER_INPUT answer to unsafe strings, naming each field (as `extensions.fields`, like other input
 * problems, e.g. `{ field: 'victim.lastName', message: 'Last name contains a character ...' }`) and
 * answered with HTTP 400.
 */
export function unsafeStringError(found: readonly UnsafeString[]): GraphQLError {
  const fields = [...new Set(found.map((f) => shown(f.field)))].map((field) => ({
    field,
    message: `${inWords(field)} contains a character that cannot be saved (a control character or part of an emoji). Remove it and try again.`,
  }));
  return new GraphQLError(fields.length === 1 && fields[0] ? fields[0].message : 'Some of the text contains characters that cannot be saved.', {
    extensions: { code: 'BAD_USER_INPUT', fields, http: { status: 400 } },
  });
}

/**
 * Refuses, before any resolver runs or the database is asked, every operation whose variables or literal
 * values hold a string with a control character (other than TAB, LF, CR) or an unpaired UTF-16 surrogate:
 * inputs, arguments, ids, keys, e-mail addresses and passwords alike (SECURITY.md: refused at the edge for
 * every string input). Refusals are answers, not errors: nothing is logged.
 */
export function safeStringsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const found = [...unsafeInVariables(request.variables), ...unsafeInDocument(document)];
          if (found.length > 0) throw unsafeStringError(found);
          return Promise.resolve();
        },
      });
    },
  };
}
