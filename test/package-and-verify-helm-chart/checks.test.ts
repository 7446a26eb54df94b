/**
 * The cross-resource checks as the controllers see them (issues #14, #13.3, #16.3, #16.4): each
 * case shows a pattern real charts ship passing, and the really-wrong variant next to it still
 * caught. Pure: objects in, findings out.
 */
import { toObject, type ManifestObject } from '../../src/lib/manifest';
import {
  parseExemptionLine,
  type Exemption
} from '../../actions/package-and-verify-helm-chart/src/checks/exemptions';
import {
  verifyManifest,
  type Finding,
  type VerifyOptions
} from '../../actions/package-and-verify-helm-chart/src/verify';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const app = { 'app.kubernetes.io/name': 'web' };

function container(name = 'web'): Doc {
  return {
    name,
    image: 'registry.example.com/web:1.2.3',
    ports: [{ name: 'http', containerPort: 8080 }],
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
    resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] }
    }
  };
}

function template(labels: Record<string, string> = app, c: Doc = container()): Doc {
  return {
    metadata: { labels: { ...labels } },
    spec: {
      securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [c]
    }
  };
}

function workload(kind: string, name: string, extra: Doc = {}, apiVersion = 'apps/v1'): Doc {
  return {
    apiVersion,
    kind,
    metadata: { name },
    spec: { selector: { matchLabels: { ...app } }, template: template(), ...extra }
  };
}

function service(name: string, selector: Record<string, string>, extra: Doc = {}): Doc {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: { ...app } },
    spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    ...extra
  };
}

function objects(docs: Doc[]): ManifestObject[] {
  return docs.map((d, i) => toObject(d, `c/templates/${String(d.kind).toLowerCase()}-${i}.yaml`, i));
}

const base: VerifyOptions = { requiredKinds: [], namespace: 'default' };

function verify(docs: Doc[], o: Partial<VerifyOptions> = {}): Finding[] {
  return verifyManifest(objects(docs), { ...base, ...o });
}

/** The findings that would fail strict: error level and not exempted. */
const failing = (f: Finding[]) => f.filter(x => x.level === 'error' && !x.exempted);
const checks = (f: Finding[]) => f.map(x => x.check);

describe('labels the controllers add to the pods they create', () => {
  const sts = (replicas = 3) => workload('StatefulSet', 'web', { replicas, serviceName: 'web-headless' });
  const perPod = (pod: string) =>
    service(`web-${pod}`, { ...app, 'statefulset.kubernetes.io/pod-name': pod });

  test('per-pod Services of a StatefulSet select its pods (pod name and index)', () => {
    const f = verify([
      sts(),
      perPod('web-0'),
      perPod('web-2'),
      service('by-index', { 'apps.kubernetes.io/pod-index': '1' })
    ]);
    expect(f).toEqual([]);
  });

  test('a per-pod Service naming a pod the StatefulSet cannot have is still caught', () => {
    const f = verify([sts(3), perPod('web-3')]);
    expect(checks(failing(f))).toEqual(['service-selector']);
    expect(f[0]?.message).toMatch(/StatefulSet\/web \(pods web-0\.\.web-2\)/);
  });

  test('an HPA that may scale the StatefulSet up makes the higher ordinals possible', () => {
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web' }, maxReplicas: 5 }
    };
    expect(failing(verify([sts(3), perPod('web-4'), hpa]))).toEqual([]);
    expect(checks(failing(verify([sts(3), perPod('web-5'), hpa])))).toEqual(['service-selector']);
  });

  test('Job and CronJob labels, and a Deployment pod-template-hash, are labels the pods will have', () => {
    const job = workload('Job', 'migrate', { selector: undefined }, 'batch/v1');
    const f = verify([
      job,
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: 'migrate' },
        spec: { maxUnavailable: 0, selector: { matchLabels: { 'batch.kubernetes.io/job-name': 'migrate' } } }
      },
      workload('Deployment', 'api'),
      service('api-any-hash', { ...app, 'pod-template-hash': '5d8f7c9b4' })
    ]);
    expect(failing(f)).toEqual([]);
    const wrongJob = verify([
      job,
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: 'x' },
        spec: { selector: { matchLabels: { 'job-name': 'other' } } }
      }
    ]);
    expect(checks(failing(wrongJob))).toEqual(['pdb-target']);
  });
});

