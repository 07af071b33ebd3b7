import { pino, type Logger } from 'pino';

/** Structured logs with redaction: no tokens, codes, passwords, cookies or victim details. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.accessCode',
        'variables',
        'query',
      ],
      censor: '[redacted]',
    },
  });
}
