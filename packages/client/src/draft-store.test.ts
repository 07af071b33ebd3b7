import { describe, expect, it } from 'vitest';
import { clearAllDrafts, draftStorageKey, draftStore, keepOnlyDraftsOf } from './draft-store';

describe('the per-user draft store', () => {
  it('keeps each person’s drafts apart, in sessionStorage only', () => {
    draftStore('u-1').save('close:ref-1', { reason: 'Moved away' });
    expect(draftStore('u-1').load('close:ref-1')).toEqual({ reason: 'Moved away' });
    expect(draftStore('u-2').load('close:ref-1')).toBeUndefined();
    expect(window.sessionStorage.getItem(draftStorageKey('u-1', 'close:ref-1'))).toBe('{"reason":"Moved away"}');
    expect(window.localStorage.length).toBe(0);
  });

  it('removes a draft once it has been sent, and every draft about one referral', () => {
    const drafts = draftStore('u-1');
    drafts.save('form:ref-1:victim', { a: 1 });
    drafts.save('form:ref-1:risk', { a: 2 });
    drafts.save('form:ref-10:risk', { a: 3 });
    drafts.clear('form:ref-1:victim');
    expect(drafts.load('form:ref-1:victim')).toBeUndefined();
    drafts.clearAbout('ref-1');
    expect(drafts.load('form:ref-1:risk')).toBeUndefined();
    expect(drafts.load('form:ref-10:risk')).toEqual({ a: 3 });
  });

  it('forgets other people’s drafts when someone signs in, and keeps their own', () => {
    draftStore('u-1').save('a', 1);
    draftStore('u-2').save('a', 2);
    window.sessionStorage.setItem('something-else', 'kept');
    keepOnlyDraftsOf('u-2');
    expect(draftStore('u-1').load('a')).toBeUndefined();
    expect(draftStore('u-2').load('a')).toBe(2);
    expect(window.sessionStorage.getItem('something-else')).toBe('kept');
  });

  it('forgets every draft at sign-out', () => {
    draftStore('u-1').save('a', 1);
    draftStore('u-2').save('b', 2);
    clearAllDrafts();
    expect(Object.keys(window.sessionStorage).filter((key) => key.startsWith('lantern'))).toEqual([]);
  });

  it('reads a damaged draft as none', () => {
    window.sessionStorage.setItem(draftStorageKey('u-1', 'a'), '{not json');
    expect(draftStore('u-1').load('a')).toBeUndefined();
  });
});
