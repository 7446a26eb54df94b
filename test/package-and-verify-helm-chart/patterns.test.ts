/**
 * Patterns real charts ship (issue #14, and the verifier parts of #13.3, #16.3, #16.4), through
 * the bundled action with the real helm: each fixture passes strict as written, and the value
 * that turns it into the really-wrong variant makes the finding come back. The dependency case
 * serves a chart repository over https on 127.0.0.1 (helm repo index + a node https server with
 * a self-signed certificate made by openssl), trusted through repository-ca-file.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';
import { runAction, type ActionRun } from '../helpers/runAction';
import { annotations, fixturesDir, realHelm, tempDir } from './helpers';

const ACTION = 'package-and-verify-helm-chart';

async function helmEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const helm = await realHelm();
  return { PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

async function verify(chart: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(
    ACTION,
    { chart: `test/fixtures/charts/${chart}`, policy: 'strict', destination: tempDir(), ...inputs },
    { env: await helmEnv() }
  );
}

/** Titles of the error annotations on findings (the step's closing error has none). */
const errorTitles = (run: ActionRun) =>
  annotations(run)
    .filter(a => a.level === 'error' && a.props['title'])
    .map(a => a.props['title']);

type Case = [
  chart: string,
  ok: Record<string, string>,
  wrong: Record<string, string>,
  titles: string | string[],
  message: RegExp
];

const cases: Case[] = [
  [
    'ok-statefulset-per-pod',
    { 'required-kinds': 'StatefulSet,Service' },
    { 'required-kinds': 'StatefulSet,Service', set: 'wrongPod=true' },
    'service-selector (Service/release-app-3)',
    /selects no pods .*the StatefulSets make StatefulSet\/release-app \(pods release-app-0\.\.release-app-2\)/
  ],
  [
    'ok-operator-cr',
    {},
    { set: 'wrongTarget=true' },
    ['service-selector (Service/release-prometheus)', 'pdb-target (PodDisruptionBudget/release-prometheus)'],
    /selects no pods/
  ],
  [
    'ok-exporter-exempt',
    // Released into kube-system itself, so only the declaration can say the exporter aims outside.
    { namespace: 'kube-system' },
    // The declaration left out, and an exemption aimed at another object instead.
    {
      namespace: 'kube-system',
      set: 'annotate=false',
      exemptions: 'Service/release-other-metrics:external-selector=CoreDNS'
    },
    'service-selector (Service/release-coredns-metrics)',
    /selector k8s-app=kube-dns/
  ],
  [
    'ok-alb-actions',
    {},
    { set: 'brokenAction=true' },
    'ingress-backend (Ingress/release-app)',
    /no alb\.ingress\.kubernetes\.io\/actions\.ssl-redirect annotation/
  ],
  [
    'ok-capabilities-pdb',
    { 'kube-version': '1.33' },
    { 'kube-version': '1.33', set: 'forceBeta=true' },
    'lint',
    /policy\/v1beta1 PodDisruptionBudget is deprecated/
  ],
  [
    'ok-version-override',
    { 'chart-version': '1.19.2' },
    {},
    'lint',
    /version 'v0\.0\.0' is not a valid SemVerV2/
  ],
  [
    'ok-rollout',
    {},
    { set: 'wrongStable=true' },
    'rollout-ref (Rollout/release-app)',
    /stableService names Service "release-app-stable", which is not in the render/
  ],
  [
    'ok-secret-refs',
    {},
    { set: 'missingSecret=true' },
    'secret-ref (Deployment/release-app)',
    /envFrom reads Secret "release-made-by-hand"/
  ],
  [
    'ok-servicemonitor',
    {},
    { set: 'wrongPort=true' },
    'servicemonitor-port (ServiceMonitor/release-app)',
    /scrapes port "metrics", which no selected Service/
  ],
  // Found on kube-prometheus-stack 88.5.3 (docs/verifier-real-charts.md).
  [
    'ok-outside-release',
    { namespace: 'monitoring' },
    { namespace: 'monitoring', set: 'wrongNamespace=true' },
    'service-selector (Service/release-kube-etcd)',
    /selects no pods of any workload in the render \(selector component=etcd\)$/
  ],
  // Found on keda 2.20.2.
  [
    'ok-operator-secret',
    {},
    { set: 'readOnly=true' },
    'secret-ref (Deployment/release-app)',
    /volume "certs" reads Secret "release-certs", which neither the render nor an ExternalSecret/
  ],
  // Found on velero 12.1.0 (its kubectl image tag follows the cluster's version).
  [
    'ok-kube-version-tag',
    { 'kube-version': '1.33' },
    { 'kube-version': '1.33', set: 'tagFromCluster=false' },
    'image-tag (Deployment/release-app)',
    /uses image "registry\.example\.com\/flygtaxi\/kubectl:" with no tag/
  ],
  // Found on cloudnative-pg's cluster chart 0.8.1.
  [
    'ok-cnpg-secret',
    {},
    { set: 'ownSecret=true' },
    'secret-ref (Deployment/release-app)',
    /env DATABASE_PASSWORD reads Secret "release-db-app"/
  ],
  // Found on istio's gateway chart.
  [
    'ok-istio-gateway',
    {},
    { set: 'inject=false' },
    ['image-tag (Deployment/release-app)', 'probes (Deployment/release-app)'],
    /uses image "auto" with no tag \(means latest\)/
  ],
  // Found on vault-helm 0.34.1 (server.ha.enabled).
  [
    'ok-self-labelling',
    {},
    { set: 'noPatch=true' },
    'service-selector (Service/release-server-active)',
    /selects no pods .*server-active=true/
  ]
];