describe('workloads declared through custom resources', () => {
  const prometheus = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'Prometheus',
    metadata: { name: 'kps-prometheus' },
    spec: { replicas: 2, podMetadata: { labels: { team: 'obs' } } }
  };
  const promSvc = (name: string) =>
    service('kps-prometheus', {
      'app.kubernetes.io/name': 'prometheus',
      'operator.prometheus.io/name': name
    });
  const pdb = (sel: Record<string, string>) => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'kps-prometheus' },
    spec: { minAvailable: 1, selector: { matchLabels: sel } }
  });

  test("a Prometheus CR's pods are selected by the chart's Service and PDB (with podMetadata labels)", () => {
    const f = verify([
      prometheus,
      promSvc('kps-prometheus'),
      pdb({ prometheus: 'kps-prometheus', team: 'obs' })
    ]);
    expect(f).toEqual([]);
  });

  test('a Service aimed at another Prometheus, or a PDB over a label it does not set, is still caught', () => {
    const f = verify([prometheus, promSvc('other'), pdb({ prometheus: 'kps-prometheus', team: 'dev' })]);
    expect(checks(failing(f)).sort()).toEqual(['pdb-target', 'service-selector']);
  });

  test('other operators: declared through the customWorkloads option or the pod-labels annotation', () => {
    const db = (annotations: Record<string, string> = {}) => ({
      apiVersion: 'db.example.com/v1',
      kind: 'Database',
      metadata: { name: 'orders', annotations },
      spec: {}
    });
    const svc = service('orders', { app: 'db', cluster: 'orders' });
    expect(checks(failing(verify([db(), svc])))).toEqual(['service-selector']);
    expect(
      verify([db(), svc], {
        customWorkloads: [
          { kind: 'Database', group: 'db.example.com', labels: { app: 'db', cluster: '{name}' } }
        ]
      })
    ).toEqual([]);
    expect(verify([db({ 'flygtaxi.dev/pod-labels': 'app=db,cluster={name}' }), svc])).toEqual([]);
    expect(checks(failing(verify([db({ 'flygtaxi.dev/pod-labels': 'app=db,cluster=other' }), svc])))).toEqual(
      ['service-selector']
    );
  });
});

