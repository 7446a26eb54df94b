/**
 * Text from untrusted sources (container logs, Kubernetes events, helm and builder output,
 * registry error bodies, file contents) printed so the runner can never read it as a workflow
 * command. The runner treats a stdout line as a command when it starts with `::` after leading
 * whitespace (`::add-mask::`, `::stop-commands::`…) or contains the legacy `##[name]` form
 * anywhere; it also splits lines at a lone `\r`. Such text is printed inside a
 * `::stop-commands::<token>` … `::<token>::` block with a fresh unguessable token (the runner's
 * own mechanism, the one @actions/core's stop-commands support writes), so it reads verbatim in the
 * log. Harmless text is printed as is.
 *
 * Hand-written because @actions/core has no "print this untrusted text" helper; the block is
 * written in one call (one synchronous write), so no command of ours (a mask) can fall inside it.
 */

/** The runner's own line splitting: \r\n, \n and a lone \r all end a line. */
const LINE_BREAK = /\r\n|\r|\n/;

/** True when the runner could take any line of `text` for a workflow command. */
export function couldBeCommand(text: string): boolean {
  return text.split(LINE_BREAK).some(l => l.trimStart().startsWith('::') || l.includes('##['));
}

function newToken(): string {
  // Loaded on first use only: node:crypto costs tens of ms at start-up (see runtime.ts).
  const { randomBytes } = process.getBuiltinModule('node:crypto');
  return `untrusted-${randomBytes(16).toString('hex')}`;
}

/**
 * `lines` ready to print, one string per runner line: unchanged when none could be a command,
 * else wrapped in a stop-commands block whose token none of them contains.
 */
export function untrustedLines(lines: readonly string[], token: () => string = newToken): string[] {
  const flat = lines.flatMap(l => l.split(LINE_BREAK));
  if (!flat.some(l => couldBeCommand(l))) return flat;
  let t = token();
  while (flat.some(l => l.includes(t))) t = token();
  return [`::stop-commands::${t}`, ...flat, `::${t}::`];
}

/** One string to print with a single write (lines joined by \n), see `untrustedLines`. */
export function untrustedText(text: string | readonly string[], token?: () => string): string {
  return untrustedLines(typeof text === 'string' ? [text] : text, token).join('\n');
}

/**
 * Untrusted text to embed in one of our own messages (an error, a retry line): line breaks and
 * runs of whitespace become one space, and it is cut at `max` characters, so it can never
 * start a line of its own. Printing the message still goes through untrustedText.
 */
export function oneLine(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
