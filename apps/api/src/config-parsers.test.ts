import { describe, expect, it } from 'vitest';
import { notifyApiKey, oneOf, port, positiveWholeNumber, templateId, textOfAtLeast, trueOrFalse, url } from './config-parsers.js';

const accepts = (parser: { parse(text: string): { ok: boolean } }, text: string) => parser.parse(text).ok;

describe('the parsers of configuration values', () => {
  it('take whole numbers above zero only', () => {
    expect(positiveWholeNumber.parse('30')).toEqual({ ok: true, value: 30 });
    for (const text of ['0', '-1', '1.5', 'thirty', '9007199254740993']) expect(accepts(positiveWholeNumber, text), text).toBe(false);
  });

  it('take ports from 1 to 65535', () => {
    expect(port.parse('65535')).toEqual({ ok: true, value: 65535 });
    for (const text of ['0', '65536', '80a']) expect(accepts(port, text), text).toBe(false);
  });

  it('take exactly true or false as a switch', () => {
    expect(trueOrFalse.parse('false')).toEqual({ ok: true, value: false });
    for (const text of ['TRUE', 'yes', '1']) expect(accepts(trueOrFalse, text), text).toBe(false);
  });

  it('take a URL only with one of the schemes it names', () => {
    const web = url(['http', 'https']);
    expect(accepts(web, 'https://support.example.gov.uk/status.html')).toBe(true);
    for (const text of ['support.example.gov.uk/status.html', 'ftp://support.example.gov.uk', 'postgres://db/lantern']) expect(accepts(web, text), text).toBe(false);
    expect(accepts(url(['postgres', 'postgresql']), 'postgresql://owner:pw@db:5432/lantern')).toBe(true);
  });

  it('take a word from the list, a long enough secret, a template id and a Notify API key', () => {
    expect(accepts(oneOf(['info', 'warn']), 'warn')).toBe(true);
    expect(accepts(oneOf(['info', 'warn']), 'loud')).toBe(false);
    expect(accepts(textOfAtLeast(32), 'x'.repeat(32))).toBe(true);
    expect(accepts(textOfAtLeast(32), 'x'.repeat(31))).toBe(false);
    expect(accepts(templateId, 'aaaaaaaa-0000-4000-8000-000000000001')).toBe(true);
    expect(accepts(templateId, 'new-referral')).toBe(false);
    const key = 'lantern_live-11111111-2222-4333-8444-555555555555-66666666-7777-4888-8999-000000000000';
    expect(accepts(notifyApiKey, key)).toBe(true);
    for (const text of [key.slice(13), key.slice(0, -1), key.replace('-6666', '_6666')]) expect(accepts(notifyApiKey, text), text).toBe(false);
  });

  it('never repeat the text they refuse', () => {
    const secret = 'not-long-enough-s3cret';
    const outcome = textOfAtLeast(32).parse(secret);
    expect(JSON.stringify(outcome)).not.toContain(secret);
    expect(JSON.stringify(notifyApiKey.parse(secret))).not.toContain(secret);
  });
});
