/**
 * The verifier as a pure function: a render that passes, then one defect per case and the
 * finding it must produce (and nothing else), plus the relaxations and helpers.
 */
import { toObject, type ManifestObject } from '../../src/lib/manifest';
import {
  IAM_ROLE_ARN,
  isMutableTag,
  parseImageRef,
  selectorMatches,
  verifyManifest,
  type Finding,
  type VerifyOptions
} from '../../actions/package-and-verify-helm-chart/src/verify';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const labels = { 'app.kubernetes.io/name': 'app', 'app.kubernetes.io/instance': 'r' };

function container(): Doc {
  return {
    name: 'app',
    image: 'registry.example.com/app:1.2.3',
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

function podSpec(): Doc {
  return {
    serviceAccountName: 'r-app',
    securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [container()]
  };
}

function good(): Doc[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'r-app',
        annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/app' }
      }
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'r-app' },
      spec: {
        selector: { matchLabels: { ...labels } },
        template: { metadata: { labels: { ...labels, extra: 'x' } }, spec: podSpec() }
      }
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'r-app' },
      spec: { selector: { ...labels }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] }
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'r-app' },
      spec: {
        rules: [
          {
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'r-app', port: { name: 'http' } } }
                }
              ]
            }
          }
        ]
      }
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'r-app' },
      spec: { minAvailable: 1, selector: { matchLabels: { ...labels } } }
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'r-app' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'r-app' },
        minReplicas: 2,
        maxReplicas: 3
      }
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'r-app-test', annotations: { 'helm.sh/hook': 'test' } },
      spec: {
        restartPolicy: 'Never',
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'test',
            image: 'busybox:1.36',
            resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '32Mi' } },
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }
          }
        ]
      }
    }
  ];
}

const opts: VerifyOptions = {
  requiredKinds: ['Deployment', 'Service', 'ServiceAccount'],
  namespace: 'default'
};

function objects(docs: Doc[]): ManifestObject[] {
  return docs.map((d, i) => toObject(d, `app/templates/${String(d.kind).toLowerCase()}.yaml`, i));
}

function verify(mutate: (docs: Doc[]) => void, o: VerifyOptions = opts): Finding[] {
  const docs = good();
  mutate(docs);
  return verifyManifest(objects(docs), o);
}

const find = (docs: Doc[], kind: string): Doc => docs.find(d => d.kind === kind) as Doc;
const deploymentContainer = (docs: Doc[]): Doc => find(docs, 'Deployment').spec.template.spec.containers[0];

test('the good render has no findings', () => {
  expect(verifyManifest(objects(good()), opts)).toEqual([]);
});

