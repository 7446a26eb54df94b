/**
 * Content digests in the form registries and charts are addressed by (`sha256:<hex>`).
 * node:crypto is loaded on first use: an action failing input validation never needs it.
 */
export function sha256Digest(body: Buffer | string): string {
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return 'sha256:' + createHash('sha256').update(body).digest('hex');
}
