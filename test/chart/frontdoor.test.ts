/**
 * The frontdoor chart through the real helm (lint, template, package) and the real checkov
 * (kubernetes framework) over the rendered manifests. No cluster is needed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { runAction } from '../helpers/runAction';

const repoRoot = path.resolve(__dirname, '..', '..');
const chartDir = path.join(repoRoot, 'charts', 'frontdoor');
const toolsBin = path.join(repoRoot, '.tools', 'bin');
const ENVS = ['dev', 'staging', 'prod'] as const;
type Env = (typeof ENVS)[number];

// A digest that exists nowhere: only its shape matters to the chart.
const FAKE_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
// Obviously fake account (all zeros), never a real one.
const FAKE_ROLE_ARN = 'arn:aws:iam::000000000000:role/test-only/frontdoor-irsa';

/** Finds a tool in .tools/bin first, then on PATH (the project's contract), or says how to get it. */
function tool(name: string): string {
  const dirs = [toolsBin, ...(process.env.PATH ?? '').split(path.delimiter)].filter(Boolean);
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `${name} not found in ${toolsBin} or on PATH; run the bootstrap script that installs .tools/bin/${name}`
  );
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', code => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

// Loosely typed view of a rendered Kubernetes object; each assertion narrows what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type K8s = Record<string, any>;

const namespaceOf = (env: Env): string => `flygtaxi-${env}`;
const releaseOf = (env: Env): string => `flygtaxi-${env}-frontdoor`;

function valuesArgs(env: Env): string[] {
  return ['--values', path.join(chartDir, `values-${env}.yaml`)];
}

async function template(env: Env, extra: string[] = []): Promise<{ docs: K8s[]; text: string }> {
  const r = await run(helm, [
    'template',
    releaseOf(env),
    chartDir,
    '--namespace',
    namespaceOf(env),
    ...valuesArgs(env),
    ...extra
  ]);
  if (r.code !== 0) throw new Error(`helm template ${env} failed: ${r.stderr}`);
  const docs = parseAllDocuments(r.stdout).map(d => {
    if (d.errors.length > 0)
      throw new Error(`rendered YAML does not parse: ${d.errors.map(e => e.message).join('; ')}`);
    return d.toJS() as K8s | null;
  });
  return { docs: docs.filter((d): d is K8s => d !== null), text: r.stdout };
}

