/**
 * getInputs: every problem reported together, by input name; defaults; path resolution.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/lib/errors';
import { getInputs } from '../../actions/package-and-verify-helm-chart/src/inputs';
import { realFs as fsProbe } from '../../src/lib/fileProbe';
import { tempDir } from './helpers';

function workspace(): string {
  const ws = tempDir('pvhc-ws-');
  mkdirSync(join(ws, 'chart', 'templates'), { recursive: true });
  writeFileSync(join(ws, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(ws, 'values-dev.yaml'), 'a: 1\n');
  mkdirSync(join(ws, 'not-a-chart'));
  return ws;
}

function read(ws: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return getInputs(n => inputs[n], { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, '_temp'), ...env }, fsProbe);
}

function problems(ws: string, inputs: Record<string, string>): string[] {
  try {
    read(ws, inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems.map(p => `${p.input}: ${p.message}`);
  }
  throw new Error('expected an InputError');
}

test('defaults', () => {
  const ws = workspace();
  const i = read(ws, { chart: 'chart' });
  expect(i).toEqual({
    chart: join(ws, 'chart'),
    valuesFiles: [],
    set: [],
    releaseName: 'release',
    namespace: 'default',
    chartVersion: '',
    appVersion: '',
    destination: join(ws, '_temp', 'charts'),
    requiredKinds: ['Deployment', 'Service', 'ServiceAccount'],
    externalServiceAccounts: [],
    externalSecrets: [],
    exemptions: [],
    customWorkloads: [],
    policy: 'strict',
    kubeVersion: '',
    apiVersions: [],
    repositoryCaFile: '',
    registryUsername: '',
    registryPassword: '',
    registryPlainHttp: false,
    pushTo: undefined,
    helmVersion: '',
    helmPath: '',
    helmDownloadUrl: 'https://get.helm.sh',
    reproducible: true,
    workspace: ws,
    tempDir: join(ws, '_temp')
  });
});

test('every input parsed', () => {
  const ws = workspace();
  const i = read(ws, {
    chart: 'chart',
    'values-files': 'values-dev.yaml\n\n# comment\n',
    set: 'image.tag=1.2.3\nurl=https://x/?a=b\ningress.hosts[0]=a.example.com',
    'release-name': 'frontdoor',
    namespace: 'apps',
    'chart-version': 'v1.2.3-rc.1',
    'app-version': 'frontdoor-3f2a9c1',
    destination: 'out/charts',
    'required-kinds': 'Deployment, Ingress',
    'external-service-accounts': 'shared,other.sa',
    policy: 'warn',
    'kube-version': '1.33',
    'helm-version': '4.3.1',
    reproducible: 'false'
  });
  expect(i.valuesFiles).toEqual([join(ws, 'values-dev.yaml')]);
  expect(i.set).toEqual([
    { key: 'image.tag', value: '1.2.3' },
    { key: 'url', value: 'https://x/?a=b' },
    { key: 'ingress.hosts[0]', value: 'a.example.com' }
  ]);
  expect(i.chartVersion).toBe('1.2.3-rc.1');
  expect(i.destination).toBe(join(ws, 'out', 'charts'));
  expect(i.requiredKinds).toEqual(['Deployment', 'Ingress']);
  expect(i.externalServiceAccounts).toEqual(['shared', 'other.sa']);
  expect(i.policy).toBe('warn');
  expect(i.reproducible).toBe(false);
});

test('the verifier inputs: external secrets, exemptions, custom workloads, API versions, dependency access', () => {
  const ws = workspace();
  const i = read(ws, {
    chart: 'chart',
    'external-secrets': 'db-credentials, webhook-tls',
    exemptions:
      'Service/kube-dns-metrics:external-selector=scrapes CoreDNS\nDeployment/legacy:probes=batch worker',
    'custom-workloads': 'Database.db.example.com: app=db,cluster={name}\nCache: app=cache',
    'api-versions': 'monitoring.coreos.com/v1, policy/v1/PodDisruptionBudget\nv1',
    'repository-ca-file': 'values-dev.yaml',
    'registry-username': 'ci',
    'registry-password': 'pw'
  });
  expect(i.externalSecrets).toEqual(['db-credentials', 'webhook-tls']);
  expect(i.exemptions).toMatchObject([
    {
      kind: 'Service',
      name: 'kube-dns-metrics',
      check: 'external-selector',
      reason: 'scrapes CoreDNS',
      from: 'input'
    },
    { kind: 'Deployment', name: 'legacy', check: 'probes', reason: 'batch worker' }
  ]);
  expect(i.customWorkloads).toEqual([
    { kind: 'Database', group: 'db.example.com', labels: { app: 'db', cluster: '{name}' } },
    { kind: 'Cache', group: '', labels: { app: 'cache' } }
  ]);
  expect(i.apiVersions).toEqual(['monitoring.coreos.com/v1', 'policy/v1/PodDisruptionBudget', 'v1']);
  expect(i.repositoryCaFile).toBe(join(ws, 'values-dev.yaml'));
  expect([i.registryUsername, i.registryPassword]).toEqual(['ci', 'pw']);
  expect(
    problems(ws, {
      chart: 'chart',
      'external-secrets': 'Bad_Secret',
      exemptions: 'Service/x:nocheck=why\nService/y',
      'custom-workloads': 'database: app=db\nDatabase: novalue',
      'api-versions': 'policy/v1/pdb,not an api',
      'repository-ca-file': 'chart',
      'registry-password': 'pw'
    })
  ).toEqual([
    'external-secrets: "Bad_Secret" is not a valid Secret name',
    expect.stringMatching(/^exemptions: "nocheck" is not a check that can be exempted/),
    'exemptions: "Service/y" is not <Kind>/<name>:<check>=<reason>',
    expect.stringMatching(/^custom-workloads: "database: app=db" is not <Kind>/),
    expect.stringMatching(/^custom-workloads: "Database: novalue" is not <Kind>/),
    expect.stringMatching(/^api-versions: "policy\/v1\/pdb" is not <group>\/<version>/),
    expect.stringMatching(/^api-versions: "not an api" is not/),
    'repository-ca-file: "chart" is not a file',
    'registry-username: is required when registry-password is set'
  ]);
});

test('an absolute destination is taken as is', () => {
  const ws = workspace();
  expect(read(ws, { chart: 'chart', destination: '/tmp/somewhere' }).destination).toBe('/tmp/somewhere');
});

test('all bad inputs are reported together, by name', () => {
  const ws = workspace();
  expect(
    problems(ws, {
      chart: 'not-a-chart',
      'values-files': 'values-dev.yaml\nvalues-missing.yaml',
      set: 'image.tag=1\njust-a-word\n=novalue',
      'release-name': 'Front_Door',
      namespace: 'x'.repeat(64),
      'chart-version': '1.2',
      'app-version': 'a b',
      destination: '../outside',
      'required-kinds': 'Deployment,deployment',
      'external-service-accounts': 'Bad_Name',
      policy: 'lenient',
      'kube-version': 'latest',
      'helm-version': 'v4',
      'helm-path': 'no/such/helm',
      'helm-download-url': 'get.helm.sh',
      reproducible: 'maybe'
    })
  ).toEqual([
    'chart: "not-a-chart" has no Chart.yaml, so it is not a Helm chart',
    'values-files: file "values-missing.yaml" does not exist',
    'set: line 2 is not KEY=VALUE (no key before an "=")',
    'set: line 3 is not KEY=VALUE (no key before an "=")',
    'release-name: "Front_Door" is not valid: lower-case letters, digits and -',
    `namespace: "${'x'.repeat(64)}" is longer than 63 characters`,
    'chart-version: "1.2" is not valid: a SemVer 2 version such as 1.2.3 or 1.2.3-rc.1',
    'app-version: "a b" contains whitespace',
    `destination: "../outside" is outside the workspace ${ws}`,
    'required-kinds: "deployment" is not a Kubernetes kind (e.g. Deployment)',
    'external-service-accounts: "Bad_Name" is not a valid ServiceAccount name',
    'policy: "lenient" is not one of: strict, warn, off',
    'kube-version: "latest" is not valid: e.g. 1.33 or v1.33.0',
    'helm-version: "v4" is not a version (e.g. v4.3.1)',
    'helm-path: "no/such/helm" does not exist',
    'helm-download-url: "get.helm.sh" is not valid: an http(s) URL such as https://get.helm.sh',
    'reproducible: "maybe" is not a boolean (use true or false)'
  ]);
});

test.each([
  [{}, 'chart: is required'],
  [{ chart: 'missing' }, 'chart: directory "missing" does not exist'],
  [
    { chart: 'values-dev.yaml' },
    'chart: "values-dev.yaml" is not a directory (give the chart\'s source directory)'
  ],
  [{ chart: 'chart', 'values-files': 'chart' }, 'values-files: "chart" is a directory, not a values file'],
  [
    { chart: 'chart', 'release-name': 'a'.repeat(54) },
    `release-name: "${'a'.repeat(54)}" is longer than Helm's limit of 53 characters`
  ],
  [
    { chart: 'chart', destination: 'values-dev.yaml' },
    'destination: "values-dev.yaml" exists and is not a directory'
  ],
  [{ chart: 'chart', 'helm-path': 'chart' }, 'helm-path: "chart" is a directory, not the helm binary']
])('%j → %s', (inputs, want) => {
  expect(problems(workspace(), inputs as Record<string, string>)).toEqual([want]);
});

test('the error message lists every problem and says nothing was changed', () => {
  const ws = workspace();
  expect(() => read(ws, { chart: 'missing', policy: 'x' })).toThrow(
    /2 invalid inputs; nothing was changed:\n {2}- chart: .*\n {2}- policy: /
  );
});