describe('exemptions and selectors that point outside the release', () => {
  const exporter = () => service('kube-dns-metrics', { 'k8s-app': 'kube-dns' }, {}) as Doc;
  const withAnnotations = (d: Doc, annotations: Record<string, string>) => ({
    ...d,
    metadata: { ...d['metadata'], namespace: 'kube-system', annotations }
  });
  // Released into kube-system itself: the namespace is the release's, so only a declaration
  // can say that the exporter aims at pods the release does not make.
  const inKubeSystem = (docs: Doc[], o: Partial<VerifyOptions> = {}) =>
    verify(docs, { namespace: 'kube-system', ...o });

  test('an exporter Service selecting kube-system pods, declared external-selector, is exempted with its reason', () => {
    const f = inKubeSystem([
      withAnnotations(exporter(), {
        'flygtaxi.dev/verify-exempt': 'external-selector=scrapes CoreDNS of the cluster'
      })
    ]);
    expect(failing(f)).toEqual([]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      check: 'service-selector',
      level: 'error',
      object: 'Service/kube-dns-metrics'
    });
    expect(f[0]?.exempted).toMatch(/selects pods outside the release: scrapes CoreDNS of the cluster/);
  });

  test('the exemptions input covers one object and one check; an exemption for another object covers nothing', () => {
    const svc = withAnnotations(exporter(), {});
    const ok = inKubeSystem([svc], {
      exemptions: [parseExemptionLine('Service/kube-dns-metrics:service-selector=CoreDNS') as Exemption]
    });
    expect(failing(ok)).toEqual([]);
    expect(ok[0]?.exempted).toMatch(/CoreDNS \(exemptions input\)/);

    const wrong = inKubeSystem([svc], {
      exemptions: [parseExemptionLine('Service/other-metrics:service-selector=CoreDNS') as Exemption]
    });
    expect(checks(failing(wrong))).toEqual(['service-selector']);
    expect(wrong.find(x => x.check === 'exemption')).toMatchObject({
      level: 'warning',
      object: 'Service/other-metrics'
    });
    // An exemption of another check of the right object does not cover this one either.
    const otherCheck = inKubeSystem([svc], {
      exemptions: [parseExemptionLine('Service/kube-dns-metrics:probes=x') as Exemption]
    });
    expect(checks(failing(otherCheck))).toEqual(['service-selector']);
  });

  test('an annotation without a reason, or naming no check, is a warning and exempts nothing', () => {
    const f = inKubeSystem([
      withAnnotations(exporter(), { 'flygtaxi.dev/verify-exempt': 'service-selector=, bogus=x' })
    ]);
    expect(checks(failing(f))).toEqual(['service-selector']);
    expect(f.filter(x => x.check === 'exemption').map(x => x.message)).toEqual([
      expect.stringMatching(/gives no reason/),
      expect.stringMatching(/"bogus" is not a check that can be exempted/)
    ]);
  });

  test.each([
    [
      'Service/x:service-selector=why',
      { kind: 'Service', name: 'x', check: 'service-selector', reason: 'why' }
    ],
    ['Deployment/a.b:probes=a sidecar-less job runner', { kind: 'Deployment', name: 'a.b', check: 'probes' }]
  ])('parseExemptionLine(%j)', (line, want) => {
    expect(parseExemptionLine(line)).toMatchObject(want);
  });
  test.each([
    ['Service/x', /is not <Kind>\/<name>:<check>=<reason>/],
    ['Service/x:service-selector', /gives no reason/],
    ['Service/x:lint=why', /not a check that can be exempted/]
  ])('parseExemptionLine(%j) is refused', (line, message) => {
    expect(parseExemptionLine(line)).toMatch(message);
  });
});

describe('AWS Load Balancer Controller actions', () => {
  const ingress = (annotations: Record<string, string>, port: Doc = { name: 'use-annotation' }) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', annotations },
    spec: {
      ingressClassName: 'alb',
      rules: [
        {
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name: 'ssl-redirect', port } } },
              { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } }
            ]
          }
        }
      ]
    }
  });
  // As the controller's documentation spells it (its JSON decoding ignores the case of keys).
  const redirect = JSON.stringify({
    Type: 'redirect',
    RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' }
  });
  const docs = (ann: Record<string, string>) => [
    workload('Deployment', 'web'),
    service('web', app),
    ingress(ann)
  ];

  test('a use-annotation backend with its action annotation is no missing Service', () => {
    expect(verify(docs({ 'alb.ingress.kubernetes.io/actions.ssl-redirect': redirect }))).toEqual([]);
  });

  test('a broken ALB action is still caught: no annotation, not JSON, unknown type, forward to a missing Service', () => {
    const msgs = (ann: Record<string, string>) => failing(verify(docs(ann))).map(f => f.message);
    expect(msgs({})).toEqual([
      expect.stringMatching(/no alb\.ingress\.kubernetes\.io\/actions\.ssl-redirect annotation/)
    ]);
    expect(msgs({ 'alb.ingress.kubernetes.io/actions.ssl-redirect': '{type: redirect' })).toEqual([
      expect.stringMatching(/is not JSON/)
    ]);
    expect(msgs({ 'alb.ingress.kubernetes.io/actions.ssl-redirect': '{"type":"rewrite"}' })).toEqual([
      expect.stringMatching(/type "rewrite"/)
    ]);
    const forward = JSON.stringify({
      type: 'forward',
      forwardConfig: {
        targetGroups: [
          { serviceName: 'web', servicePort: '80', weight: 90 },
          { serviceName: 'web-canary', servicePort: '80', weight: 10 }
        ]
      }
    });
    expect(msgs({ 'alb.ingress.kubernetes.io/actions.ssl-redirect': forward })).toEqual([
      expect.stringMatching(
        /routes \(action ssl-redirect\) to Service "web-canary", which is not in the render/
      )
    ]);
  });
});