function only(docs: K8s[], kind: string, hook = false): K8s {
  const found = docs.filter(
    d => d.kind === kind && Boolean(d.metadata?.annotations?.['helm.sh/hook']) === hook
  );
  if (found.length !== 1)
    throw new Error(`expected exactly one ${kind}${hook ? ' hook' : ''}, found ${found.length}`);
  return found[0] as K8s;
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

let helm: string;
let checkov: string;
let work: string;
let appVersion: string;

beforeAll(() => {
  helm = tool('helm');
  checkov = tool('checkov');
  work = mkdtempSync(path.join(tmpdir(), 'frontdoor-chart-'));
  const chartYaml = readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8');
  appVersion = String((parseYaml(chartYaml) as { appVersion?: unknown }).appVersion ?? '');
  expect(appVersion).not.toBe('');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each(ENVS)('frontdoor chart, %s values (real helm)', env => {
  let docs: K8s[];
  let deployment: K8s;
  let podSpec: K8s;
  let container: K8s;

  beforeAll(async () => {
    ({ docs } = await template(env));
    deployment = only(docs, 'Deployment');
    podSpec = deployment.spec.template.spec;
    expect(podSpec.containers).toHaveLength(1);
    container = podSpec.containers[0];
  }, 120_000);

  test('helm lint --strict passes', async () => {
    const r = await run(helm, [
      'lint',
      '--strict',
      chartDir,
      '--namespace',
      namespaceOf(env),
      ...valuesArgs(env)
    ]);
    expect(r.stderr + r.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(r.code).toBe(0);
  });

  test('renders the required kinds, all in the release namespace with the standard labels', () => {
    const kinds = docs.map(d => d.kind);
    for (const kind of [
      'Deployment',
      'Service',
      'ServiceAccount',
      'Ingress',
      'PodDisruptionBudget',
      'NetworkPolicy'
    ]) {
      expect(kinds).toContain(kind);
    }
    for (const d of docs) {
      expect(d.metadata.namespace).toBe(namespaceOf(env));
      const labels = d.metadata.labels as Record<string, string>;
      expect(labels['app.kubernetes.io/instance']).toBe(releaseOf(env));
      expect(labels['app.kubernetes.io/managed-by']).toBe('Helm');
      expect(labels['app.kubernetes.io/name']).toMatch(/^frontdoor/);
      expect(labels['helm.sh/chart']).toMatch(/^frontdoor-\d+\.\d+\.\d+/);
    }
    expect(deployment.metadata.name).toBe(releaseOf(env));
    expect(deployment.metadata.labels['app.kubernetes.io/version']).toBe(appVersion);
  });

  test('Deployment: rolling update, probes on /ready /healthz, startup probe, zone spread', () => {
    expect(deployment.spec.strategy.type).toBe('RollingUpdate');
    expect(deployment.spec.strategy.rollingUpdate).toEqual(
      expect.objectContaining({ maxUnavailable: expect.anything(), maxSurge: expect.anything() })
    );
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe.httpGet.port).toBe('http');
    const zoneSpread = (podSpec.topologySpreadConstraints as K8s[]).find(
      c => c.topologyKey === 'topology.kubernetes.io/zone'
    );
    expect(zoneSpread).toBeDefined();
    expect(matches(zoneSpread!.labelSelector.matchLabels, deployment.spec.template.metadata.labels)).toBe(
      true
    );
  });

  test('Deployment: Pod Security "restricted" fields, read-only root with /tmp emptyDir, no API token', () => {
    expect(podSpec.securityContext).toEqual(
      expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } })
    );
    expect(podSpec.securityContext.runAsUser).toBeGreaterThanOrEqual(10000);
    expect(container.securityContext).toEqual(
      expect.objectContaining({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] }
      })
    );
    expect(podSpec.hostNetwork).toBeUndefined();
    expect(podSpec.automountServiceAccountToken).toBe(false);
    const tmpMount = (container.volumeMounts as K8s[]).find(m => m.mountPath === '/tmp');
    expect(tmpMount).toBeDefined();
    const tmpVolume = (podSpec.volumes as K8s[]).find(v => v.name === tmpMount!.name);
    expect(tmpVolume?.emptyDir).toBeDefined();
    for (const key of ['requests', 'limits']) {
      expect(container.resources[key].cpu).toBeDefined();
      expect(container.resources[key].memory).toBeDefined();
    }
  });

  test('container port "http" is what CONTAINER_PORT says; image defaults to appVersion, never latest', () => {
    const port = (container.ports as K8s[]).find(p => p.name === 'http');
    expect(port?.containerPort).toBe(8080);
    const envVars = Object.fromEntries((container.env as K8s[]).map(e => [e.name, e.value]));
    expect(envVars.CONTAINER_PORT).toBe('8080');
    expect(envVars.LOG_LEVEL).toBe(env === 'dev' ? 'debug' : 'info');
    expect(container.image).toBe(`frontdoor:${appVersion}`);
    expect(container.image).not.toMatch(/:latest$/);
  });

  test('Service selects the pods and targets the http port; ServiceAccount exists without a role annotation', () => {
    const service = only(docs, 'Service');
    expect(service.spec.type).toBe('ClusterIP');
    expect(matches(service.spec.selector, deployment.spec.template.metadata.labels)).toBe(true);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const sa = only(docs, 'ServiceAccount');
    expect(sa.metadata.name).toBe(`flygtaxi-${env}-frontdoor`);
    expect(podSpec.serviceAccountName).toBe(sa.metadata.name);
    expect(sa.automountServiceAccountToken).toBe(false);
    // No role ARN in the values: the annotation must be absent, not empty or malformed.
    expect(sa.metadata.annotations?.['eks.amazonaws.com/role-arn']).toBeUndefined();
  });

  test('ALB Ingress: class, scheme, target type, ssl redirect, health check, backend = the Service', () => {
    const ingress = only(docs, 'Ingress');
    const service = only(docs, 'Service');
    expect(ingress.spec.ingressClassName).toBe('alb');
    const a = ingress.metadata.annotations as Record<string, string>;
    expect(a['alb.ingress.kubernetes.io/scheme']).toBe('internet-facing');
    expect(a['alb.ingress.kubernetes.io/target-type']).toBe('ip');
    expect(a['alb.ingress.kubernetes.io/ssl-redirect']).toBe('443');
    expect(JSON.parse(a['alb.ingress.kubernetes.io/listen-ports'] ?? 'null')).toEqual([
      { HTTP: 80 },
      { HTTPS: 443 }
    ]);
    expect(a['alb.ingress.kubernetes.io/healthcheck-path']).toBe('/ready');
    const rule = ingress.spec.rules[0];
    expect(rule.host).toMatch(/\.example\.com$/);
    expect(rule.http.paths[0].path).toBe('/');
    expect(rule.http.paths[0].backend.service).toEqual({
      name: service.metadata.name,
      port: { number: service.spec.ports[0].port }
    });
  });

  test('PodDisruptionBudget and NetworkPolicy select the pods; PDB always allows evicting unhealthy pods', () => {
    const podLabels = deployment.spec.template.metadata.labels;
    const pdb = only(docs, 'PodDisruptionBudget');
    expect(pdb.spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
    const np = only(docs, 'NetworkPolicy');
    expect(matches(np.spec.podSelector.matchLabels, podLabels)).toBe(true);
    expect(np.spec.ingress[0].ports).toEqual([{ port: 'http', protocol: 'TCP' }]);
  });

  test('helm test hook requests /health through the Service and is not selected by it', () => {
    const testPod = only(docs, 'Pod', true);
    const service = only(docs, 'Service');
    expect(testPod.metadata.annotations['helm.sh/hook']).toBe('test');
    const url = (testPod.spec.containers[0].env as K8s[]).find(e => e.name === 'HEALTH_URL')?.value;
    expect(url).toBe(`http://${service.metadata.name}.${namespaceOf(env)}.svc:80/health`);
    expect(matches(service.spec.selector, testPod.metadata.labels)).toBe(false);
    expect(testPod.spec.securityContext.runAsNonRoot).toBe(true);
    expect(testPod.spec.containers[0].securityContext.allowPrivilegeEscalation).toBe(false);
  });

  test('replicas and autoscaling per environment', () => {
    const hpas = docs.filter(d => d.kind === 'HorizontalPodAutoscaler');
    if (env === 'prod') {
      expect(hpas).toHaveLength(1);
      const hpa = hpas[0] as K8s;
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec.scaleTargetRef).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: deployment.metadata.name
      });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThanOrEqual(hpa.spec.minReplicas);
      // The HPA owns the count: a replicas field would reset it on every upgrade.
      expect(deployment.spec.replicas).toBeUndefined();
    } else {
      expect(hpas).toHaveLength(0);
      expect(deployment.spec.replicas).toBe(env === 'dev' ? 1 : 2);
    }
  });

  test('checkov (kubernetes framework) finds no failed check; every suppression carries a reason', async () => {
    const { text } = await template(env);
    const result = await checkovOver(env, text);
    // checkov counts the rendered objects (and may add derived ones), never fewer.
    expect(result.resourceCount).toBeGreaterThanOrEqual(docs.length);
    const failed = result.failed.map(f => `${f.check_id} ${f.resource}: ${f.check_name}`);
    expect(failed).toEqual([]);
    expect(result.passed).toBeGreaterThan(50);
    for (const s of result.skipped) {
      expect(s.suppress_comment).not.toBe('No comment provided');
      expect(s.suppress_comment.length).toBeGreaterThan(20);
    }
    const skippedIds = [...new Set(result.skipped.map(s => `${s.check_id} on ${s.resource}`))].sort();
    console.log(`checkov ${env}: ${result.passed} passed, 0 failed, suppressed: ${skippedIds.join('; ')}`);
  }, 300_000);
});

