/**
 * push-to on real parts: the bundle packages and verifies charts/frontdoor, then pushes the
 * verified .tgz to the stack's authenticated registry (htpasswd basic auth, plain HTTP on
 * 127.0.0.1) with registry-username / registry-password (password on stdin, masked, only in a
 * private registry config under RUNNER_TEMP). chart-ref is pinned by the manifest digest, and
 * the registry's manifest under it carries exactly the verified package (read with the registry
 * client). A package that fails verification is never pushed; a wrong password fails naming it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sha256Digest } from '../../src/lib/digest';
import { HELM_CHART_LAYER } from '../../src/lib/ociChart';
import { RegistryClient } from '../../src/lib/registry';
import { runAction } from '../helpers/runAction';
import { loadStack } from '../helpers/stack';
import { fixturesDir, frontdoorChart, realHelm, repoRoot, tempDir } from './helpers';

const ACTION = 'package-and-verify-helm-chart';

async function env(): Promise<NodeJS.ProcessEnv> {
  const helm = await realHelm();
  return {
    PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}`,
    HOME: tempDir('pvhc-push-home-')
  };
}

function registry(): RegistryClient {
  const s = loadStack();
  return new RegistryClient({
    registry: s.registry,
    credentials: { username: s.registryUser, password: s.registryPassword },
    insecure: true
  });
}

test('pushes the verified package; chart-ref is pinned by digest and holds exactly those bytes', async () => {
  const s = loadStack();
  const repo = `pvhc-push-${process.pid}`;
  const e = await env();
  const out = tempDir('pvhc-push-out-');
  const run = await runAction(
    ACTION,
    {
      chart: frontdoorChart,
      'values-files': join(frontdoorChart, 'values-dev.yaml'),
      destination: out,
      'push-to': `oci://${s.registry}/${repo}`,
      'registry-username': s.registryUser,
      'registry-password': s.registryPassword,
      'registry-plain-http': 'true'
    },
    { env: e, workspace: repoRoot }
  );
  expect(run.stdout).not.toMatch(/^::error/m);
  expect(run.exitCode).toBe(0);
  const ref = run.outputs['chart-ref'] ?? '';
  expect(ref).toMatch(new RegExp(`^oci://127\\.0\\.0\\.1:\\d+/${repo}/frontdoor@sha256:[a-f0-9]{64}$`));
  expect(run.summary).toContain(`**Pushed:** \`${ref}\``);
  // The registry's manifest under that digest has one chart layer: the package's sha256.
  const pkg = join(out, readdirSync(out).find(f => f.endsWith('.tgz')) as string);
  expect(run.outputs['chart-digest']).toBe(sha256Digest(readFileSync(pkg)));
  const reg = registry();
  const m = await reg.getManifest(`${repo}/frontdoor`, ref.slice(ref.indexOf('@') + 1));
  reg.close();
  const layers = (
    JSON.parse(m?.body.toString('utf8') ?? '{}') as { layers: { mediaType: string; digest: string }[] }
  ).layers;
  expect(layers.filter(l => l.mediaType === HELM_CHART_LAYER).map(l => l.digest)).toEqual([
    run.outputs['chart-digest']
  ]);
  // Masked (the runner hides it from then on), never printed otherwise; no config left behind.
  expect(run.stdout).toContain(`::add-mask::${s.registryPassword}`);
  expect(run.stdout.replace(`::add-mask::${s.registryPassword}`, '')).not.toContain(s.registryPassword);
  expect(existsSync(join(e['HOME'] as string, '.config', 'helm'))).toBe(false);
  expect(existsSync(join(e['HOME'] as string, '.docker'))).toBe(false);
  expect(readdirSync(run.runnerTemp).filter(f => f.startsWith('flygtaxi-helm-registry-'))).toEqual([]);
});

test('a package that fails verification is not pushed', async () => {
  const s = loadStack();
  const repo = `pvhc-push-bad-${process.pid}`;
  const run = await runAction(
    ACTION,
    {
      chart: join(fixturesDir, 'broken-image-tag'),
      destination: tempDir('pvhc-push-out-'),
      'push-to': `oci://${s.registry}/${repo}`,
      'registry-username': s.registryUser,
      'registry-password': s.registryPassword,
      'registry-plain-http': 'true'
    },
    { env: await env(), workspace: repoRoot }
  );
  expect(run.exitCode).toBe(1);
  expect(run.outputs['chart-ref']).toBeUndefined();
  const reg = registry();
  await expect(reg.headManifest(`${repo}/broken-image-tag`, '0.1.0')).resolves.toBeUndefined();
  reg.close();
});

test('a wrong password fails naming push-to and the login, after verification, with nothing pushed', async () => {
  const s = loadStack();
  const run = await runAction(
    ACTION,
    {
      chart: frontdoorChart,
      'values-files': join(frontdoorChart, 'values-dev.yaml'),
      destination: tempDir('pvhc-push-out-'),
      'push-to': `oci://${s.registry}/pvhc-push-denied-${process.pid}`,
      'registry-username': s.registryUser,
      'registry-password': 'not-the-password',
      'registry-plain-http': 'true'
    },
    { env: await env(), workspace: repoRoot }
  );
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::push-to: helm registry login to 127\.0\.0\.1:\d+ failed \(exit 1\)/);
  expect(run.stdout).toContain('::add-mask::not-the-password');
  expect(run.stdout.replace('::add-mask::not-the-password', '')).not.toContain('not-the-password');
  expect(run.outputs['chart-ref']).toBeUndefined();
});
