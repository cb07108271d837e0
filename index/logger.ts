import { pino, type Logger as PinoLogger } from 'pino';

/**
 * Structured JSON logs on stderr (stdout is for answers: the console chat and `--json`). Log
 * records carry counts, ids and file names, never résumé text or contact details; keys that could
 * hold them are redacted in case a caller slips.
 */
export function createLogger(level: string): PinoLogger {
  return pino(
    {
      level,
      base: { app: 'candidate-bot' },
      redact: {
        paths: ['phone', 'phones', 'email', 'emails', 'text', 'resume', '*.phone', '*.email', '*.text'],
        censor: '[redacted]',
      },
    },
    pino.destination({ dest: 2, sync: true }),
  );
}
