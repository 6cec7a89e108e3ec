import type { Config } from '../config.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

export type Logger = Record<Level, (message: string) => void>;

/** One-line logs on stderr (stdout stays free for machine output), filtered by LOG_LEVEL. */
export function createLogger(level: Config['LOG_LEVEL']): Logger {
  const threshold = level === 'silent' ? LEVELS.length : LEVELS.indexOf(level);
  const at = (name: Level) => (message: string) => {
    if (LEVELS.indexOf(name) >= threshold) process.stderr.write(`${new Date().toISOString()} ${name} ${message}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
