/**
 * src/lib/manifest.ts: splitting a helm render into objects with their `# Source:` template,
 * one broken document not hiding the rest.
 */
import {
  countKinds,
  parseManifest,
  parseYamlDocument,
  splitDocuments,
  templatePathInChart
} from '../../src/lib/manifest';

const render = `---
# Source: app/templates/serviceaccount.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: app
---
# Source: app/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: other
data:
  script: |
    echo one
    ---
    echo two
---
# Source: app/templates/empty.yaml
# nothing rendered here
---
# Source: app/templates/broken.yaml
apiVersion: v1
kind: ConfigMap
metadata: [unclosed
---
# Source: app/templates/dupe.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  name: b
---
# Source: app/charts/db/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: db
`;

describe('splitDocuments', () => {
  test('splits on column-0 --- only, keeps the Source path, drops comment-only documents', () => {
    const docs = splitDocuments(render);
    expect(docs.map(d => d.source)).toEqual([
      'app/templates/serviceaccount.yaml',
      'app/templates/configmap.yaml',
      'app/templates/broken.yaml',
      'app/templates/dupe.yaml',
      'app/charts/db/templates/service.yaml'
    ]);
    // The indented --- inside the block scalar is content, not a separator.
    expect(docs[1]?.text).toContain('    ---\n    echo two');
  });

  test('CRLF, a trailing ... marker and no leading ---', () => {
    const docs = splitDocuments('kind: A\r\nmetadata: {name: a}\r\n...\r\nkind: B\r\n');
    expect(docs.map(d => d.text.trim())).toEqual(['kind: A\nmetadata: {name: a}', 'kind: B']);
    expect(docs.map(d => d.source)).toEqual(['', '']);
  });
});

describe('parseManifest', () => {
  const parsed = parseManifest(render);

  test('objects carry kind, name, namespace, source and an id', () => {
    expect(parsed.objects.map(o => [o.id, o.namespace, o.source])).toEqual([
      ['ServiceAccount/app', '', 'app/templates/serviceaccount.yaml'],
      ['ConfigMap/settings', 'other', 'app/templates/configmap.yaml'],
      ['ConfigMap/b', '', 'app/templates/dupe.yaml'],
      ['Service/db', '', 'app/charts/db/templates/service.yaml']
    ]);
    expect((parsed.objects[1]?.doc['data'] as Record<string, string>)['script']).toBe(
      'echo one\n---\necho two\n'
    );
  });

  test('a document that does not parse is an error with its template', () => {
    expect(parsed.errors.map(e => [e.source, e.index])).toEqual([['app/templates/broken.yaml', 2]]);
  });

  test('a duplicated key parses as Helm does (the last value wins) and is reported with its line', () => {
    expect(parsed.duplicates).toEqual([
      {
        key: 'name',
        line: 6,
        occurrence: 2,
        source: 'app/templates/dupe.yaml',
        index: 3,
        object: 'ConfigMap/b'
      }
    ]);
  });

  test('every duplicate of a document is found, quoted keys and list items too; syntax errors still throw', () => {
    const r = parseManifest(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  key: one\n  "key": two\n  other: 1\n  other: 2\nlist:\n  - name: x\n    name: y\n'
    );
    expect(r.errors).toEqual([]);
    expect(r.objects[0]?.doc['data']).toEqual({ key: 'two', other: 2 });
    expect(r.objects[0]?.doc['list']).toEqual([{ name: 'y' }]);
    expect(r.duplicates.map(d => [d.key, d.line, d.occurrence])).toEqual([
      ['key', 7, 2],
      ['other', 9, 2],
      ['name', 12, 3]
    ]);
    expect(parseManifest('a: 1\na: 2\nb: [\n').errors).toHaveLength(1);
  });

  test('a document that is a list or scalar is an error; a kind: List is expanded', () => {
    const r = parseManifest(
      '- a\n- b\n---\njust text\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n  - 3\n'
    );
    expect(r.errors.map(e => e.message)).toEqual([
      'document is a list, not a Kubernetes object',
      'document is a string, not a Kubernetes object',
      'a List item is not an object'
    ]);
    expect(r.objects.map(o => o.id)).toEqual(['ConfigMap/x']);
  });

  test('missing kind or name is visible in the id (for findings)', () => {
    const r = parseManifest('apiVersion: v1\nmetadata: {}\n');
    expect(r.objects[0]?.id).toBe('<no kind>/<no name>');
  });
});

test('countKinds sorts by kind', () => {
  expect(JSON.stringify(countKinds(parseManifest(render).objects))).toBe(
    '{"ConfigMap":2,"Service":1,"ServiceAccount":1}'
  );
});

test.each([
  ['app/templates/service.yaml', 'templates/service.yaml'],
  ['app/charts/db/templates/x.yaml', 'charts/db/templates/x.yaml'],
  ['', '']
])('templatePathInChart(%p) = %p', (source, want) => {
  expect(templatePathInChart(source)).toBe(want);
});

describe('parseYamlDocument (YAML 1.2 core schema)', () => {
  test.each([
    ['date: 2024-01-01', { date: '2024-01-01' }],
    ['flag: yes', { flag: 'yes' }],
    ['n: 012', { n: 12 }],
    ['v: "1.0"', { v: '1.0' }],
    ['on: true', { on: true }]
  ])('%s', (text, want) => {
    expect(parseYamlDocument(text)).toEqual(want);
  });
});