interface CheckovResult {
  passed: number;
  failed: { check_id: string; check_name: string; resource: string }[];
  skipped: { check_id: string; resource: string; suppress_comment: string }[];
  resourceCount: number;
}

/** Runs checkov's kubernetes framework over a directory of rendered manifests and reads its JSON report. */
async function runCheckov(dir: string): Promise<CheckovResult> {
  const r = await run(
    checkov,
    ['--directory', dir, '--framework', 'kubernetes', '--output', 'json', '--compact', '--skip-download'],
    // No platform account: keep checkov from calling home (there is no internet here anyway).
    { BC_SKIP_MAPPING: 'TRUE' }
  );
  // Exit code 1 only means "failed checks"; anything else, or no JSON, is a broken run.
  if (r.code !== 0 && r.code !== 1) throw new Error(`checkov exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const parsed = JSON.parse(r.stdout) as K8s | K8s[];
  const reports = (Array.isArray(parsed) ? parsed : [parsed]).filter(p => p.check_type === 'kubernetes');
  expect(reports).toHaveLength(1);
  const { results, summary } = reports[0] as K8s;
  expect(summary.parsing_errors).toBe(0);
  return {
    passed: (results.passed_checks as K8s[]).length,
    failed: (results.failed_checks as K8s[]).map(f => ({
      check_id: f.check_id,
      check_name: f.check_name,
      resource: f.resource
    })),
    skipped: (results.skipped_checks as K8s[]).map(s => ({
      check_id: s.check_id,
      resource: s.resource,
      suppress_comment: s.check_result?.suppress_comment ?? ''
    })),
    resourceCount: summary.resource_count
  };
}

async function checkovOver(name: string, manifests: string): Promise<CheckovResult> {
  const dir = mkdtempSync(path.join(work, `checkov-${name}-`));
  writeFileSync(path.join(dir, 'rendered.yaml'), manifests);
  return runCheckov(dir);
}

describe('frontdoor chart inputs (real helm)', () => {
  test('image digest wins over the tag, and the digest suppression of checkov disappears', async () => {
    const { docs } = await template('dev', [
      '--set',
      'image.repository=127.0.0.1:5000/flygtaxi/frontdoor',
      '--set',
      'image.tag=frontdoor-abc123',
      '--set',
      `image.digest=${FAKE_DIGEST}`
    ]);
    const deployment = only(docs, 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe(`127.0.0.1:5000/flygtaxi/frontdoor@${FAKE_DIGEST}`);
    expect(Object.values(deployment.metadata.annotations ?? {}).join(' ')).not.toContain('CKV_K8S_43');
    // The tag still tells the app (and /status) which build it is.
    expect((container.env as K8s[]).find(e => e.name === 'APP_VERSION')?.value).toBe('frontdoor-abc123');
    const testPod = only(docs, 'Pod', true);
    expect(testPod.spec.containers[0].image).toBe(container.image);
  });

  test('image by tag when no digest is given', async () => {
    const { docs } = await template('dev', ['--set', 'image.tag=frontdoor-abc123']);
    expect(only(docs, 'Deployment').spec.template.spec.containers[0].image).toBe(
      'frontdoor:frontdoor-abc123'
    );
  });

  test('checkov passes with a digest and no suppression of CKV_K8S_43', async () => {
    const { text } = await template('prod', ['--set', `image.digest=${FAKE_DIGEST}`]);
    const result = await checkovOver('digest', text);
    expect(result.failed).toEqual([]);
    expect(result.skipped.map(s => s.check_id)).not.toContain('CKV_K8S_43');
  }, 300_000);

  test('the suppressions are load-bearing: without them checkov fails exactly those checks', async () => {
    const { text } = await template('dev');
    const withSkips = await checkovOver('with-skips', text);
    const stripped = text
      .split('\n')
      .filter(line => !/^\s*checkov\.io\/skip\d+:/.test(line))
      .join('\n');
    const withoutSkips = await checkovOver('without-skips', stripped);
    const key = (c: { check_id: string; resource: string }): string => `${c.check_id} ${c.resource}`;
    expect(withSkips.skipped.length).toBeGreaterThan(0);
    expect(withoutSkips.skipped).toEqual([]);
    expect(withoutSkips.failed.map(key).sort()).toEqual(withSkips.skipped.map(key).sort());
  }, 300_000);

  test('an IRSA role ARN becomes the ServiceAccount annotation', async () => {
    const { docs } = await template('dev', ['--set', `serviceAccount.roleArn=${FAKE_ROLE_ARN}`]);
    const sa = only(docs, 'ServiceAccount');
    expect(sa.metadata.annotations['eks.amazonaws.com/role-arn']).toBe(FAKE_ROLE_ARN);
    expect(sa.metadata.annotations['eks.amazonaws.com/role-arn']).toMatch(/^arn:aws:iam::\d{12}:role\/.+/);
  });

  test('an existing ServiceAccount is referenced, not created', async () => {
    const { docs } = await template('dev', ['--set', 'serviceAccount.create=false']);
    expect(docs.filter(d => d.kind === 'ServiceAccount')).toHaveLength(0);
    expect(only(docs, 'Deployment').spec.template.spec.serviceAccountName).toBe('flygtaxi-dev-frontdoor');
  });

  test('automountServiceAccountToken can be turned on by a value', async () => {
    const { docs } = await template('dev', ['--set', 'serviceAccount.automountServiceAccountToken=true']);
    expect(only(docs, 'Deployment').spec.template.spec.automountServiceAccountToken).toBe(true);
  });

  test('podLabels add to the pod labels but cannot replace the selector labels', async () => {
    const { docs } = await template('dev', [
      '--set',
      'podLabels.team=core',
      '--set',
      'podLabels.app\\.kubernetes\\.io/name=other'
    ]);
    const deployment = only(docs, 'Deployment');
    const labels = deployment.spec.template.metadata.labels;
    expect(labels.team).toBe('core');
    expect(labels['app.kubernetes.io/name']).toBe('frontdoor');
    expect(matches(deployment.spec.selector.matchLabels, labels)).toBe(true);
  });

  test('Service type LoadBalancer is selectable', async () => {
    const { docs } = await template('dev', ['--set', 'service.type=LoadBalancer']);
    expect(only(docs, 'Service').spec.type).toBe('LoadBalancer');
  });

  test('HPA and NetworkPolicy are optional; an egress rule list turns on egress filtering', async () => {
    const off = await template('prod', [
      '--set',
      'autoscaling.enabled=false',
      '--set',
      'networkPolicy.enabled=false'
    ]);
    expect(off.docs.map(d => d.kind)).not.toContain('HorizontalPodAutoscaler');
    expect(off.docs.map(d => d.kind)).not.toContain('NetworkPolicy');
    expect(only(off.docs, 'Deployment').spec.replicas).toBe(3);
    const egress = await template('dev', ['--set', 'networkPolicy.egress[0].ports[0].port=443']);
    const np = only(egress.docs, 'NetworkPolicy');
    expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(np.spec.egress).toEqual([{ ports: [{ port: 443 }] }]);
  });

  test('PDB minAvailable wins over maxUnavailable', async () => {
    const { docs } = await template('prod', ['--set', 'podDisruptionBudget.minAvailable=2']);
    const pdb = only(docs, 'PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBe(2);
    expect(pdb.spec.maxUnavailable).toBeUndefined();
  });

  test('NOTES.txt renders with the release facts', async () => {
    const r = await run(helm, [
      'install',
      releaseOf('dev'),
      chartDir,
      '--dry-run=client',
      '--namespace',
      namespaceOf('dev'),
      ...valuesArgs('dev')
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NOTES:');
    expect(r.stdout).toContain('https://frontdoor.dev.example.com/status');
    expect(r.stdout).toContain('helm test flygtaxi-dev-frontdoor --namespace flygtaxi-dev');
  });
});

describe('frontdoor chart rejects bad values with a clear message (real helm)', () => {
  const rejected: [string, string[], RegExp[]][] = [
    ['an unknown top-level key', ['--set', 'replicas=2'], [/additional propert/i, /replicas/]],
    ['an unknown nested key', ['--set', 'image.tagg=1.0.0'], [/additional propert/i, /tagg/, /image/]],
    ['a wrong type', ['--set-string', 'replicaCount=two'], [/replicaCount/, /integer/]],
    ['a wrong type in a nested key', ['--set', 'ingress.tls=yes'], [/ingress\/tls/, /boolean/]],
    ['a malformed digest', ['--set', 'image.digest=sha256:abc'], [/image\/digest/]],
    [
      'a malformed IRSA role ARN',
      ['--set', 'serviceAccount.roleArn=arn:aws:iam::123:user/bob'],
      [/serviceAccount\.roleArn "arn:aws:iam::123:user\/bob" must be an IAM role ARN/]
    ],
    [
      'a role ARN hidden in the ServiceAccount annotations',
      ['--set', 'serviceAccount.annotations.eks\\.amazonaws\\.com/role-arn=x'],
      [/serviceAccount\.annotations must not set eks\.amazonaws\.com\/role-arn/]
    ],
    [
      'a tag inside image.repository, reported together with another problem',
      ['--set', 'image.repository=foo/bar:latest', '--set', 'shutdownDelaySeconds=40'],
      [
        /image\.repository "foo\/bar:latest" must be a repository without tag or digest/,
        /shutdownDelaySeconds \(40\)/
      ]
    ],
    ['a Service type outside ClusterIP/LoadBalancer', ['--set', 'service.type=NodePort'], [/service\/type/]],
    ['a privileged container', ['--set', 'securityContext.privileged=true'], [/securityContext\/privileged/]],
    [
      'a referenced ServiceAccount without a name',
      ['--set', 'serviceAccount.create=false', '--set', 'serviceAccount.name='],
      [/serviceAccount\.name is required when serviceAccount\.create is false/]
    ],
    [
      'maxReplicas below minReplicas',
      [
        '--set',
        'autoscaling.enabled=true',
        '--set',
        'autoscaling.minReplicas=5',
        '--set',
        'autoscaling.maxReplicas=3'
      ],
      [/autoscaling\.maxReplicas \(3\) must be >= autoscaling\.minReplicas \(5\)/]
    ],
    [
      'a drain that outlasts the grace period',
      ['--set', 'drainTimeoutSeconds=60'],
      [
        /shutdownDelaySeconds \(5\) \+ drainTimeoutSeconds \(60\) must be less than terminationGracePeriodSeconds \(30\)/
      ]
    ],
    [
      'an ssl redirect without tls',
      ['--set', 'ingress.tls=false'],
      [/ingress\.sslRedirect needs ingress\.tls: true/]
    ]
  ];

  test.each(rejected)('%s', async (_name, args, expected) => {
    const r = await run(helm, [
      'template',
      releaseOf('dev'),
      chartDir,
      '--namespace',
      namespaceOf('dev'),
      ...valuesArgs('dev'),
      ...args
    ]);
    expect(r.code).not.toBe(0);
    for (const re of expected) expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(/goroutine|panic:/);
  });
});

/** Lists a .tgz's entries (name -> sha256 of content) from the raw tar, so that the comparison does not depend on a tar CLI. */
function tarEntries(tgz: Buffer): Map<string, string> {
  const tar = gunzipSync(tgz);
  const entries = new Map<string, string>();
  let off = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every(b => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const body = tar.subarray(off + 512, off + 512 + size);
    entries.set(prefix ? `${prefix}/${name}` : name, createHash('sha256').update(body).digest('hex'));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

describe('helm package reproducibility (real helm)', () => {
  async function packageChart(dir: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<Buffer> {
    const r = await run(helm, ['package', dir, '--destination', out], env);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(['frontdoor-0.1.0.tgz']);
    return readFileSync(path.join(out, 'frontdoor-0.1.0.tgz'));
  }
  const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

  test('packaging the same checkout twice gives a byte-identical .tgz', async () => {
    const first = await packageChart(chartDir, path.join(work, 'pkg-1'));
    // Over a second apart, so a "now" timestamp in the archive would show up as a difference.
    await new Promise(res => setTimeout(res, 1100));
    const second = await packageChart(chartDir, path.join(work, 'pkg-2'));
    const a = tarEntries(first);
    const b = tarEntries(second);
    expect([...a.keys()]).toEqual(
      expect.arrayContaining([
        'frontdoor/Chart.yaml',
        'frontdoor/values.schema.json',
        'frontdoor/templates/serviceaccount.yaml'
      ])
    );
    expect([...b.entries()]).toEqual([...a.entries()]);
    console.log(
      `helm package twice, same checkout: .tgz ${first.equals(second) ? 'byte-identical' : 'NOT byte-identical'} (sha256 ${sha256(first)} / ${sha256(second)}, ${a.size} files)`
    );
    expect(first.equals(second)).toBe(true);
  }, 120_000);

  test('another checkout (other file mtimes) is byte-identical only with SOURCE_DATE_EPOCH', async () => {
    // Helm stores each file's mtime in the tar headers; a fresh git checkout has fresh mtimes.
    const copy = path.join(work, 'checkout-2', 'frontdoor');
    cpSync(chartDir, copy, { recursive: true });
    const other = new Date('2001-02-03T04:05:06Z');
    for (const entry of readdirSync(copy, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), other, other);
    }
    const plainA = await packageChart(chartDir, path.join(work, 'plain-a'));
    const plainB = await packageChart(copy, path.join(work, 'plain-b'));
    const epoch = { SOURCE_DATE_EPOCH: '1700000000' };
    const pinnedA = await packageChart(chartDir, path.join(work, 'pinned-a'), epoch);
    const pinnedB = await packageChart(copy, path.join(work, 'pinned-b'), epoch);
    console.log(
      `helm package, two checkouts: without SOURCE_DATE_EPOCH ${plainA.equals(plainB) ? 'identical' : 'different'}; ` +
        `with SOURCE_DATE_EPOCH ${pinnedA.equals(pinnedB) ? 'byte-identical' : 'different'} (sha256 ${sha256(pinnedA)})`
    );
    expect(plainA.equals(plainB)).toBe(false);
    expect(pinnedA.equals(pinnedB)).toBe(true);
  }, 120_000);
});

describe('frontdoor chart: secrets and monitoring parts (real helm, real promtool)', () => {
  const ON: Record<Env, string[]> = {
    dev: [],
    staging: ['PrometheusRule', 'ServiceMonitor'],
    prod: ['ExternalSecret', 'PrometheusRule', 'SecretStore', 'ServiceMonitor']
  };
  const OPTIONAL = ['ExternalSecret', 'PrometheusRule', 'SecretStore', 'ServiceMonitor'];

  test.each(ENVS)('%s values turn on exactly their optional parts', async env => {
    const { docs } = await template(env);
    expect(
      docs
        .map(d => String(d.kind))
        .filter(k => OPTIONAL.includes(k))
        .sort()
    ).toEqual(ON[env]);
  });

  // package-and-verify's verifier (the bundle, policy strict) over the same values: the optional
  // parts are rendered where the values turn them on, and its Secret-reference and ServiceMonitor
  // checks find nothing (the pods' Secret is the one the ExternalSecret produces).
  test.each(ENVS)(
    '%s: package-and-verify passes strict with those parts on',
    async env => {
      const run = await runAction(
        'package-and-verify-helm-chart',
        {
          chart: 'charts/frontdoor',
          'values-files': `charts/frontdoor/values.yaml\ncharts/frontdoor/values-${env}.yaml`,
          'release-name': releaseOf(env),
          namespace: `flygtaxi-${env}`,
          destination: mkdtempSync(path.join(work, `verify-${env}-`)),
          policy: 'strict'
        },
        { env: { PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}` } }
      );
      expect(run.stdout).not.toMatch(/^::(error|warning)/m);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['findings']).toBe('0');
      const kinds = JSON.parse(run.outputs['kinds'] ?? '{}') as Record<string, number>;
      expect(
        Object.keys(kinds)
          .filter(k => OPTIONAL.includes(k))
          .sort()
      ).toEqual(ON[env]);
    },
    120_000
  );

  test('prod: the SecretStore authenticates as the chart ServiceAccount; the pods mount the produced Secret read-only', async () => {
    const { docs } = await template('prod', ['--set', `serviceAccount.roleArn=${FAKE_ROLE_ARN}`]);
    const store = only(docs, 'SecretStore');
    const es = only(docs, 'ExternalSecret');
    const sa = only(docs, 'ServiceAccount');
    const deployment = only(docs, 'Deployment');
    expect(store.apiVersion).toBe('external-secrets.io/v1');
    expect(store.spec.provider.aws).toEqual({
      service: 'SecretsManager',
      region: 'eu-north-1',
      auth: { jwt: { serviceAccountRef: { name: sa.metadata.name } } }
    });
    expect(sa.metadata.annotations['eks.amazonaws.com/role-arn']).toBe(FAKE_ROLE_ARN);
    expect(es.spec.secretStoreRef).toEqual({ kind: 'SecretStore', name: store.metadata.name });
    expect(es.spec.data).toEqual([
      {
        secretKey: 'session-signing-key',
        remoteRef: { key: 'flygtaxi/prod/frontdoor/app', property: 'session-signing-key' }
      }
    ]);
    const target = es.spec.target.name as string;
    expect(target).toBe(`${releaseOf('prod')}-secrets`);
    const pod = deployment.spec.template.spec;
    const volume = (pod.volumes as K8s[]).find(v => v.secret);
    expect(volume).toEqual({ name: 'external-secrets', secret: { secretName: target, defaultMode: 0o440 } });
    expect(pod.containers[0].volumeMounts).toContainEqual({
      name: 'external-secrets',
      mountPath: '/var/run/secrets/frontdoor',
      readOnly: true
    });
    // Files, never environment variables.
    expect(JSON.stringify(pod.containers[0].env)).not.toContain('secretKeyRef');
    expect(pod.containers[0].envFrom).toBeUndefined();
  });

  test.each(['staging', 'prod'] as const)(
    '%s: the ServiceMonitor selects the release Service only and scrapes its http port',
    async env => {
      const { docs } = await template(env);
      const sm = only(docs, 'ServiceMonitor');
      const services = docs.filter(d => d.kind === 'Service');
      const selected = services.filter(s => matches(sm.spec.selector.matchLabels, s.metadata.labels));
      expect(selected.map(s => s.metadata.name)).toEqual([releaseOf(env)]);
      expect(sm.spec.namespaceSelector).toEqual({ matchNames: [namespaceOf(env)] });
      const ports = (selected[0]?.spec.ports as K8s[]).map(p => p.name);
      expect(sm.spec.endpoints).toEqual([
        { port: 'http', path: '/metrics', interval: '30s', scrapeTimeout: '10s', scheme: 'http' }
      ]);
      expect(ports).toContain(sm.spec.endpoints[0].port);
      // The rules select job=<release>: the ServiceMonitor's jobLabel must yield exactly that.
      expect(selected[0]?.metadata.labels[sm.spec.jobLabel]).toBe(releaseOf(env));
    }
  );

  test('a ServiceMonitor label is added but cannot replace the chart labels', async () => {
    const { docs } = await template('staging', [
      '--set',
      'serviceMonitor.labels.release=kube-prometheus-stack',
      '--set',
      'serviceMonitor.labels.app\\.kubernetes\\.io/instance=other'
    ]);
    const labels = only(docs, 'ServiceMonitor').metadata.labels;
    expect(labels.release).toBe('kube-prometheus-stack');
    expect(labels['app.kubernetes.io/instance']).toBe(releaseOf('staging'));
  });

  describe('the rendered PrometheusRule through promtool', () => {
    let promtool: string;
    let dir: string;

    beforeAll(async () => {
      promtool = tool('promtool');
      dir = mkdtempSync(path.join(work, 'promtool-'));
      const { docs } = await template('prod');
      const rule = only(docs, 'PrometheusRule');
      // promtool reads a Prometheus rule file: the PrometheusRule's spec is exactly that shape.
      writeFileSync(path.join(dir, 'rules.yaml'), JSON.stringify(rule.spec, null, 2));
    }, 120_000);

    test('promtool check rules accepts the rules', async () => {
      const r = await run(promtool, ['check', 'rules', path.join(dir, 'rules.yaml')]);
      expect(`${r.stdout}${r.stderr}`).toMatch(/SUCCESS: 2 rules found/);
      expect(r.code).toBe(0);
    });

    test('promtool check rules refuses a broken expression (the check is real)', async () => {
      const spec = JSON.parse(readFileSync(path.join(dir, 'rules.yaml'), 'utf8')) as K8s;
      spec.groups[0].rules[0].expr = 'sum(rate(frontdoor_http_requests_total[5m]) >';
      const broken = path.join(dir, 'broken.yaml');
      writeFileSync(broken, JSON.stringify(spec));
      const r = await run(promtool, ['check', 'rules', broken]);
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toMatch(/FAILED/);
    });

    test('promtool test rules: 10% 5xx fires the error-rate alert, slow pages the latency one, probes do not', async () => {
      const job = `job="${releaseOf('prod')}",namespace="${namespaceOf('prod')}"`;
      // Series named and labelled as example-app/src/metrics.ts exports them (per minute increments).
      const series = [
        {
          series: `frontdoor_http_requests_total{${job},path="/",method="GET",status="200"}`,
          values: '0+90x20'
        },
        {
          series: `frontdoor_http_requests_total{${job},path="/",method="GET",status="503"}`,
          values: '0+10x20'
        },
        // A slow page: 60% of its requests take 0.5-1s, so its p99 is 0.5 + 0.5 * 59/60 = 0.9917s.
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/",le="0.5"}`,
          values: '0+40x20'
        },
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/",le="1"}`,
          values: '0+100x20'
        },
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/",le="+Inf"}`,
          values: '0+100x20'
        },
        // Probes are fast and many; they must not pull the quantile down.
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/healthz",le="0.5"}`,
          values: '0+10000x20'
        },
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/healthz",le="1"}`,
          values: '0+10000x20'
        },
        {
          series: `frontdoor_http_request_duration_seconds_bucket{${job},path="/healthz",le="+Inf"}`,
          values: '0+10000x20'
        }
      ];
      const tests = {
        rule_files: ['rules.yaml'],
        evaluation_interval: '1m',
        tests: [
          {
            interval: '1m',
            input_series: series,
            alert_rule_test: [
              { eval_time: '3m', alertname: 'FrontdoorHighErrorRate', exp_alerts: [] },
              {
                eval_time: '12m',
                alertname: 'FrontdoorHighErrorRate',
                exp_alerts: [
                  {
                    exp_labels: { severity: 'critical', namespace: namespaceOf('prod') },
                    exp_annotations: {
                      summary: `${releaseOf('prod')} answers more than 5% of requests with 5xx`,
                      description: `10% of the requests to ${releaseOf('prod')} in ${namespaceOf('prod')} failed with 5xx over the last 5m.`
                    }
                  }
                ]
              },
              { eval_time: '8m', alertname: 'FrontdoorHighLatency', exp_alerts: [] },
              {
                eval_time: '17m',
                alertname: 'FrontdoorHighLatency',
                exp_alerts: [
                  {
                    exp_labels: { severity: 'warning', namespace: namespaceOf('prod') },
                    exp_annotations: {
                      summary: `${releaseOf('prod')} p99 latency above 0.5s`,
                      description: `991.7ms at the p99 of ${releaseOf('prod')} in ${namespaceOf('prod')} over the last 5m (probes and /metrics excluded).`
                    }
                  }
                ]
              }
            ]
          }
        ]
      };
      writeFileSync(path.join(dir, 'tests.yaml'), JSON.stringify(tests, null, 2));
      const r = await run(promtool, ['test', 'rules', path.join(dir, 'tests.yaml')]);
      expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
      expect(r.code).toBe(0);
    });
  });

  const rejected: [string, string[], RegExp][] = [
    [
      'an ExternalSecret without entries',
      ['--set', 'externalSecret.enabled=true'],
      /externalSecret\.data must name at least one secret/
    ],
    [
      'an ExternalSecret key with a wildcard',
      [
        '--set',
        'externalSecret.enabled=true',
        '--set',
        'externalSecret.data[0].secretKey=a',
        '--set',
        'externalSecret.data[0].remoteRef.key=flygtaxi/*'
      ],
      /externalSecret\/data\/0\/remoteRef\/key/
    ],
    [
      'the same secretKey twice',
      [
        '--set',
        'externalSecret.enabled=true',
        '--set',
        'externalSecret.data[0].secretKey=a',
        '--set',
        'externalSecret.data[0].remoteRef.key=x',
        '--set',
        'externalSecret.data[1].secretKey=a',
        '--set',
        'externalSecret.data[1].remoteRef.key=y'
      ],
      /externalSecret\.data: secretKey "a" appears twice/
    ],
    [
      'an ExternalSecret with an existing ServiceAccount',
      [
        '--set',
        'externalSecret.enabled=true',
        '--set',
        'externalSecret.data[0].secretKey=a',
        '--set',
        'externalSecret.data[0].remoteRef.key=x',
        '--set',
        'serviceAccount.create=false',
        '--set',
        'serviceAccount.name=existing'
      ],
      /externalSecret needs serviceAccount\.create: true/
    ],
    [
      'a PrometheusRule without any alert',
      [
        '--set',
        'prometheusRule.enabled=true',
        '--set',
        'prometheusRule.errorRate.enabled=false',
        '--set',
        'prometheusRule.latency.enabled=false'
      ],
      /prometheusRule\.enabled needs prometheusRule\.errorRate\.enabled or prometheusRule\.latency\.enabled/
    ],
    [
      'an error-rate threshold above 1',
      ['--set', 'prometheusRule.errorRate.threshold=5'],
      /prometheusRule\/errorRate\/threshold/
    ],
    [
      'a scrape interval that is no duration',
      ['--set', 'serviceMonitor.interval=often'],
      /serviceMonitor\/interval/
    ]
  ];

  test.each(rejected)('rejects %s, naming the value', async (_name, args, expected) => {
    const r = await run(helm, [
      'template',
      releaseOf('dev'),
      chartDir,
      '--namespace',
      namespaceOf('dev'),
      ...valuesArgs('dev'),
      ...args
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/goroutine|panic:/);
  });
});
