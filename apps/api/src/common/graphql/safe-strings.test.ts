import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isUnsafeString, unsafeInDocument, unsafeInVariables, unsafeStringError } from './safe-strings.js';

describe('strings the edge refuses', () => {
  it('allows any printable text, emoji in whole, tabs and line breaks', () => {
    for (const text of ['Siobhán O\'Neill', '😀 safe', 'Line one\r\nLine two\tend', '', 'ß ü € 漢字']) expect(isUnsafeString(text)).toBe(false);
  });

  it('refuses NUL, other C0 controls, DEL, C1 controls and unpaired surrogates', () => {
    for (const text of ['a\u0000', '\u0007', '\u000B', '\u001B[2J', '\u007F', '\u0085', '\u009F', 'end\uD83D', '\uDE00start', 'x\uDE00\uD83Dy']) {
      expect({ text, unsafe: isUnsafeString(text) }).toEqual({ text, unsafe: true });
    }
  });

  it('names each refused variable by its path, keys included', () => {
    expect(unsafeInVariables({ input: { victim: { lastName: 'Smith\uD800' }, list: ['ok', 'bad\u0000'] }, ['k\u0000']: 1 })).toEqual([
      { field: 'input.victim.lastName' },
      { field: 'input.list[1]' },
      { field: 'variables' },
    ]);
  });

  it('names each refused literal by its argument and input fields', () => {
    const document = parse('query { a(area: "x\\u0000") b(input: { victim: { lastName: "\\u0085" } }) c(ok: "fine\\tok") }');
    expect(unsafeInDocument(document)).toEqual([{ field: 'area' }, { field: 'input.victim.lastName' }]);
  });

  it('answers with each field by its path and in words', () => {
    const error = unsafeStringError([{ field: 'input.victim.safeContact.safeTimes' }, { field: 'area' }]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'victim.safeContact.safeTimes', message: expect.stringMatching(/^Safe times contains a character that cannot be saved/) as string },
        { field: 'area', message: expect.stringMatching(/^Area contains/) as string },
      ],
    });
  });
});
