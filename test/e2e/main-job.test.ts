/**
 * The README's first command, minus the bootstrap: the main job on the running local stack.
 * Builds the example image with buildah from the stand-in base images, pushes it to the auth
 * registry, packages and verifies charts/frontdoor, deploys it to the kube-apiserver (kwok pods),
 * then runs it all again and expects the image reused and the release unchanged.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadStack, repoRoot, toolEnv, toolsBin } from '../helpers/stack';

jest.setTimeout(15 * 60 * 1000);

test('main job: build, push, package, verify, deploy; the second run reuses the image and changes nothing', () => {
  const stack = loadStack();
  const env = toolEnv({ ...stack.env });
  const images = spawnSync('bash', [join(repoRoot, 'scripts', 'base-images.sh')], { env, encoding: 'utf8' });
  expect(images.stderr + images.stdout).toMatch(/BUILD_IMAGE=/);
  expect(images.status).toBe(0);
  for (const line of images.stdout.split('\n')) {
    const m = /^(BUILD_IMAGE|RUNTIME_IMAGE)=(.+)$/.exec(line);
    if (m) env[m[1] as string] = m[2];
  }

  const job = spawnSync(join(toolsBin, 'node'), [join(repoRoot, 'e2e', 'main-job.ts')], {
    env,
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  const out = job.stdout + job.stderr;
  if (job.status !== 0) console.log(out.slice(-6000));
  expect(job.status).toBe(0);

  const imageRef = /^ {2}image\s+(\S+)$/m.exec(out)?.[1] ?? '';
  expect(imageRef).toMatch(
    new RegExp(`^${stack.registry.replace(/\./g, '\\.')}/flygtaxi/frontdoor@sha256:[a-f0-9]{64}$`)
  );
  expect(out).toMatch(/run 2: pipeline passed\n {2}build-push\s+[\d.]+ s {3}reused /);
  expect(out).toMatch(/ {2}deploy\s+[\d.]+ s {3}unchanged, revision \d+ \(deployed\)/);
  expect(out).toContain('stand-in base images');
  expect(out).toContain('kwok');
  // The pushed manifest is really in the registry under that digest.
  const digest = imageRef.split('@')[1] as string;
  const inspect = spawnSync(
    join(toolsBin, 'skopeo'),
    [
      'inspect',
      '--tls-verify=false',
      '--raw',
      '--creds',
      `${stack.registryUser}:${stack.registryPassword}`,
      `docker://${imageRef}`
    ],
    { env, encoding: 'utf8' }
  );
  expect(inspect.status).toBe(0);
  const sha = spawnSync('sha256sum', [], { input: inspect.stdout, encoding: 'utf8' }).stdout.split(' ')[0];
  expect(`sha256:${sha}`).toBe(digest);
});