describe('Argo Rollouts Rollout as a workload', () => {
  const rollout = (spec: Doc) => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { ...app } }, template: template(), ...spec }
  });
  const canary = {
    strategy: { canary: { canaryService: 'web-canary', stableService: 'web-stable', steps: [] } }
  };
  const svcs = [service('web-canary', app), service('web-stable', app)];

  test('a canary Rollout with its services passes; its pods are what the Services select', () => {
    expect(verify([rollout(canary), ...svcs])).toEqual([]);
  });

  test('a Rollout stands in for a required Deployment; nothing else does', () => {
    expect(verify([rollout(canary), ...svcs], { requiredKinds: ['Deployment', 'Service'] })).toEqual([]);
    expect(
      checks(verify([workload('StatefulSet', 'web'), svcs[0] as Doc], { requiredKinds: ['Deployment'] }))
    ).toEqual(['required-kinds']);
  });

  test('policy, selectors and strategy services are checked like a Deployment', () => {
    const noProbe = rollout(canary);
    delete noProbe.spec.template.spec.containers[0].readinessProbe;
    expect(checks(failing(verify([noProbe, ...svcs])))).toEqual(['probes']);
    const badSelector = rollout({ ...canary, selector: { matchLabels: { app: 'other' } } });
    expect(checks(failing(verify([badSelector, ...svcs])))).toEqual(['workload-selector']);
    expect(failing(verify([rollout(canary), svcs[0] as Doc])).map(f => f.message)).toEqual([
      'Rollout/web strategy.canary.stableService names Service "web-stable", which is not in the render'
    ]);
    expect(
      failing(verify([rollout(canary), svcs[0] as Doc, service('web-stable', { app: 'other' })])).map(
        f => f.check
      )
    ).toEqual(['service-selector', 'rollout-ref']);
  });

  test('a workloadRef Rollout takes its pods from the Deployment, checked once', () => {
    const deploy = workload('Deployment', 'web-template', { replicas: 0 });
    const ro = rollout({
      ...canary,
      template: undefined,
      workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-template' }
    });
    expect(verify([deploy, ro, ...svcs])).toEqual([]);
    delete deploy.spec.template.spec.containers[0].livenessProbe;
    expect(failing(verify([deploy, ro, ...svcs])).map(f => f.object)).toEqual(['Deployment/web-template']);
    expect(failing(verify([ro, ...svcs])).map(f => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Deployment\/web-template \(spec.workloadRef\), which is not in the render/)
      ])
    );
  });
});

