/**
 * The helm command lines (pure argv builders) and the parsers for helm's output.
 */
import {
  clusterKubeVersion,
  helmDependencyBuildArgs,
  helmLintArgs,
  helmPackageArgs,
  helmTemplateArgs,
  parseLintOutput,
  parsePackagedPath
} from '../../actions/package-and-verify-helm-chart/src/helmArgs';

// A cluster reports major.minor.patch; `1.33` would reach the chart as `v1.33` (velero 12.1.0's
// kubectl image tag came out empty from it).
test.each([
  ['1.33', '1.33.0'],
  ['v1.33', 'v1.33.0'],
  ['1.33.4', '1.33.4'],
  ['v1.30.2', 'v1.30.2']
])('clusterKubeVersion(%j) = %j', (given, passed) => {
  expect(clusterKubeVersion(given)).toBe(passed);
});

const values = {
  valuesFiles: ['/w/values.yaml', '/w/values-dev.yaml'],
  set: [
    { key: 'image.tag', value: '1.2.3' },
    { key: 'a', value: 'b=c, d' }
  ],
  namespace: 'apps',
  kubeVersion: ''
};

test.each([
  [
    'lint',
    helmLintArgs('/w/chart', values),
    [
      'lint',
      '/w/chart',
      '--strict',
      '--namespace',
      'apps',
      '--values',
      '/w/values.yaml',
      '--values',
      '/w/values-dev.yaml',
      '--set',
      'image.tag=1.2.3',
      '--set',
      'a=b=c, d'
    ]
  ],
  [
    'lint with kube-version',
    helmLintArgs('/w/chart', { ...values, valuesFiles: [], set: [], kubeVersion: '1.33' }),
    ['lint', '/w/chart', '--strict', '--namespace', 'apps', '--kube-version', '1.33.0']
  ],
  [
    'package',
    helmPackageArgs('/w/chart', { destination: '/out', chartVersion: '', appVersion: '' }),
    ['package', '/w/chart', '--destination', '/out']
  ],
  [
    'package with overrides',
    helmPackageArgs('/w/chart', { destination: '/out', chartVersion: '1.2.3', appVersion: 'frontdoor-abc' }),
    ['package', '/w/chart', '--destination', '/out', '--version', '1.2.3', '--app-version', 'frontdoor-abc']
  ],
  [
    'template renders the package',
    helmTemplateArgs('rel', '/out/c-1.0.0.tgz', { ...values, set: [] }),
    [
      'template',
      'rel',
      '/out/c-1.0.0.tgz',
      '--namespace',
      'apps',
      '--values',
      '/w/values.yaml',
      '--values',
      '/w/values-dev.yaml'
    ]
  ],
  ['dependency build', helmDependencyBuildArgs('/w/chart'), ['dependency', 'build', '/w/chart']],
  [
    'dependency build, private CA and a loopback registry',
    helmDependencyBuildArgs('/w/chart', { caFile: '/ca.pem', plainHttp: true }),
    ['dependency', 'build', '/w/chart', '--ca-file', '/ca.pem', '--plain-http']
  ]
])('%s', (_name, got, want) => {
  expect(got).toEqual(want);
});

test('parsePackagedPath', () => {
  expect(parsePackagedPath('Successfully packaged chart and saved it to: /tmp/a b/c-1.0.0.tgz\n')).toBe(
    '/tmp/a b/c-1.0.0.tgz'
  );
  expect(parsePackagedPath('nothing')).toBeUndefined();
});

test('parseLintOutput', () => {
  const out = `==> Linting /w/chart
[INFO] Chart.yaml: icon is recommended
[WARNING] templates/deployment.yaml: apps/v1beta1 Deployment is deprecated
[ERROR] templates/: template: c/templates/x.yaml:3:4: executing "c/templates/x.yaml" at <.Values.x>: nil pointer
[ERROR] values.yaml: unable to parse YAML

Error: 1 chart(s) linted, 1 chart(s) failed
`;
  expect(parseLintOutput(out)).toEqual([
    { level: 'INFO', path: 'Chart.yaml', message: 'icon is recommended' },
    { level: 'WARNING', path: 'templates/deployment.yaml', message: 'apps/v1beta1 Deployment is deprecated' },
    {
      level: 'ERROR',
      path: 'templates/',
      message: 'template: c/templates/x.yaml:3:4: executing "c/templates/x.yaml" at <.Values.x>: nil pointer'
    },
    { level: 'ERROR', path: 'values.yaml', message: 'unable to parse YAML' }
  ]);
});
