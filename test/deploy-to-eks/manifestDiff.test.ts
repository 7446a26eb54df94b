/**
 * The approver's diff, pure: object by object, exact lines, Secret data and credential-named
 * values never printed, Helm's bookkeeping filtered, computed values coalesced as Helm does.
 */
import {
  computedValues,
  countsLine,
  diffMarkdown,
  diffReleases,
  diffText,
  prepareSide,
  redactValues
} from '../../actions/deploy-to-eks/src/manifestDiff';

const deployment = (image: string, replicas = 2) => `---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    meta.helm.sh/release-name: web
spec:
  replicas: ${replicas}
  template:
    spec:
      containers:
        - name: app
          image: ${image}
`;
const secret = (pw: string) => `---
# Source: web/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: web-db
data:
  password: ${Buffer.from(pw).toString('base64')}
  user: ${Buffer.from('app').toString('base64')}
`;
const service = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
`;

/** The +/- lines of a patch, without its ---/+++ header. */
const changedLines = (patch = '') =>
  patch.split('\n').filter(l => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));

describe('the release diff', () => {
  test('an image change: exactly the image line, nothing else', () => {
    const r = diffReleases(
      { manifest: deployment('reg/web:1') + service, values: { image: { tag: '1' } } },
      { manifest: deployment('reg/web:2') + service, values: { image: { tag: '2' } } }
    );
    expect(r.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    const dep = r.objects.find(o => o.id === 'Deployment/web');
    expect(changedLines(dep?.patch)).toEqual(['-          image: reg/web:1', '+          image: reg/web:2']);
    expect(changedLines(r.values.patch)).toEqual(["-  tag: '1'", "+  tag: '2'"]);
    expect(countsLine(r)).toBe('0 added, 1 changed, 0 removed, 1 unchanged object; values changed (+1 -1)');
  });

  test("Helm's bookkeeping does not count: a Source comment or release annotation alone is no change", () => {
    const a = deployment('reg/web:1');
    const b = a
      .replace('# Source: web/templates/deployment.yaml', '# Source: other.yaml')
      .replace('meta.helm.sh/release-name: web', 'meta.helm.sh/release-name: other');
    const r = diffReleases({ manifest: a, values: {} }, { manifest: b, values: {} });
    expect(r.counts.unchanged).toBe(1);
    expect(diffText(r)).toBe('');
    expect(diffText(diffReleases({ manifest: a, values: {} }, { manifest: a, values: {} }))).not.toContain(
      'meta.helm.sh'
    );
  });

  test('Secret data is redacted: a changed value shows as changed, never its content', () => {
    const r = diffReleases(
      { manifest: secret('old-s3cret'), values: { db: { password: 'old-s3cret', host: 'db1' } } },
      { manifest: secret('new-s3cret'), values: { db: { password: 'new-s3cret', host: 'db2' } } }
    );
    const text = diffText(r) + diffMarkdown(r);
    for (const leaked of [
      'old-s3cret',
      'new-s3cret',
      Buffer.from('old-s3cret').toString('base64'),
      Buffer.from('new-s3cret').toString('base64'),
      Buffer.from('app').toString('base64')
    ])
      expect(text).not.toContain(leaked);
    const sec = r.objects.find(o => o.id === 'Secret/web-db');
    expect(changedLines(sec?.patch)).toEqual([
      '-  password: '.concat("'<redacted: live value>'"),
      '+  password: '.concat("'<redacted: new value>'")
    ]);
    expect(sec?.patch).toContain('   user: <redacted>');
    expect(r.values.patch).toContain('-  host: db1');
    expect(r.values.patch).toContain("+  password: '<redacted: new value>'");
  });

  test('added and removed objects, first install, collapsed Markdown with counts on top', () => {
    const r = diffReleases({ manifest: deployment('a'), values: {} }, { manifest: service, values: {} });
    expect(r.counts).toMatchObject({ added: 1, removed: 1 });
    const md = diffMarkdown(r);
    expect(md.split('\n')[0]).toBe(
      '**Diff:** 1 added, 0 changed, 1 removed, 0 unchanged objects; values unchanged.'
    );
    expect(md).toContain('<details><summary>➕ `Service/web` added (+7 -0)</summary>');
    expect(md).toContain('<details><summary>➖ `Deployment/web` removed (+0 -11)</summary>');
    const first = diffReleases(undefined, { manifest: service, values: { a: 1 } });
    expect(first.values.change).toBe('added');
    expect(first.objects[0]?.change).toBe('added');
  });

  test.each([
    ['an image change', deployment('reg/web:1') + service, deployment('reg/web:2') + service],
    ['a Secret change (markers compare both sides)', secret('old-s3cret') + service, secret('new-s3cret')],
    ['added and removed objects', deployment('a') + secret('x'), service + secret('x')],
    [
      'bookkeeping only',
      deployment('a'),
      deployment('a').replace('# Source: web/templates/deployment.yaml\n', '')
    ]
  ])(
    'a side prepared ahead (the live one, while helm renders) gives exactly the same diff: %s',
    (_, live, next) => {
      const sides = [
        { manifest: live, values: { db: { password: 'p1' }, n: 1 } },
        { manifest: next, values: { db: { password: 'p2' }, n: 2 } }
      ] as const;
      const whole = diffReleases(sides[0], sides[1]);
      expect(diffReleases(prepareSide(sides[0]), sides[1])).toEqual(whole);
      expect(diffReleases(prepareSide(sides[0]), prepareSide(sides[1]))).toEqual(whole);
      const text = diffText(diffReleases(prepareSide(sides[0]), sides[1]));
      for (const leaked of [
        'old-s3cret',
        'new-s3cret',
        Buffer.from('new-s3cret').toString('base64'),
        'p1',
        'p2'
      ])
        expect(text).not.toContain(leaked);
    }
  );

  test('a prepared side holds a Secret unserialised: its markers depend on the other side', () => {
    const side = prepareSide({ manifest: secret('s') + service, values: {} });
    const byKind = Object.fromEntries([...side.objects.values()].map(x => [x.o.kind, x.yaml]));
    expect(byKind['Secret']).toBeUndefined();
    expect(byKind['Service']).toContain('port: 80');
  });
});

describe('computed values', () => {
  test.each([
    [{ a: 1, m: { x: 1, y: 2 } }, { m: { y: 3 } }, { a: 1, m: { x: 1, y: 3 } }],
    [{ a: 1, b: 2 }, { b: null }, { a: 1 }],
    [{ l: [1, 2] }, { l: [3] }, { l: [3] }],
    [{}, { n: { z: null, k: 1 } }, { n: { k: 1 } }]
  ])('%j with %j → %j', (defaults, user, out) => expect(computedValues(defaults, user)).toEqual(out));
  test('credential-named keys are redacted at any depth, others kept', () =>
    expect(
      redactValues({ api: { token: 't', url: 'u' }, list: [{ password: 'p' }] }, undefined, 'next')
    ).toEqual({
      api: { token: '<redacted: new value>', url: 'u' },
      list: [{ password: '<redacted: new value>' }]
    }));
});