describe('Secrets a workload reads', () => {
  const reader = (extra: Doc = {}) => {
    const c = container();
    c['env'] = [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }];
    c['envFrom'] = [{ secretRef: { name: 'app-env' } }];
    const d = workload('Deployment', 'web');
    d['spec']['template']['spec']['volumes'] = [{ name: 'tls', secret: { secretName: 'web-tls' } }];
    d['spec']['template']['spec']['containers'] = [{ ...c, ...extra }];
    return d;
  };
  const secret = (name: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque' });
  const externalSecret = (name: string, target?: string) => ({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name },
    spec: {
      secretStoreRef: { name: 'aws', kind: 'SecretStore' },
      ...(target ? { target: { name: target } } : {})
    }
  });
  const certificate = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'web' },
    spec: { secretName: 'web-tls', issuerRef: { name: 'ca' } }
  };

  test('made by the render, by an ExternalSecret (target name or its own name), by a Certificate', () => {
    expect(verify([reader(), secret('db'), externalSecret('env-from-aws', 'app-env'), certificate])).toEqual(
      []
    );
    expect(verify([reader(), externalSecret('db'), externalSecret('app-env'), certificate])).toEqual([]);
  });

  test('a pre-install hook Job that names the Secret in its arguments writes it (kube-webhook-certgen)', () => {
    const certgen = (hook: string, args: string[]) => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'admission-create', annotations: { 'helm.sh/hook': hook } },
      spec: { template: { spec: { containers: [{ name: 'create', image: 'certgen:v1', args }] } } }
    });
    const docs = (job: Doc) => [reader(), secret('db'), externalSecret('app-env'), job];
    const mine = (f: Finding[]) => f.filter(x => x.check === 'secret-ref').map(x => x.message);
    expect(
      mine(verify(docs(certgen('pre-install,pre-upgrade', ['create', '--secret-name=web-tls']))))
    ).toEqual([]);
    expect(mine(verify(docs(certgen('pre-install', ['create', '--secret-name', 'web-tls']))))).toEqual([]);
    // Another name, or a Job that runs after the pods (post-install), does not count.
    expect(mine(verify(docs(certgen('pre-install', ['--secret-name=other']))))).toHaveLength(1);
    expect(mine(verify(docs(certgen('post-install', ['--secret-name=web-tls']))))).toHaveLength(1);
  });

  test("a pre-install hook Job whose Role lets it create the Secret it names in resourceNames writes it (argo-cd's redis-secret-init)", () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'redis-secret-init', annotations: { 'helm.sh/hook': 'pre-install,pre-upgrade' } },
      spec: {
        template: {
          spec: {
            serviceAccountName: 'init',
            containers: [{ name: 'init', image: 'argocd:v3', command: ['argocd'] }]
          }
        }
      }
    };
    const role = (verbs: string[]) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'init' },
      rules: [
        { apiGroups: [''], resources: ['secrets'], resourceNames: ['web-tls'], verbs: ['get'] },
        { apiGroups: [''], resources: ['secrets'], verbs }
      ]
    });
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'init' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'init' },
      subjects: [{ kind: 'ServiceAccount', name: 'init' }]
    };
    const mine = (docs: Doc[]) => verify(docs).filter(x => x.check === 'secret-ref');
    const base = [reader(), secret('db'), externalSecret('app-env'), job];
    expect(mine([...base, role(['create']), binding])).toEqual([]);
    // A Role that may only read it, or one not bound to the Job's account, writes nothing.
    expect(mine([...base, role(['get']), binding])).toHaveLength(1);
    expect(mine([...base, role(['create'])])).toHaveLength(1);
  });

  test('declared external, or optional, is fine', () => {
    expect(verify([reader(), certificate], { externalSecrets: ['db', 'app-env'] })).toEqual([]);
    const optional = reader({
      env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'db', key: 'k', optional: true } } }],
      envFrom: [{ secretRef: { name: 'app-env', optional: true } }]
    });
    expect(verify([optional, certificate])).toEqual([]);
  });

  test('a Secret nobody creates is caught, naming the reference', () => {
    const f = failing(verify([reader(), externalSecret('db-es', 'db')]));
    expect(f.map(x => x.check)).toEqual(['secret-ref', 'secret-ref']);
    expect(f.map(x => x.message)).toEqual([
      expect.stringMatching(/container "web" envFrom reads Secret "app-env"/),
      expect.stringMatching(/volume "tls" reads Secret "web-tls"/)
    ]);
  });
});

