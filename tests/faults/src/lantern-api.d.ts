// The API's build emits JavaScript only; the one function these tests use from it, typed here.
declare module '@lantern/api/dist/common/auth/password.js' {
  /** An argon2id hash of `secret` with the API's parameters, as stored in users.password_hash. */
  export function hashSecret(secret: string): Promise<string>;
}
