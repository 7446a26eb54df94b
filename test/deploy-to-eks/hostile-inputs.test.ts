/**
 * Hostile inputs, every input of deploy-to-eks, through the real bundle: each row must be
 * refused by name before anything happens (no request to the cluster or AWS, no helm started,
 * nothing written), without echoing values that may be secrets or the content of files it
 * points at. See test/helpers/hostileHarness.ts.
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
const base = (): Record<string, string> => ({
  kubeconfig: 'kubeconfig',
  'release-name': 'web',
  namespace: 'apps',
  chart: 'chart'
});
const eks = { kubeconfig: '', 'cluster-name': 'dev-eks', 'aws-region': 'eu-north-1' };

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
  row('cluster-name', 'not an EKS name', { ...eks, 'cluster-name': 'bad name' }, /^cluster-name: /),
  row(
    'cluster-name',
    'together with kubeconfig',
    { 'cluster-name': 'c' },
    /^cluster-name \/ kubeconfig: .*both are set/
  ),
  row(
    'aws-region',
    'not a region',
    { ...eks, 'aws-region': 'north' },
    /^aws-region: "north" is not an AWS region/
  ),
  row(
    'kubeconfig',
    'missing',
    { kubeconfig: 'nope/config' },
    /^kubeconfig: is neither a readable kubeconfig file nor kubeconfig content/
  ),
  row('kubeconfig', 'a directory', { kubeconfig: 'app' }, /^kubeconfig: /),
  row('kubeconfig', 'a symlink loop', { kubeconfig: 'loop-a' }, /^kubeconfig: the path is a symlink loop/),
  row(
    'kubeconfig',
    'a component over 255 bytes (never echoed)',
    { kubeconfig: LONG },
    /^kubeconfig: (the path has a path component longer than 255 bytes|is neither a readable kubeconfig file nor kubeconfig content)/,
    LONG.slice(0, 40)
  ),
  row(
    'kubeconfig',
    'a symlink out of the workspace',
    { kubeconfig: 'passwd-link' },
    /^kubeconfig: the path leads outside the workspace/,
    'root:x'
  ),
  row('release-name', 'missing', { 'release-name': '' }, /^release-name: is required/),
  row('release-name', 'upper case', { 'release-name': 'Web' }, /^release-name: /),
  row('release-name', 'over 53', { 'release-name': 'a'.repeat(54) }, /^release-name: .*53/),
  row('namespace', 'a path', { namespace: 'kube-system/../x' }, /^namespace: /),
  row('namespace', 'over 63', { namespace: 'n'.repeat(64) }, /^namespace: .*63/),
  row('chart', 'does not exist', { chart: 'nope.tgz' }, /^chart: "nope.tgz" does not exist/),
  row('chart', 'a symlink loop', { chart: 'loop-a' }, /^chart: "loop-a" is a symlink loop/),
  row('chart', 'a component over 255 bytes', { chart: LONG }, /^chart: .*longer than 255 bytes/),
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
  row(
    'chart',
    'a directory without Chart.yaml',
    { chart: 'empty-dir' },
    /^chart: directory "empty-dir" has no Chart.yaml/
  ),
  row('chart', 'a bad oci reference', { chart: 'oci://' }, /^chart: "oci:\/\/" is not an oci:\/\/ reference/),
  row(
    'chart',
    'an oci registry port above 65535',
    { chart: 'oci://127.0.0.1:99999/charts/web' },
    /^chart: registry port 99999 is out of range/
  ),
  row(
    'chart',
    'an oci digest that is not sha256 hex',
    { chart: 'oci://r.example/charts/web@sha256:XYZ' },
    /^chart: .*the digest must be sha256: followed by 64 lower-case hex digits/
  ),
  row(
    'chart',
    'an oci repository with upper case',
    { chart: 'oci://r.example/Charts/web' },
    /^chart: .*the repository path must be lower-case/
  ),
  row(
    'chart',
    'given with rollback-to',
    { 'rollback-to': 'previous' },
    /^chart: must be empty with rollback-to/
  ),
  row(
    'chart',
    'given with dry-run record',
    { 'dry-run': 'record' },
    /^chart: must be empty with dry-run record/
  ),
  row(
    'chart-version',
    'with a chart pinned by digest',
    { chart: `oci://r.example/charts/web@sha256:${'a'.repeat(64)}`, 'chart-version': '1.0.0' },
    /^chart-version: must be empty with a chart pinned by digest/
  ),
  row(
    'registry-username',
    'without a password',
    { chart: 'oci://r.example/charts/web', 'registry-username': 'robot' },
    /^registry-password: is required when registry-username is set/
  ),
  row(
    'registry-username',
    'with a colon',
    { chart: 'oci://r.example/charts/web', 'registry-username': 'ro:bot', 'registry-password': 'pw' },
    /^registry-username: must not contain whitespace or ":"/
  ),
  row(
    'registry-password',
    'without a user name, not echoed',
    { chart: 'oci://r.example/charts/web', 'registry-password': 'hunter2-chart-registry' },
    /^registry-username: is required when registry-password is set/,
    'hunter2-chart-registry'
  ),
  row(
    'registry-password',
    'two lines, not echoed',
    {
      chart: 'oci://r.example/charts/web',
      'registry-username': 'robot',
      'registry-password': 'hunter2-line-one\nline-two'
    },
    /^registry-password: must be one line \(the value is not shown\)/,
    'hunter2-line-one'
  ),
  row('registry-plain-http', 'not a boolean', { 'registry-plain-http': 'perhaps' }, /^registry-plain-http: /),
  row(
    'chart-version',
    'with a packaged chart',
    { 'chart-version': '1.0.0' },
    /^chart-version: only applies to oci:\/\/ charts/
  ),
  row(
    'chart-version',
    'not a version',
    { chart: 'oci://r.example/c', 'chart-version': '1.0 && x' },
    /^chart-version: /
  ),
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
    { 'values-files': 'loop-b' },
    /^values-files: "loop-b" is a symlink loop/
  ),
  row(
    'values-files',
    'missing',
    { 'values-files': 'values-prod.yaml' },
    /^values-files: "values-prod.yaml" does not exist/
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
    { set: 'db.password=s3cr3t-4711,evil=1' },
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
  row('image', 'upper case', { image: 'Registry/UPPER' }, /^image: /),
  row('image', 'with a tag', { image: 'repo:tag' }, /^image: /),
  row(
    'image',
    'a registry port above 65535',
    { image: '127.0.0.1:99999/app' },
    /^image: registry port 99999 is out of range/
  ),
  row('image-tag', 'a space', { 'image-tag': 'bad tag' }, /^image-tag: /),
  row('image-digest', 'short', { 'image-digest': 'sha256:abc' }, /^image-digest: /),
  row('image-values-key', 'empty segment', { 'image-values-key': 'a..b' }, /^image-values-key: /),
  row('image-check', 'not a mode', { 'image-check': 'always' }, /^image-check: /),
  row(
    'image-check',
    'on without an image to check',
    { 'image-check': 'on' },
    /^image-check: on needs image with image-digest or image-tag/
  ),
  row(
    'image-check',
    'on with rollback-to',
    { 'image-check': 'on', chart: '', 'rollback-to': 'previous' },
    /^image-check: on does not apply with rollback-to/
  ),
  row('create-namespace', 'not a boolean', { 'create-namespace': 'maybe' }, /^create-namespace: /),
  row(
    'namespace-pod-security',
    'an unknown level',
    { 'namespace-pod-security': 'enforce=strict' },
    /^namespace-pod-security: enforce level "strict" is not one of privileged, baseline, restricted/
  ),
  row(
    'namespace-pod-security',
    'a label injection attempt',
    { 'namespace-pod-security': 'enforce=restricted,app.kubernetes.io/x=y' },
    /^namespace-pod-security: "app\.kubernetes\.io\/x=y" is not MODE=LEVEL/
  ),
  row(
    'namespace-pod-security',
    'audit only (refuses nothing)',
    { 'namespace-pod-security': 'audit=restricted' },
    /^namespace-pod-security: needs enforce=<level>/
  ),
  row(
    'namespace-pod-security',
    'a version that is not v1.<minor>',
    { 'namespace-pod-security': 'enforce=restricted version=v2' },
    /^namespace-pod-security: version "v2" is not latest or v1\.<minor>/
  ),
  row('wait', 'not a boolean', { wait: 'sometimes' }, /^wait: /),
  row(
    'timeout',
    'beyond what helm accepts',
    { timeout: '99999999999999h' },
    /^timeout: "99999999999999h" is longer than helm accepts \(at most 2562047h\)/
  ),
  row('timeout', 'beyond, in seconds', { timeout: '9999999999999' }, /^timeout: .*longer than helm accepts/),
  row('timeout', 'not a duration', { timeout: '5 minutes' }, /^timeout: "5 minutes" is not a duration/),
  row('timeout', 'negative', { timeout: '-1s' }, /^timeout: /),
  row('timeout', 'zero', { timeout: '0s' }, /^timeout: 0s is shorter than the minimum/),
  row('rollback-on-failure', 'not a boolean', { 'rollback-on-failure': 'maybe' }, /^rollback-on-failure: /),
  row('history-max', 'negative', { 'history-max': '-1' }, /^history-max: -1 is out of range/),
  row('history-max', 'not a number', { 'history-max': 'ten' }, /^history-max: /),
  row('skip-unchanged', 'not a boolean', { 'skip-unchanged': 'maybe' }, /^skip-unchanged: /),
  row('recover-stuck', 'not a boolean', { 'recover-stuck': 'maybe' }, /^recover-stuck: /),
  row('dry-run', 'unknown', { 'dry-run': 'maybe' }, /^dry-run: /),
  row('force-conflicts', 'not a boolean', { 'force-conflicts': 'maybe' }, /^force-conflicts: /),
  row(
    'rollback-to',
    'not previous or a number',
    { chart: '', 'rollback-to': 'last' },
    /^rollback-to: "last" is neither previous nor a revision number/
  ),
  row('rollback-to', 'revision zero', { chart: '', 'rollback-to': '0' }, /^rollback-to: "0" is neither/),
  row(
    'rollback-to',
    'with an image',
    { chart: '', 'rollback-to': '3', image: 'registry.example/web' },
    /^rollback-to: cannot be combined with image/
  ),
  row(
    'rollback-to',
    'with a dry run',
    { chart: '', 'rollback-to': 'previous', 'dry-run': 'diff' },
    /^rollback-to: cannot be combined with dry-run/
  ),
  row(
    'smoke-path',
    'dot segments to a Secret',
    { 'smoke-path': '/../../../../api/v1/namespaces/kube-system/secrets/x' },
    /^smoke-path: must not contain \. or \.\. segments/
  ),
  row(
    'smoke-path',
    'encoded dot segments',
    { 'smoke-path': '/%2e%2e/%2E./api' },
    /^smoke-path: must not contain an encoded dot/
  ),
  row('smoke-path', 'a URL', { 'smoke-path': 'http://evil.example/x' }, /^smoke-path: must start with \//),
  row('smoke-path', 'a host', { 'smoke-path': '//evil.example/x' }, /^smoke-path: must not start with \/\//),
  row(
    'smoke-path',
    'a backslash',
    { 'smoke-path': '/..\\..\\api' },
    /^smoke-path: must not contain a backslash/
  ),
  row('smoke-service', 'without smoke-path', { 'smoke-service': 'web' }, /^smoke-service: needs smoke-path/),
  row(
    'smoke-service',
    'not a service',
    { 'smoke-path': '/health', 'smoke-service': 'Bad_Svc' },
    /^smoke-service: /
  ),
  row('helm-version', 'not a version', { 'helm-version': 'latest' }, /^helm-version: /),
  row('helm-path', 'missing', { 'helm-path': '/opt/no-helm' }, /^helm-path: "\/opt\/no-helm" does not exist/),
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
  // Gates, fail-fast and Argo Rollouts pause handling (gates/gateInputs.ts).
  row('helm-test', 'not a boolean', { 'helm-test': 'maybe' }, /^helm-test: /),
  row('helm-test-timeout', 'not a duration', { 'helm-test-timeout': '5 parsecs' }, /^helm-test-timeout: /),
  row(
    'helm-test-timeout',
    'beyond what helm accepts',
    { 'helm-test-timeout': '99999999999999h' },
    /^helm-test-timeout: /
  ),
  row('on-gate-failure', 'not rollback or fail', { 'on-gate-failure': 'ignore' }, /^on-gate-failure: /),
  row(
    'on-first-install-gate-failure',
    'not uninstall or keep',
    { 'on-first-install-gate-failure': 'delete' },
    /^on-first-install-gate-failure: /
  ),
  row('fail-fast', 'not a boolean', { 'fail-fast': 'sometimes' }, /^fail-fast: /),
  row(
    'fail-fast-image-pull-grace',
    'not a duration',
    { 'fail-fast-image-pull-grace': 'soon' },
    /^fail-fast-image-pull-grace: /
  ),
  row(
    'fail-fast-config-error-grace',
    'negative',
    { 'fail-fast-config-error-grace': '-5s' },
    /^fail-fast-config-error-grace: /
  ),
  row(
    'fail-fast-unschedulable-grace',
    'overflows',
    { 'fail-fast-unschedulable-grace': '99999999999999h' },
    /^fail-fast-unschedulable-grace: /
  ),
  row(
    'fail-fast-crashloop-restarts',
    'zero',
    { 'fail-fast-crashloop-restarts': '0' },
    /^fail-fast-crashloop-restarts: /
  ),
  row(
    'fail-fast-crashloop-restarts',
    'not a number',
    { 'fail-fast-crashloop-restarts': 'many' },
    /^fail-fast-crashloop-restarts: /
  ),
  row('rollout-pause', 'not wait, promote or fail', { 'rollout-pause': 'skip' }, /^rollout-pause: /)
];

test('control: the sandbox notices side effects (a valid run calls the cluster)', async () => {
  const h = await sb.run('deploy-to-eks', base(), 5000);
  expect(h.spawned.length + h.connections).toBeGreaterThan(0);
});

test.each(CASES.map(r => [r.input, r.why, r] as const))('%s: %s', async (_input, _why, r) => {
  const c = r.make();
  expectRefusedCleanly(await sb.run('deploy-to-eks', c.inputs), c);
});

test('every input of action.yml has a hostile row', () => {
  const yml = parse(readFileSync(join(repoRoot, 'actions/deploy-to-eks/action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const covered = new Set(CASES.map(r => r.input));
  expect(Object.keys(yml.inputs).filter(i => !covered.has(i))).toEqual([]);
});
