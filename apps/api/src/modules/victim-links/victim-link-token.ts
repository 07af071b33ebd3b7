import { createHash, randomBytes, randomInt } from 'node:crypto';
import { LIMITS } from '@lantern/schema/limits';

/** A link token: 32 random bytes, base64url (43 characters). Only its SHA-256 is stored. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new link token. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** A 6-digit access code, given to the victim separately from the link. Only its argon2 hash is stored. */
export const newAccessCode = (): string => Array.from({ length: LIMITS.accessCode.length }, () => randomInt(0, 10)).join('');

/** The stored form of a token. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