describe('ServiceMonitor', () => {
  const sm = (spec: Doc, namespace?: string) => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name: 'web', ...(namespace ? { namespace } : {}) },
    spec: { selector: { matchLabels: { ...app } }, endpoints: [{ port: 'http', path: '/metrics' }], ...spec }
  });
  const docs = (s: Doc) => [workload('Deployment', 'web'), service('web', app), s];

  test('selects a Service of the release and names its port', () => {
    expect(verify(docs(sm({})))).toEqual([]);
    expect(verify(docs(sm({ namespaceSelector: { matchNames: ['default'] } }, 'monitoring')))).toEqual([]);
    expect(verify(docs(sm({ endpoints: [{ targetPort: 8080 }] })))).toEqual([]);
  });

  test('a selector, namespace or port that finds nothing is caught', () => {
    const msg = (s: Doc) => failing(verify(docs(s))).map(f => f.message);
    expect(msg(sm({ selector: { matchLabels: { app: 'other' } } }))).toEqual([
      'ServiceMonitor/web selects no Service of the render (in namespace default)'
    ]);
    expect(msg(sm({}, 'monitoring'))).toEqual([
      'ServiceMonitor/web selects no Service of the render (in namespace monitoring)'
    ]);
    expect(msg(sm({ endpoints: [{ port: 'metrics' }] }))).toEqual([
      expect.stringMatching(
        /endpoints\[0\] scrapes port "metrics", which no selected Service \(Service\/web\) names/
      )
    ]);
    expect(msg(sm({ endpoints: [{ targetPort: 9100 }] }))).toEqual([
      expect.stringMatching(/targetPort 9100/)
    ]);
  });
});

/** A ServiceAccount with a Role of the render bound to it (what the RBAC-aware checks read). */
function rbac(account: string, rules: Doc[]): Doc[] {
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: account } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: account }, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: account },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: account },
      subjects: [{ kind: 'ServiceAccount', name: account }]
    }
  ];
}

function withAccount(d: Doc, account: string): Doc {
  d['spec']['template']['spec']['serviceAccountName'] = account;
  return d;
}

function inNamespace(d: Doc, namespace: string): Doc {
  return { ...d, metadata: { ...d['metadata'], namespace } };
}

// Found on kube-prometheus-stack 88.5.3 (release namespace monitoring): exporter Services in
// kube-system over the control plane's pods, ServiceMonitors over kube-system's kubelet Service
// (prometheus-operator maintains it) and over the API server's Service in default.
describe('selectors confined to namespaces outside the release', () => {
  const ns = { namespace: 'monitoring' };
  const serviceMonitor = (
    name: string,
    matchNames: string[],
    labels: Record<string, string>,
    port = 'https'
  ) => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name },
    spec: { namespaceSelector: { matchNames }, selector: { matchLabels: labels }, endpoints: [{ port }] }
  });
  const etcd = () => inNamespace(service('kps-kube-etcd', { component: 'etcd' }), 'kube-system');
  const etcdPdb = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'etcd', namespace: 'kube-system' },
    spec: { maxUnavailable: 1, selector: { matchLabels: { component: 'etcd' } } }
  };

  test('exempted with the evidence as reason: not the release namespace, no pods of the render there', () => {
    const f = verify(
      [
        workload('Deployment', 'web'),
        etcd(),
        etcdPdb,
        serviceMonitor('kps-kubelet', ['kube-system'], { 'k8s-app': 'kubelet' }, 'https-metrics')
      ],
      ns
    );
    expect(failing(f)).toEqual([]);
    expect(f.map(x => [x.check, x.object])).toEqual([
      ['service-selector', 'Service/kps-kube-etcd'],
      ['servicemonitor-selector', 'ServiceMonitor/kps-kubelet'],
      ['pdb-target', 'PodDisruptionBudget/etcd']
    ]);
    for (const x of f)
      expect(x.exempted).toBe(
        "inferred: namespace kube-system is not the release's and the render makes no pods there, so the selector aims at pods outside the release"
      );
  });

  test('still caught: in the release namespace, over release pods of another namespace, or a ServiceMonitor merely placed elsewhere', () => {
    const inRelease = verify(
      [workload('Deployment', 'web'), service('kps-kube-etcd', { component: 'etcd' })],
      ns
    );
    expect(checks(failing(inRelease))).toEqual(['service-selector']);
    // The Service in kube-system selects the release's own pods (they run in monitoring): a namespace slip.
    const slip = failing(
      verify([workload('Deployment', 'web'), inNamespace(service('web', app), 'kube-system')], ns)
    );
    expect(slip.map(x => x.message)).toEqual([
      expect.stringMatching(
        /the pods of Deployment\/web in namespace monitoring match, but a selector reaches only pods of its own namespace/
      )
    ]);
    // A ServiceMonitor put in another namespace without matchNames looks there, and finds nothing.
    const placed = inNamespace(
      {
        ...serviceMonitor('web', [], app, 'http'),
        spec: { selector: { matchLabels: app }, endpoints: [{ port: 'http' }] }
      },
      'kube-system'
    );
    expect(checks(failing(verify([workload('Deployment', 'web'), service('web', app), placed], ns)))).toEqual(
      ['servicemonitor-selector']
    );
    // matchNames naming the release namespace, where nothing matches.
    const own = serviceMonitor('kps-kubelet', ['monitoring'], { 'k8s-app': 'kubelet' });
    expect(checks(failing(verify([workload('Deployment', 'web'), own], ns)))).toEqual([
      'servicemonitor-selector'
    ]);
  });

  test("the API server's Service is in every cluster: selected by name of port, wrong port still caught", () => {
    const apiserver = (port: string) =>
      serviceMonitor('kps-apiserver', ['default'], { component: 'apiserver', provider: 'kubernetes' }, port);
    // Released into default itself, so no namespace inference can be what passes it.
    expect(verify([workload('Deployment', 'web'), apiserver('https')])).toEqual([]);
    expect(failing(verify([workload('Deployment', 'web'), apiserver('http')])).map(x => x.message)).toEqual([
      expect.stringMatching(/scrapes port "http", which no selected Service \(Service\/kubernetes\) names/)
    ]);
    const other = serviceMonitor('x', ['default'], { component: 'apiserver', provider: 'other' });
    expect(checks(failing(verify([workload('Deployment', 'web'), other])))).toEqual([
      'servicemonitor-selector'
    ]);
  });
});

