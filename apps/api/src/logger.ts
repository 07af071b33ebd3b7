import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Structured logs with redaction: no tokens, codes, passwords, cookies or victim details. Lines go to
 * standard output, or to `destination` (tests read what the API logged from one).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}