const cases: [string, string, (docs: Doc[]) => void, RegExp][] = [
  [
    'required-kinds',
    'no ServiceAccount',
    d => {
      d.splice(0, 1);
      delete find(d, 'Deployment').spec.template.spec.serviceAccountName;
    },
    /no ServiceAccount/
  ],
  ['object-fields', 'no apiVersion', d => delete find(d, 'Ingress').apiVersion, /has no apiVersion/],
  [
    'object-fields',
    'no metadata.name',
    d => d.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }),
    /has no metadata\.name/
  ],
  [
    'duplicate',
    'same kind/name twice',
    d => d.push({ ...find(d, 'Service') }),
    /Service\/r-app is defined twice/
  ],
  [
    'workload-selector',
    'selector does not match',
    d => (find(d, 'Deployment').spec.selector.matchLabels['app.kubernetes.io/name'] = 'other'),
    /does not match its pod template/
  ],
  [
    'workload-selector',
    'no selector',
    d => delete find(d, 'Deployment').spec.selector,
    /has no spec\.selector/
  ],
  [
    'service-selector',
    'selects nothing',
    d => (find(d, 'Service').spec.selector['app.kubernetes.io/name'] = 'web'),
    /selects no pods/
  ],
  [
    'service-target-port',
    'port name not exposed',
    d => (find(d, 'Service').spec.ports[0].targetPort = 'web'),
    /targets "web"/
  ],
  [
    'ingress-backend',
    'unknown Service',
    d => (find(d, 'Ingress').spec.rules[0].http.paths[0].backend.service.name = 'nope'),
    /Service "nope", which is not in the render/
  ],
  [
    'ingress-backend',
    'unknown port name',
    d => (find(d, 'Ingress').spec.rules[0].http.paths[0].backend.service.port = { name: 'https' }),
    /port "https"/
  ],
  [
    'ingress-backend',
    'unknown port number',
    d => (find(d, 'Ingress').spec.rules[0].http.paths[0].backend.service.port = { number: 8080 }),
    /port 8080/
  ],
  [
    'ingress-backend',
    'defaultBackend to a missing Service',
    d => (find(d, 'Ingress').spec.defaultBackend = { service: { name: 'x', port: { number: 80 } } }),
    /Service "x"/
  ],
  [
    'service-account',
    'missing ServiceAccount',
    d => (find(d, 'Deployment').spec.template.spec.serviceAccountName = 'runner'),
    /ServiceAccount "runner"/
  ],
  [
    'irsa-role-arn',
    'user ARN',
    d =>
      (find(d, 'ServiceAccount').metadata.annotations['eks.amazonaws.com/role-arn'] =
        'arn:aws:iam::123456789012:user/x'),
    /not an IAM role ARN/
  ],
  [
    'irsa-role-arn',
    'empty ARN',
    d => (find(d, 'ServiceAccount').metadata.annotations['eks.amazonaws.com/role-arn'] = ''),
    /not an IAM role ARN/
  ],
  [
    'pdb-target',
    'selects nothing',
    d => (find(d, 'PodDisruptionBudget').spec.selector.matchLabels['app.kubernetes.io/name'] = 'x'),
    /selects no pods/
  ],
  [
    'pdb-target',
    'empty selector',
    d => (find(d, 'PodDisruptionBudget').spec.selector = {}),
    /empty selector/
  ],
  [
    'hpa-target',
    'missing target',
    d => (find(d, 'HorizontalPodAutoscaler').spec.scaleTargetRef.name = 'other'),
    /scales Deployment\/other/
  ],
  [
    'hpa-target',
    'wrong kind',
    d => (find(d, 'HorizontalPodAutoscaler').spec.scaleTargetRef.kind = 'StatefulSet'),
    /scales StatefulSet\/r-app/
  ],
  ['probes', 'no readinessProbe', d => delete deploymentContainer(d).readinessProbe, /no readinessProbe/],
  ['probes', 'no livenessProbe', d => delete deploymentContainer(d).livenessProbe, /no livenessProbe/],
  [
    'resources',
    'no requests',
    d => delete deploymentContainer(d).resources.requests,
    /no requests\.cpu, requests\.memory$/
  ],
  ['resources', 'no memory limit', d => delete deploymentContainer(d).resources.limits, /no limits\.memory/],
  [
    'security-context',
    'runAsNonRoot missing',
    d => delete find(d, 'Deployment').spec.template.spec.securityContext.runAsNonRoot,
    /runAsNonRoot/
  ],
  [
    'security-context',
    'container overrides runAsNonRoot false',
    d => (deploymentContainer(d).securityContext.runAsNonRoot = false),
    /runAsNonRoot/
  ],
  ['security-context', 'runs as UID 0', d => (deploymentContainer(d).securityContext.runAsUser = 0), /UID 0/],
  [
    'security-context',
    'privilege escalation allowed',
    d => (deploymentContainer(d).securityContext.allowPrivilegeEscalation = true),
    /allowPrivilegeEscalation/
  ],
  [
    'security-context',
    'capabilities not dropped',
    d => (deploymentContainer(d).securityContext.capabilities = {}),
    /drop ALL/
  ],
  [
    'security-context',
    'adds SYS_ADMIN',
    d => (deploymentContainer(d).securityContext.capabilities.add = ['NET_BIND_SERVICE', 'SYS_ADMIN']),
    /adds capabilities SYS_ADMIN/
  ],
  [
    'security-context',
    'seccomp Unconfined',
    d => (deploymentContainer(d).securityContext.seccompProfile = { type: 'Unconfined' }),
    /seccompProfile/
  ],
  [
    'privileged',
    'privileged container',
    d => (deploymentContainer(d).securityContext.privileged = true),
    /is privileged/
  ],
  [
    'host-access',
    'hostNetwork',
    d => (find(d, 'Deployment').spec.template.spec.hostNetwork = true),
    /hostNetwork/
  ],
  ['host-access', 'hostPID', d => (find(d, 'Deployment').spec.template.spec.hostPID = true), /hostPID/],
  [
    'host-access',
    'hostPath volume',
    d => (find(d, 'Deployment').spec.template.spec.volumes = [{ name: 'h', hostPath: { path: '/' } }]),
    /hostPath volume "h"/
  ],
  ['host-access', 'hostPort', d => (deploymentContainer(d).ports[0].hostPort = 8080), /hostPort 8080/],
  ['image-tag', 'latest', d => (deploymentContainer(d).image = 'nginx:latest'), /mutable tag "latest"/],
  ['image-tag', 'no tag', d => (deploymentContainer(d).image = 'registry:5000/nginx'), /no tag/],
  [
    'image-tag',
    'moving <name>-latest tag of the seed',
    d => (deploymentContainer(d).image = 'acct.dkr.ecr.eu-north-1.amazonaws.com/apps:frontdoor-latest'),
    /frontdoor-latest/
  ],
  ['image-tag', 'no image', d => delete deploymentContainer(d).image, /has no image/],
  [
    'read-only-root-filesystem',
    'writable root filesystem (warning)',
    d => delete deploymentContainer(d).securityContext.readOnlyRootFilesystem,
    /readOnlyRootFilesystem/
  ]
];

