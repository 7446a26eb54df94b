/**
 * A dependency from an OCI registry that needs credentials: the stack's registry (htpasswd basic
 * auth, plain HTTP on 127.0.0.1) holds the library chart; the action logs in with
 * registry-username / registry-password (password on stdin, masked) into a registry config
 * private to the run, then `helm dependency build` pulls it. A wrong password fails at the login
 * step, with a summary naming it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { runAction } from '../helpers/runAction';
import { loadStack } from '../helpers/stack';
import { fixturesDir, realHelm, tempDir } from './helpers';

const ACTION = 'package-and-verify-helm-chart';

let ociUrl = '';

beforeAll(async () => {
  const stack = loadStack();
  const helm = await realHelm();
  const work = tempDir('pvhc-oci-push-');
  // The pusher's own registry config: nothing the action under test could reuse.
  const env = { ...process.env, HELM_REGISTRY_CONFIG: join(work, 'registry.json') };
  const pkg = await helm.run(
    ['package', join(fixturesDir, 'ok-with-dependency', 'deps', 'common'), '--destination', work],
    { env }
  );
  expect(pkg.exitCode).toBe(0);
  const login = await helm.run(
    [
      'registry',
      'login',
      stack.registry,
      '--username',
      stack.registryUser,
      '--password-stdin',
      '--plain-http'
    ],
    { env, input: stack.registryPassword }
  );
  expect(login.exitCode).toBe(0);
  const repo = `flygtaxi-test-${Date.now()}`;
  ociUrl = `oci://${stack.registry}/${repo}`;
  const push = await helm.run(['push', join(work, 'common-0.1.0.tgz'), ociUrl, '--plain-http'], { env });
  expect(push.stderr + push.stdout).toMatch(/Pushed|Digest/);
});

function chartUsingRegistry(): string {
  const ws = mkdtempSync(join(tmpdir(), 'pvhc-oci-ws-'));
  cpSync(join(fixturesDir, 'ok-with-dependency'), join(ws, 'chart'), { recursive: true });
  const chartYaml = join(ws, 'chart', 'Chart.yaml');
  writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace('file://./deps/common', ociUrl));
  return ws;
}

async function env(): Promise<NodeJS.ProcessEnv> {
  const helm = await realHelm();
  const home = tempDir('pvhc-oci-home-');
  return { PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}`, HOME: home };
}

test('logs in with the action credentials (private registry config) and builds the dependency', async () => {
  const stack = loadStack();
  const ws = chartUsingRegistry();
  const e = await env();
  const run = await runAction(
    ACTION,
    {
      chart: 'chart',
      destination: join(ws, 'out'),
      'registry-username': stack.registryUser,
      'registry-password': stack.registryPassword
    },
    { env: e, workspace: ws }
  );
  expect(run.stdout).not.toMatch(/^::error/m);
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain(
    `Logging in to ${stack.registry} as ${stack.registryUser} (private registry config)`
  );
  expect(run.stdout).toContain(`::add-mask::${stack.registryPassword}`);
  expect(run.stdout.replace(`::add-mask::${stack.registryPassword}`, '')).not.toContain(
    stack.registryPassword
  );
  expect(readdirSync(join(ws, 'chart', 'charts'))).toEqual(['common-0.1.0.tgz']);
  // Nothing written to the user's helm or docker config.
  expect(existsSync(join(e['HOME'] as string, '.config', 'helm'))).toBe(false);
  expect(existsSync(join(e['HOME'] as string, '.docker'))).toBe(false);
});

test('a wrong password fails at helm registry login, before anything is built, with a summary', async () => {
  const stack = loadStack();
  const ws = chartUsingRegistry();
  const run = await runAction(
    ACTION,
    {
      chart: 'chart',
      destination: join(ws, 'out'),
      'registry-username': stack.registryUser,
      'registry-password': 'not-the-password'
    },
    { env: await env(), workspace: ws }
  );
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::error::helm registry login 127\.0\.0\.1:\d+ failed \(exit 1\)/);
  expect(run.summary).toContain(`failed at helm registry login ${stack.registry}`);
  expect(existsSync(join(ws, 'chart', 'charts'))).toBe(false);
  // Masked (the runner hides it from then on), and never printed otherwise.
  expect(run.stdout).toContain('::add-mask::not-the-password');
  expect(run.stdout.replace('::add-mask::not-the-password', '')).not.toContain('not-the-password');
});