// Found on keda 2.20.2: keda-operator writes the kedaorg-certs Secret on start
// (--cert-secret-name, a Role letting it create Secrets); the webhook pods mount it.
describe('Secrets an operator of the release writes on start', () => {
  const operator = (args: string[]) => {
    const d = withAccount(workload('Deployment', 'operator'), 'operator');
    d['spec']['template']['spec']['containers'][0]['args'] = args;
    return d;
  };
  const webhook = () => {
    const d = workload('Deployment', 'webhook');
    d['spec']['template']['spec']['volumes'] = [{ name: 'certs', secret: { secretName: 'certs' } }];
    return d;
  };
  const creates = [{ apiGroups: [''], resources: ['secrets'], verbs: ['create', 'update'] }];
  const mine = (docs: Doc[]) => failing(verify(docs)).filter(x => x.check === 'secret-ref');

  test('named in its arguments and creatable by its ServiceAccount: written, not missing', () => {
    expect(mine([operator(['--cert-secret-name=certs']), webhook(), ...rbac('operator', creates)])).toEqual(
      []
    );
  });

  test('still caught: an operator that may only read it, or that names another Secret', () => {
    const readOnly = [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }];
    expect(
      mine([operator(['--cert-secret-name=certs']), webhook(), ...rbac('operator', readOnly)])
    ).toHaveLength(1);
    expect(
      mine([operator(['--cert-secret-name=other']), webhook(), ...rbac('operator', creates)])
    ).toHaveLength(1);
    // A post-install hook runs after the pods: it does not count either.
    const hook = operator(['--cert-secret-name=certs']);
    hook['metadata']['annotations'] = { 'helm.sh/hook': 'post-install' };
    expect(mine([hook, webhook(), ...rbac('operator', creates)])).toHaveLength(1);
  });
});

