/**
 * One retry layer for `buildah push` (#17.10): the real buildah builds a one-file image and
 * pushes it to a registry port with nothing listening. buildah retries by itself (3 times, 2 s
 * apart, whatever --retry says in 1.28), so the action runs the push once; before, the action's
 * 4 attempts each carried buildah's own 3 retries (26 s to give up).
 */
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder } from '../../actions/build-push-ecr/src/builders';
import { createPrivateDir } from '../../actions/build-push-ecr/src/privateDir';
import { toolEnv } from '../helpers/stack';

jest.setTimeout(180_000);

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>(r => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise(r => s.close(r));
  return port;
}

test('buildah push to a dead registry: buildah retries (3 lines of its own), the action runs it once', async () => {
  const ctx = mkdtempSync(join(tmpdir(), 'bpe-retry-ctx-'));
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY hello /hello\n');
  writeFileSync(join(ctx, 'hello'), 'hi\n');
  const registry = `127.0.0.1:${await closedPort()}`;
  const logs: string[] = [];
  const builder = createBuilder('buildah', {
    log: { info: m => logs.push(m), warning: m => logs.push(`warning: ${m}`) },
    env: toolEnv(),
    retry: { baseMs: 100, maxMs: 200 }
  });
  const started = Date.now();
  await expect(
    builder.build({
      spec: {
        context: ctx,
        dockerfile: join(ctx, 'Dockerfile'),
        buildArgs: [],
        labels: [],
        target: '',
        platforms: []
      },
      image: `${registry}/retry/app`,
      registry,
      primaryTag: `t${process.pid}`,
      push: true,
      insecure: true,
      cache: 'none',
      cacheKey: 'x',
      privateDir: createPrivateDir(mkdtempSync(join(tmpdir(), 'bpe-retry-rt-')))
    })
  ).rejects.toThrow(/buildah push .* failed \(exit code \d+\)/);
  const seconds = (Date.now() - started) / 1000;
  const pushes = logs.filter(l => /^buildah push /.test(l));
  const ownRetries = logs.filter(l => /retrying in \d+s \.\.\. \(\d\/3\)/.test(l));
  expect(pushes).toHaveLength(1);
  expect(ownRetries).toHaveLength(3);
  expect(logs.filter(l => l.startsWith('warning:') && /retrying in/.test(l))).toEqual([]);
  // The figure for the notes (measured, not asserted).
  console.log(`buildah build+push to a dead registry gave up after ${seconds.toFixed(1)} s`);
});
