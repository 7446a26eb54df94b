/**
 * Hostile inputs, every input of package-and-verify-helm-chart, through the real bundle: each
 * row must be refused by name before anything happens (no helm started, no download, nothing
 * written), without echoing values that may be secrets or the content of files it points at.
 * See test/helpers/hostileHarness.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expectRefusedCleanly, sandbox, type Row, type Sandbox } from '../helpers/hostileHarness';
import { repoRoot } from '../helpers/stack';

jest.setTimeout(120_000);

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(() => sb.close());

const LONG = 'x'.repeat(300);
const OUTSIDE_SECRET = 'outside-secret-value';
const base = (): Record<string, string> => ({ chart: 'chart', 'helm-download-url': `http://${sb.endpoint}` });

const row = (
  input: string,
  why: string,
  over: Record<string, string>,
  expectRe: RegExp,
  secret?: string
): Row => ({
  input,
  why,
  make: () => ({ input, why, inputs: { ...base(), ...over }, expect: expectRe, secret })
});

const CASES: Row[] = [
  row('chart', 'missing', { chart: '' }, /^chart: is required/),
  row('chart', 'does not exist', { chart: 'nope' }, /^chart: directory "nope" does not exist/),
  row(
    'chart',
    'a symlink out of the workspace',
    { chart: 'outside-dir' },
    /^chart: "outside-dir" leads outside the workspace/
  ),
  row(
    'chart',
    'a Chart.yaml that is a symlink out',
    { chart: 'chart-escape' },
    /^chart: .*Chart.yaml" leads outside the workspace/,
    OUTSIDE_SECRET
  ),
  row('chart', 'a symlink loop', { chart: 'loop-a' }, /^chart: "loop-a" is a symlink loop/),
  row('chart', 'a component over 255 bytes', { chart: LONG }, /^chart: .*longer than 255 bytes/),
  row('chart', 'a file', { chart: 'values.yaml' }, /^chart: "values.yaml" is not a directory/),
  row('chart', 'no Chart.yaml', { chart: 'empty-dir' }, /^chart: "empty-dir" has no Chart.yaml/),
  row(
    'values-files',
    'a symlink out of the workspace',
    { 'values-files': 'secret-link.yaml' },
    /^values-files: "secret-link.yaml" leads outside the workspace/,
    OUTSIDE_SECRET
  ),
  row(
    'values-files',
    'a symlink loop',
    { 'values-files': 'values.yaml\nloop-b' },
    /^values-files: "loop-b" is a symlink loop/
  ),
  row(
    'values-files',
    'missing',
    { 'values-files': 'values-prod.yaml' },
    /^values-files: file "values-prod.yaml" does not exist/
  ),
  row('values-files', 'a directory', { 'values-files': 'app' }, /^values-files: "app" is a directory/),
  row(
    'values-files',
    'a component over 255 bytes',
    { 'values-files': LONG },
    /^values-files: .*longer than 255 bytes/
  ),
  row('set', 'an unescaped comma (two keys)', { set: 'a=b,c=d' }, /^set: line 1: the value of "a" has a ","/),
  row(
    'set',
    'a secret with a comma is not echoed',
    { set: 'db.password=s3cr3t-4711,x' },
    /^set: line 1: the value of "db.password"/,
    's3cr3t-4711'
  ),
  row(
    'set',
    'no key (a pasted secret)',
    { set: 'ghp_setsecret0000' },
    /^set: line 1 is not KEY=VALUE/,
    'ghp_setsecret0000'
  ),
  row('set', 'an empty key', { set: '=x' }, /^set: line 1 is not KEY=VALUE/),
  row('release-name', 'upper case', { 'release-name': 'Front_Door' }, /^release-name: /),
  row('release-name', 'over 53', { 'release-name': 'a'.repeat(54) }, /^release-name: .*53/),
  row('namespace', 'a space', { namespace: 'Bad NS' }, /^namespace: /),
  row('namespace', 'over 63', { namespace: 'x'.repeat(64) }, /^namespace: .*63/),
  row('chart-version', 'not SemVer', { 'chart-version': '1.2' }, /^chart-version: /),
  row('chart-version', 'a workflow command', { 'chart-version': '::add-mask::x' }, /^chart-version: /),
  row('app-version', 'whitespace', { 'app-version': 'a b' }, /^app-version: "a b" contains whitespace/),
  row(
    'app-version',
    'a second line that is a command',
    { 'app-version': '1.0\n::add-mask::x' },
    /^app-version: "1.0/
  ),
  row(
    'destination',
    'relative, outside',
    { destination: '../outside' },
    /^destination: "..\/outside" is outside the workspace/
  ),
  row(
    'destination',
    'a symlink out of the workspace',
    { destination: 'outside-dir/charts' },
    /^destination: .*leads outside the workspace/
  ),
  row(
    'destination',
    'a file',
    { destination: 'values.yaml' },
    /^destination: "values.yaml" exists and is not a directory/
  ),
  row('destination', 'a symlink loop', { destination: 'loop-a/x' }, /^destination: .*symlink loop/),
  row(
    'destination',
    'a component over 255 bytes',
    { destination: `out/${LONG}` },
    /^destination: .*longer than 255 bytes/
  ),
  row('required-kinds', 'lower case', { 'required-kinds': 'deployment' }, /^required-kinds: /),
  row(
    'external-service-accounts',
    'invalid',
    { 'external-service-accounts': 'Bad_Name' },
    /^external-service-accounts: /
  ),
  row('policy', 'unknown', { policy: 'lenient' }, /^policy: /),
  row('kube-version', 'not a version', { 'kube-version': 'latest' }, /^kube-version: /),
  row('helm-version', 'not a version', { 'helm-version': 'v4' }, /^helm-version: /),
  row('helm-path', 'missing', { 'helm-path': 'no/such/helm' }, /^helm-path: "no\/such\/helm" does not exist/),
  row('helm-path', 'a directory', { 'helm-path': 'app' }, /^helm-path: "app" is a directory/),
  row('helm-path', 'a symlink loop', { 'helm-path': 'loop-a' }, /^helm-path: "loop-a" is a symlink loop/),
  row(
    'helm-path',
    'a component over 255 bytes',
    { 'helm-path': LONG },
    /^helm-path: .*longer than 255 bytes/
  ),
  row(
    'helm-path',
    'a symlink out of the workspace',
    { 'helm-path': 'passwd-link' },
    /^helm-path: .*leads outside the workspace/
  ),
  row('helm-download-url', 'no scheme', { 'helm-download-url': 'get.helm.sh' }, /^helm-download-url: /),
  row(
    'helm-download-url',
    'a file: URL',
    { 'helm-download-url': 'file:///etc/passwd' },
    /^helm-download-url: /
  ),
  row(
    'helm-download-url',
    'a port above 65535',
    { 'helm-download-url': 'http://127.0.0.1:99999' },
    /^helm-download-url: port 99999 is out of range/
  ),
  row('reproducible', 'not a boolean', { reproducible: 'maybe' }, /^reproducible: /),
  // Verifier inputs of issue #14/#16 (exemptions, custom workloads, secrets, APIs, dependencies).
  row(
    'external-secrets',
    'not a Secret name',
    { 'external-secrets': 'Bad_Name!' },
    /^external-secrets: "Bad_Name!" is not a valid Secret name/
  ),
  row('exemptions', 'not <Kind>/<name>:<check>=<reason>', { exemptions: 'garbage' }, /^exemptions: /),
  row(
    'custom-workloads',
    'no label selector',
    { 'custom-workloads': 'nope' },
    /^custom-workloads: "nope" is not <Kind>/
  ),
  row('api-versions', 'not <group>/<version>', { 'api-versions': 'not a version' }, /^api-versions: /),
  row(
    'repository-ca-file',
    'does not exist',
    { 'repository-ca-file': 'missing.pem' },
    /^repository-ca-file: /
  ),
  row(
    'repository-ca-file',
    'a symlink out of the workspace',
    { 'repository-ca-file': 'passwd-link' },
    /^repository-ca-file: /
  ),
  row(
    'registry-username',
    'without a password',
    { 'registry-username': 'robot' },
    /^registry-username: is required when registry-password is set|^registry-password: is required when registry-username is set/
  ),
  row(
    'registry-password',
    'without a user name, not echoed',
    { 'registry-password': 'hunter2-registry-secret' },
    /^registry-username: is required when registry-password is set/,
    'hunter2-registry-secret'
  ),
  row(
    'push-to',
    'not an oci:// repository',
    { 'push-to': 'https://registry.example/charts' },
    /^push-to: "https:\/\/registry.example\/charts" is not an OCI repository/
  ),
  row(
    'push-to',
    'with a tag',
    { 'push-to': 'oci://registry.example/charts:1.0' },
    /^push-to: .* is not an OCI repository/
  ),
  row(
    'push-to',
    'a registry port above 65535',
    { 'push-to': 'oci://127.0.0.1:99999/charts' },
    /^push-to: registry port 99999 is out of range/
  ),
  row('registry-plain-http', 'not a boolean', { 'registry-plain-http': 'perhaps' }, /^registry-plain-http: /)
];

test('control: the sandbox notices side effects (a valid run starts helm)', async () => {
  const h = await sb.run('package-and-verify-helm-chart', base(), 5000);
  expect(h.spawned.length + h.connections).toBeGreaterThan(0);
});

test.each(CASES.map(r => [r.input, r.why, r] as const))('%s: %s', async (_input, _why, r) => {
  const c = r.make();
  expectRefusedCleanly(await sb.run('package-and-verify-helm-chart', c.inputs), c);
});

test('every input of action.yml has a hostile row', () => {
  const yml = parse(
    readFileSync(join(repoRoot, 'actions/package-and-verify-helm-chart/action.yml'), 'utf8')
  ) as {
    inputs: Record<string, unknown>;
  };
  const covered = new Set(CASES.map(r => r.input));
  expect(Object.keys(yml.inputs).filter(i => !covered.has(i))).toEqual([]);
});
