import { expect } from 'vitest';

/** Vitest's asymmetric matchers, typed as `unknown` instead of `any`, for use inside expected objects. */
export const textMatching = (pattern: RegExp | string): unknown => expect.stringMatching(pattern);
export const textContaining = (text: string): unknown => expect.stringContaining(text);