test.each(cases)('%s: %s', (check, _what, mutate, message) => {
  const findings = verify(mutate);
  expect(findings.map(f => f.check)).toEqual([check]);
  expect(findings[0]?.message).toMatch(message);
  expect(findings[0]?.level).toBe(check === 'read-only-root-filesystem' ? 'warning' : 'error');
  if (findings[0]?.object) expect(findings[0].source).toMatch(/^app\/templates\/[a-z]+\.yaml$/);
});

test.each<[string, (docs: Doc[]) => void, RegExp]>([
  ['port number not declared', d => (find(d, 'Service').spec.ports[0].targetPort = 9090), /targets 9090/],
  [
    'no targetPort: the port number itself is not declared',
    d => {
      delete find(d, 'Service').spec.ports[0].targetPort;
    },
    /targets 80/
  ]
])(
  'service-target-port: %s is a warning (a number reaches the pod, declared or not)',
  (_what, mutate, message) => {
    const findings = verify(mutate);
    expect(findings.map(f => [f.check, f.level])).toEqual([['service-target-port', 'warning']]);
    expect(findings[0]?.message).toMatch(message);
  }
);

describe('what is allowed', () => {
  test.each<[string, (docs: Doc[]) => void]>([
    [
      'a latest tag pinned by digest',
      d => (deploymentContainer(d).image = `nginx:latest@sha256:${'a'.repeat(64)}`)
    ],
    ['a digest without tag', d => (deploymentContainer(d).image = `nginx@sha256:${'a'.repeat(64)}`)],
    [
      'a registry port and a version tag',
      d => (deploymentContainer(d).image = 'localhost:5000/team/app:2024.1')
    ],
    [
      'NET_BIND_SERVICE',
      d => (deploymentContainer(d).securityContext.capabilities.add = ['NET_BIND_SERVICE'])
    ],
    [
      'seccomp on the container instead of the pod',
      d => {
        delete find(d, 'Deployment').spec.template.spec.securityContext.seccompProfile;
        deploymentContainer(d).securityContext.seccompProfile = {
          type: 'Localhost',
          localhostProfile: 'p.json'
        };
      }
    ],
    [
      'targetPort as a number matching containerPort',
      d => (find(d, 'Service').spec.ports[0].targetPort = 8080)
    ],
    ['targetPort as a numeric string', d => (find(d, 'Service').spec.ports[0].targetPort = '8080')],
    [
      'Ingress by port number',
      d => (find(d, 'Ingress').spec.rules[0].http.paths[0].backend.service.port = { number: 80 })
    ],
    [
      'legacy Ingress backend shape',
      d =>
        (find(d, 'Ingress').spec.rules[0].http.paths[0].backend = {
          serviceName: 'r-app',
          servicePort: 'http'
        })
    ],
    [
      'a Service without selector (endpoints managed elsewhere)',
      d =>
        d.push({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'ext' },
          spec: { ports: [{ port: 5432 }] }
        })
    ],
    [
      'an ExternalName Service',
      d =>
        d.push({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'db' },
          spec: { type: 'ExternalName', externalName: 'db.example.com' }
        })
    ],
    ['the default ServiceAccount', d => delete find(d, 'Deployment').spec.template.spec.serviceAccountName],
    [
      'an IRSA ARN with a path and another partition',
      d =>
        (find(d, 'ServiceAccount').metadata.annotations['eks.amazonaws.com/role-arn'] =
          'arn:aws-cn:iam::123456789012:role/team/app')
    ],
    [
      'PDB with matchExpressions',
      d =>
        (find(d, 'PodDisruptionBudget').spec.selector = {
          matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['app'] }]
        })
    ],
    [
      'same name, different kinds',
      d => d.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'r-app' } })
    ],
    [
      'same kind/name in different namespaces',
      d => d.push({ ...find(d, 'ServiceAccount'), metadata: { name: 'r-app', namespace: 'other' } })
    ]
  ])('%s', (_what, mutate) => {
    expect(verify(mutate)).toEqual([]);
  });

  test('helm test pods need no probes; missing resources there are only a warning', () => {
    const findings = verify(d => delete find(d, 'Pod').spec.containers[0].resources);
    expect(findings.map(f => [f.level, f.check])).toEqual([['warning', 'resources']]);
  });

  test('helm test pods still need the restricted security context', () => {
    const findings = verify(d => (find(d, 'Pod').spec.containers[0].securityContext = {}));
    expect(findings.map(f => f.check)).toEqual(['security-context', 'security-context']);
  });

  test('a Service selecting only the test hook pod still selects nothing', () => {
    const findings = verify(d => {
      find(d, 'Pod').metadata.labels = { role: 'test' };
      find(d, 'Service').spec.selector = { role: 'test' };
    });
    expect(findings.map(f => f.check)).toEqual(['service-selector']);
  });

  test('a Service must be in the namespace of the pods it selects (and of the Ingress using it)', () => {
    const findings = verify(d => (find(d, 'Service').metadata.namespace = 'elsewhere'));
    expect(findings.map(f => f.check)).toEqual(['service-selector', 'ingress-backend']);
  });

  test('external-service-accounts silences the missing-ServiceAccount finding', () => {
    const mutate = (d: Doc[]) => (find(d, 'Deployment').spec.template.spec.serviceAccountName = 'shared');
    expect(verify(mutate, { ...opts, externalServiceAccounts: ['shared'] })).toEqual([]);
  });

  test('workloadPolicy false (policy: off) skips the workload checks, not the structure', () => {
    const mutate = (d: Doc[]) => {
      deploymentContainer(d).image = 'nginx:latest';
      find(d, 'Service').spec.selector = { x: 'y' };
    };
    expect(verify(mutate, { ...opts, workloadPolicy: false }).map(f => f.check)).toEqual([
      'service-selector'
    ]);
  });

  test('CronJob and Job pod templates get the policy without probes', () => {
    const job = (kind: string, spec: Doc) => ({
      apiVersion: 'batch/v1',
      kind,
      metadata: { name: 'j' },
      spec
    });
    const pod = podSpec();
    delete (pod.containers[0] as Doc).readinessProbe;
    delete (pod.containers[0] as Doc).livenessProbe;
    expect(verify(d => d.push(job('Job', { template: { spec: pod } })))).toEqual([]);
    const bad = podSpec();
    (bad.containers[0] as Doc).image = 'x:latest';
    const findings = verify(d =>
      d.push(job('CronJob', { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: bad } } } }))
    );
    expect(findings.map(f => [f.check, f.object])).toEqual([['image-tag', 'CronJob/j']]);
  });

  test('init containers get the policy but no probe requirement', () => {
    const init = { ...container(), name: 'init' };
    delete (init as Doc).readinessProbe;
    delete (init as Doc).livenessProbe;
    expect(verify(d => (find(d, 'Deployment').spec.template.spec.initContainers = [init]))).toEqual([]);
    const findings = verify(
      d => (find(d, 'Deployment').spec.template.spec.initContainers = [{ ...init, securityContext: {} }])
    );
    expect(findings.every(f => f.message.includes('init container "init"'))).toBe(true);
  });
});