describe.each(cases)('%s', (chart, ok, wrong, titles, message) => {
  const title = Array.isArray(titles) ? (titles[0] as string) : titles;
  test('passes strict as real charts ship it', async () => {
    const run = await verify(chart, ok);
    expect(annotations(run).filter(a => a.level !== 'notice')).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  test('the really-wrong variant is still caught', async () => {
    const run = await verify(chart, wrong);
    expect(run.exitCode).toBe(1);
    expect(errorTitles(run)).toEqual(Array.isArray(titles) ? titles : [titles]);
    expect(annotations(run).find(a => a.props['title'] === title)?.message).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

test('an exemption is shown in the summary with its reason; one aimed at another object is reported', async () => {
  const run = await verify('ok-exporter-exempt', { namespace: 'kube-system' });
  expect(run.summary).toMatch(
    /\| exempted \| service-selector \| Service\/release-coredns-metrics \| .*exempted: selects pods outside the release: scrapes the cluster's CoreDNS pods/
  );
  expect(annotations(run)).toEqual([
    { level: 'notice', props: { title: 'package-and-verify' }, message: '1 exempted in the job summary' }
  ]);
  expect(run.outputs['findings']).toBe('0');
  const stale = await verify('ok-exporter-exempt', {
    namespace: 'kube-system',
    set: 'annotate=false',
    exemptions: 'Service/release-other-metrics:external-selector=CoreDNS'
  });
  expect(annotations(stale).find(a => a.level === 'warning')).toMatchObject({
    props: { title: 'exemption (Service/release-other-metrics)' },
    message: expect.stringMatching(/covers no finding/)
  });
});

test('selectors aimed outside the release are listed as exempted with the evidence, in the summary only', async () => {
  const run = await verify('ok-outside-release', { namespace: 'monitoring' });
  expect(run.exitCode).toBe(0);
  const reason =
    "inferred: namespace kube-system is not the release's and the render makes no pods there, so the selector aims at pods outside the release";
  expect(run.summary).toContain(
    `| exempted | service-selector | Service/release-kube-etcd | test/fixtures/charts/ok-outside-release/templates/control-plane.yaml:2 | Service/release-kube-etcd selects no pods of any workload in the render (selector component=etcd) — exempted: ${reason} |`
  );
  expect(run.summary).toMatch(/\| exempted \| servicemonitor-selector \| ServiceMonitor\/release-kubelet \|/);
  // The API server's Service is known: its ServiceMonitor has nothing to report.
  expect(run.summary).not.toContain('ServiceMonitor/release-apiserver');
  expect(annotations(run)).toEqual([
    { level: 'notice', props: { title: 'package-and-verify' }, message: '2 exempted in the job summary' }
  ]);
  expect(run.outputs['findings']).toBe('0');
});

test('duplicate keys: a warning naming object, key and template line; strict still passes', async () => {
  const run = await verify('ok-duplicate-keys');
  expect(run.exitCode).toBe(0);
  expect(annotations(run)).toEqual([
    {
      level: 'warning',
      props: {
        title: 'duplicate-key (ConfigMap/release-settings)',
        file: 'test/fixtures/charts/ok-duplicate-keys/templates/configmap.yaml',
        line: '8'
      },
      message: expect.stringMatching(
        /ConfigMap\/release-settings maps key "LOG_LEVEL" more than once .*template line 8/
      )
    }
  ]);
});

test('without kube-version, helm offline picks policy/v1beta1 (why the default API set exists)', async () => {
  const run = await verify('ok-capabilities-pdb');
  expect(run.exitCode).toBe(1);
  expect(errorTitles(run)).toEqual(['lint']);
  const fixed = await verify('ok-capabilities-pdb', { 'api-versions': 'policy/v1/PodDisruptionBudget' });
  expect(fixed.exitCode).toBe(0);
});

describe('dependencies from an https chart repository on 127.0.0.1', () => {
  let server: ReturnType<typeof createServer>;
  let url = '';
  let ca = '';
  const work = tempDir('pvhc-https-repo-');

  beforeAll(async () => {
    const helm = await realHelm();
    ca = join(work, 'ca.pem');
    const key = join(work, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        ca,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1'
      ],
      { stdio: 'ignore' }
    );
    const repo = join(work, 'repo');
    mkdirSync(repo);
    server = createServer({ key: readFileSync(key), cert: readFileSync(ca) }, (req, res) => {
      const file = join(repo, (req.url ?? '/').split('?')[0] as string);
      if (file.startsWith(repo) && existsSync(file)) res.writeHead(200).end(readFileSync(file));
      else res.writeHead(404).end();
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await helm.run([
      'package',
      join(fixturesDir, 'ok-with-dependency', 'deps', 'common'),
      '--destination',
      repo
    ]);
    const index = await helm.run(['repo', 'index', repo, '--url', url]);
    expect(index.exitCode).toBe(0);
  });
  afterAll(() => new Promise(r => server.close(r)));

  function chartUsingRepo(): string {
    const ws = tempDir('pvhc-https-ws-');
    cpSync(join(fixturesDir, 'ok-with-dependency'), join(ws, 'chart'), { recursive: true });
    const chartYaml = join(ws, 'chart', 'Chart.yaml');
    writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace('file://./deps/common', url));
    cpSync(ca, join(ws, 'ca.pem'));
    return ws;
  }

  test('its repository is added to a private helm config (CA from repository-ca-file) before dependency build', async () => {
    const ws = chartUsingRepo();
    const home = tempDir('pvhc-home-');
    const run = await runAction(
      ACTION,
      { chart: 'chart', destination: join(ws, 'out'), 'repository-ca-file': 'ca.pem' },
      { env: await helmEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') }), workspace: ws }
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Adding chart repository ${url} (private helm config)`);
    expect(readdirSync(join(ws, 'chart', 'charts'))).toEqual(['common-0.1.0.tgz']);
    // The user's helm config is not touched; the private one lives under RUNNER_TEMP.
    expect(existsSync(join(home, '.config', 'helm'))).toBe(false);
    expect(readdirSync(run.runnerTemp).some(d => d.startsWith('helm-config-'))).toBe(true);
  });

  test('without the CA the step fails at helm repo add, with a summary naming that step', async () => {
    const ws = chartUsingRepo();
    const run = await runAction(
      ACTION,
      { chart: 'chart', destination: join(ws, 'out') },
      { env: await helmEnv(), workspace: ws }
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::helm repo add https:\/\/127\.0\.0\.1:\d+ failed \(exit 1\):.*certificate/
    );
    expect(run.summary).toContain(`### Helm chart chart: failed at helm repo add ${url}`);
    expect(existsSync(join(ws, 'chart', 'charts'))).toBe(false);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