// Found on vault-helm 0.34.1 in HA (server.ha.enabled): Vault's Kubernetes service registration
// labels its own pod vault-active=true|false; the vault-active and vault-standby Services select it.
describe('pods that label themselves', () => {
  const server = { ...app, component: 'server' };
  const vault = () => {
    const d = withAccount(workload('StatefulSet', 'vault', { replicas: 3 }), 'vault');
    d['spec']['selector'] = { matchLabels: server };
    d['spec']['template']['metadata']['labels'] = server;
    return d;
  };
  const patchPods = [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'update', 'patch'] }];
  const active = (sel: Record<string, string>) => service('vault-active', { ...sel, 'vault-active': 'true' });

  test('a Service asking for a label their template leaves unset selects them when they may patch pods', () => {
    expect(verify([vault(), active(server), ...rbac('vault', patchPods)])).toEqual([]);
  });

  test('still caught: no permission to patch pods, or a label the template sets to another value', () => {
    const readPods = [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }];
    expect(checks(failing(verify([vault(), active(server), ...rbac('vault', readPods)])))).toEqual([
      'service-selector'
    ]);
    expect(
      checks(
        failing(verify([vault(), active({ ...server, component: 'agent' }), ...rbac('vault', patchPods)]))
      )
    ).toEqual(['service-selector']);
  });
});

// Found on istio's gateway chart (manifests/charts/gateway at 86c9f01): the istio-proxy container
// has the placeholder image "auto", which the injector replaces, and gets its readiness probe
// from the gateway injection template.
describe("Istio's gateway injection", () => {
  const gateway = (labels: Record<string, string>, name = 'istio-proxy') => {
    const c = container(name);
    c['image'] = 'auto';
    delete c['readinessProbe'];
    const d = workload('Deployment', 'gw');
    d['spec']['template']['metadata']['labels'] = { ...app, ...labels };
    d['spec']['template']['spec']['containers'] = [c];
    return d;
  };
  const inject = { 'sidecar.istio.io/inject': 'true' };

  test('an injected istio-proxy with image auto: image and readiness probe are the injector’s', () => {
    expect(verify([gateway(inject)])).toEqual([]);
  });

  test('still caught: no injection asked for, or the placeholder on another container', () => {
    expect(checks(failing(verify([gateway({})])))).toEqual(['image-tag', 'probes']);
    expect(checks(failing(verify([gateway({ 'sidecar.istio.io/inject': 'false' })])))).toEqual([
      'image-tag',
      'probes'
    ]);
    expect(checks(failing(verify([gateway(inject, 'app')])))).toEqual(['image-tag', 'probes']);
  });
});

// Found on cloudnative-pg's cluster chart 0.8.1: its helm-test Job reads the pg-cluster-app
// Secret, which the CloudNativePG operator makes for the Cluster in the render.
describe('Secrets an operator makes for a custom resource of the render (CloudNativePG)', () => {
  const cluster = (spec: Doc = {}) => ({
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: 'pg' },
    spec: { instances: 3, ...spec }
  });
  const reads = (secret: string) => {
    const c = container();
    c['env'] = [{ name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: secret, key: 'password' } } }];
    const d = workload('Deployment', 'app');
    d['spec']['template']['spec']['containers'] = [c];
    return d;
  };
  const mine = (docs: Doc[]) => failing(verify(docs)).filter(x => x.check === 'secret-ref');

  test('the application credentials and, when enabled, the superuser are the operator’s', () => {
    expect(mine([cluster(), reads('pg-app')])).toEqual([]);
    expect(mine([cluster({ enableSuperuserAccess: true }), reads('pg-superuser')])).toEqual([]);
  });

  test('still caught: another name, the superuser when not enabled, -app when initdb brings its own', () => {
    expect(mine([cluster(), reads('pg-other')])).toHaveLength(1);
    expect(mine([cluster(), reads('pg-superuser')])).toHaveLength(1);
    const own = cluster({ bootstrap: { initdb: { database: 'app', secret: { name: 'pg-credentials' } } } });
    expect(mine([own, reads('pg-app')])).toHaveLength(1);
  });
});