describe('helpers', () => {
  test.each([
    ['nginx', { name: 'nginx', tag: '', digest: '' }],
    ['nginx:1.27', { name: 'nginx', tag: '1.27', digest: '' }],
    ['localhost:5000/a/b', { name: 'localhost:5000/a/b', tag: '', digest: '' }],
    ['localhost:5000/a/b:v1@sha256:ab', { name: 'localhost:5000/a/b', tag: 'v1', digest: 'sha256:ab' }]
  ])('parseImageRef(%p)', (image, want) => {
    expect(parseImageRef(image)).toEqual(want);
  });

  test.each([
    ['latest', true],
    ['LATEST', true],
    ['', true],
    ['main', true],
    ['frontdoor-latest', true],
    ['1.2.3', false],
    ['frontdoor-3f2a9c1', false],
    ['latest-fix', false]
  ])('isMutableTag(%p) = %p', (tag, want) => {
    expect(isMutableTag(tag)).toBe(want);
  });

  test.each([
    ['arn:aws:iam::123456789012:role/app', true],
    ['arn:aws-us-gov:iam::123456789012:role/a/b/c', true],
    ['arn:aws:iam::12345678901:role/app', false],
    ['arn:aws:iam::123456789012:role/', false],
    ['arn:aws:sts::123456789012:assumed-role/app/x', false],
    [' arn:aws:iam::123456789012:role/app', false]
  ])('IAM_ROLE_ARN %p → %p', (arn, ok) => {
    expect(IAM_ROLE_ARN.test(arn)).toBe(ok);
  });

  test.each([
    [{ matchLabels: { a: '1' } }, { a: '1', b: '2' }, true],
    [{ matchLabels: { a: '1' } }, { a: '2' }, false],
    [{ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['2'] }] }, { a: '1' }, true],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, {}, false],
    [{ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }, {}, true],
    [{ matchExpressions: [{ key: 'a', operator: 'Bogus' }] }, { a: '1' }, false]
  ])('selectorMatches(%j, %j) = %p', (sel, lbls, want) => {
    expect(selectorMatches(sel, lbls)).toBe(want);
  });
});
