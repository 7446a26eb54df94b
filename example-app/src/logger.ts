import { LOG_LEVELS, type LogLevel } from './config';

export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

/**
 * One JSON object per line: what Fluent Bit / CloudWatch Logs Insights parse without a regex.
 * JSON.stringify escapes control characters, so request data cannot forge extra lines.
 */
export function formatLogLine(level: LogLevel, message: string, fields: LogFields, now: Date): string {
  return `${JSON.stringify({ timestamp: now.toISOString(), level, logger: 'frontdoor', message, ...fields })}\n`;
}

export function createLogger(
  minLevel: LogLevel,
  write: (line: string) => void,
  now: () => Date = () => new Date()
): Logger {
  const min = LOG_LEVELS.indexOf(minLevel);
  const enabled = (level: LogLevel): boolean => LOG_LEVELS.indexOf(level) >= min;
  return {
    enabled,
    log(level, message, fields = {}) {
      if (enabled(level)) write(formatLogLine(level, message, fields, now()));
    }
  };
}
