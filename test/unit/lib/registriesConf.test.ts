/**
 * registries.conf as buildah and podman read it (src/lib/registriesConf.ts), on real files: which
 * files, the drop-in merge, the v1 conversion, every validation problem named with its file, the
 * longest-prefix match, and what a push destination takes from it. The machine's own
 * /etc/containers files (Debian's shortnames.conf drop-in) must parse too.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/lib/errors';
import {
  destinationSettings,
  findRegistry,
  loadRegistriesConf,
  parseRegistriesConf,
  registriesConfPaths,
  SYSTEM_REGISTRIES_CONF,
  SYSTEM_REGISTRIES_CONF_DIR
} from '../../../src/lib/registriesConf';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'regconf-'));
}

function write(file: string, text: string): string {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The thrown UserError's message and details as one text. */
function problemsOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    const e = err as UserError;
    return [e.message, ...e.details].join('\n');
  }
  throw new Error('expected a UserError');
}

describe('which files', () => {
  test('CONTAINERS_REGISTRIES_CONF, else the user file when it exists, else the system file; drop-in dirs accordingly', () => {
    const h = dir();
    const sys = { systemFile: join(h, 'etc.conf'), systemDir: join(h, 'etc.d') };
    expect(registriesConfPaths({ HOME: h, CONTAINERS_REGISTRIES_CONF: '/x.conf' }, sys)).toEqual({
      file: '/x.conf',
      explicit: true,
      dirs: [sys.systemDir, join(h, '.config/containers/registries.conf.d')]
    });
    expect(registriesConfPaths({ HOME: h }, sys)).toEqual({
      file: sys.systemFile,
      explicit: false,
      dirs: [sys.systemDir, join(h, '.config/containers/registries.conf.d')]
    });
    write(join(h, '.config/containers/registries.conf'), '');
    expect(registriesConfPaths({ HOME: h }, sys)).toEqual({
      file: join(h, '.config/containers/registries.conf'),
      explicit: false,
      dirs: [join(h, '.config/containers/registries.conf.d')]
    });
    expect(registriesConfPaths({ HOME: dir() }).file).toBe(SYSTEM_REGISTRIES_CONF);
  });

  test('a CONTAINERS_REGISTRIES_CONF that does not exist is an error naming it; a missing system file is no configuration', () => {
    const h = dir();
    const sys = { systemFile: join(h, 'none.conf'), systemDir: join(h, 'none.d') };
    expect(
      problemsOf(() => loadRegistriesConf({ HOME: h, CONTAINERS_REGISTRIES_CONF: join(h, 'x.conf') }, sys))
    ).toMatch(/CONTAINERS_REGISTRIES_CONF names .*x\.conf, which cannot be read/);
    const conf = loadRegistriesConf({ HOME: h }, sys);
    expect(conf.registries).toEqual([]);
    expect(conf.credentialHelpers).toEqual(['containers-auth.json']);
    expect(conf.files).toEqual([]);
  });

  test('drop-ins (*.conf, sorted) replace a prefix and the lists they set; sub-directories and other files are not read', () => {
    const h = dir();
    const main = write(
      join(h, 'registries.conf'),
      `unqualified-search-registries = ["docker.io"]
credential-helpers = ["containers-auth.json", "first"]
[[registry]]
location = "a.example.com"
insecure = true
[[registry]]
location = "b.example.com"
`
    );
    const d = join(h, 'registries.conf.d');
    write(join(d, '20-b.conf'), '[[registry]]\nlocation = "a.example.com"\nblocked = true\n');
    write(
      join(d, '10-a.conf'),
      'credential-helpers = ["second"]\n[[registry]]\nlocation = "a.example.com"\n'
    );
    write(join(d, 'README'), 'not toml at all [[[');
    write(join(d, 'sub', 'x.conf'), 'not toml at all [[[');
    const conf = loadRegistriesConf({ HOME: h }, { systemFile: main, systemDir: d });
    expect(conf.files).toEqual([main, join(d, '10-a.conf'), join(d, '20-b.conf')]);
    expect(conf.registries.map(r => [r.prefix, r.insecure, r.blocked])).toEqual([
      ['a.example.com', false, true],
      ['b.example.com', false, false]
    ]);
    expect(conf.unqualifiedSearchRegistries).toEqual(['docker.io']);
    expect(conf.credentialHelpers).toEqual(['second']);
  });

  test("the machine's own configuration parses (Debian ships [aliases] in registries.conf.d/shortnames.conf)", () => {
    const conf = loadRegistriesConf(
      { HOME: dir() },
      { systemFile: SYSTEM_REGISTRIES_CONF, systemDir: SYSTEM_REGISTRIES_CONF_DIR }
    );
    expect(conf.credentialHelpers.length).toBeGreaterThan(0);
    expect(conf.unknownKeys).toEqual([]);
  });
});

describe('one file', () => {
  test('v2: prefix, location, insecure, blocked, mirrors with pull-from-mirror; trailing slashes trimmed', () => {
    const p = parseRegistriesConf(
      `short-name-mode = "enforcing"
[[registry]]
prefix = "example.com/foo"
location = "internal.example.com/bar/"
[[registry.mirror]]
location = "mirror.example.com"
insecure = true
pull-from-mirror = "digest-only"
[[registry]]
prefix = "*.corp.example"
blocked = true
`,
      'f.conf',
      false
    );
    expect(p.shortNameMode).toBe('enforcing');
    expect(p.registries).toEqual([
      {
        prefix: 'example.com/foo',
        location: 'internal.example.com/bar',
        insecure: false,
        blocked: false,
        mirrorByDigestOnly: false,
        mirrors: [{ location: 'mirror.example.com', insecure: true, pullFromMirror: 'digest-only' }],
        file: 'f.conf'
      },
      {
        prefix: '*.corp.example',
        location: '',
        insecure: false,
        blocked: true,
        mirrorByDigestOnly: false,
        mirrors: [],
        file: 'f.conf'
      }
    ]);
  });

  test('every problem of a file at once, named by key, with the file', () => {
    const text = problemsOf(() =>
      parseRegistriesConf(
        `unqualified-search-registries = ["docker.io", "not a host"]
short-name-mode = "sometimes"
credential-helpers = "one"
[[registry]]
location = "https://scheme.example.com"
insecure = "yes"
[[registry]]
prefix = "nolocation.example.com"
[[registry]]
location = "m.example.com"
mirror-by-digest-only = true
[[registry.mirror]]
pull-from-mirror = "sometimes"
[[registry]]
prefix = "*.example.com:5000"
[[registry]]
location = "twice.example.com"
insecure = true
[[registry]]
prefix = "twice.example.com/ns"
location = "twice.example.com"
`,
        '/etc/containers/registries.conf',
        false
      )
    );
    expect(text).toMatch(/^\/etc\/containers\/registries\.conf is not a valid registries\.conf/);
    for (const re of [
      /unqualified-search-registries entry "not a host" is not a host\[:port\]/,
      /short-name-mode "sometimes" is not one of disabled, enforcing, permissive/,
      /credential-helpers must be an array of strings/,
      /registry\[1\]\.location "https:\/\/scheme\.example\.com": URI schemes are not supported/,
      /registry\[1\]\.insecure must be true or false/,
      /registry\[2\]: location is unset and prefix "nolocation\.example\.com" is not in the format \*\.example\.com/,
      /registry\[3\]\.mirror\[1\]: location is unset/,
      /registry\[3\]\.mirror\[1\]\.pull-from-mirror "sometimes" is not one of all, digest-only, tag-only/,
      /registry\[3\]\.mirror\[1\]: pull-from-mirror and the registry's mirror-by-digest-only cannot both be set/,
      /registry\[4\]\.prefix "\*\.example\.com:5000": a wildcard prefix must be in the format \*\.example\.com/,
      /registry "twice\.example\.com" is defined several times with conflicting insecure/
    ])
      expect(text).toMatch(re);
  });

  test('not TOML: the line and column, no content', () => {
    expect(
      problemsOf(() => parseRegistriesConf('[[registry]\nlocation = "secret-host"', 'r.conf', false))
    ).toMatch(/^r\.conf is not valid TOML \(line 1, column \d+\): buildah and podman cannot read it either$/);
  });

  test('v1 is converted (search, insecure, block); v1 in a drop-in, or mixed with v2, is refused', () => {
    const v1 = `[registries.search]
registries = ["docker.io"]
[registries.insecure]
registries = ["plain.example.com:5000"]
[registries.block]
registries = ["bad.example.com", "plain.example.com:5000"]
`;
    const p = parseRegistriesConf(v1, 'v1.conf', false);
    expect(p.unqualifiedSearchRegistries).toEqual(['docker.io']);
    expect(p.registries.map(r => [r.prefix, r.insecure, r.blocked])).toEqual([
      ['bad.example.com', false, true],
      ['plain.example.com:5000', true, true]
    ]);
    expect(problemsOf(() => parseRegistriesConf(v1, 'd.conf', true))).toMatch(
      /drop-in must be in the v2 format/
    );
    expect(
      problemsOf(() =>
        parseRegistriesConf(`${v1}\n[[registry]]\nlocation = "x.example.com"\n`, 'm.conf', false)
      )
    ).toMatch(/mixes the v1 \(\[registries\.\*\]\) and v2 formats/);
  });

  test('keys no containers tool knows are reported, not refused (containers/image ignores them)', () => {
    const p = parseRegistriesConf(
      'futurekey = 1\n[[registry]]\nlocation = "x.example.com"\nspeed = "fast"\n',
      'u.conf',
      false
    );
    expect(p.unknownKeys).toEqual(['u.conf: futurekey', 'u.conf: registry[1].speed']);
  });
});

describe('the destination of a push', () => {
  const conf = {
    ...parseRegistriesConf(
      `[[registry]]
location = "example.com"
insecure = true
[[registry]]
prefix = "example.com/team"
location = "example.com/team"
[[registry.mirror]]
location = "mirror.example.com"
[[registry]]
prefix = "*.blocked.example"
blocked = true
[[registry]]
prefix = "127.0.0.1:5000/app"
location = "127.0.0.1:6000/app"
`,
      '/r.conf',
      false
    ),
    credentialHelpers: [],
    files: [],
    unqualifiedSearchRegistries: []
  };

  test.each([
    ['example.com/other', 'example.com'],
    ['example.com/team/app', 'example.com/team'],
    ['example.com/teams/app', 'example.com'],
    ['example.company/app', undefined],
    ['example.com:5000/app', 'example.com'], // containers/image matches host:port by host prefix too
    ['a.b.blocked.example/app', '*.blocked.example'],
    ['blocked.example/app', undefined],
    ['127.0.0.1:5000/app', '127.0.0.1:5000/app']
  ])('%s → the [[registry]] with prefix %s', (ref, prefix) => {
    expect(findRegistry(conf, ref)?.prefix).toBe(prefix);
  });

  test('insecure comes from the longest prefix; pull-only fields are reported; blocked is refused naming the file', () => {
    expect(destinationSettings(conf, 'example.com', 'other')).toMatchObject({
      insecure: true,
      notes: [expect.stringMatching(/example\.com is insecure in \/r\.conf/)]
    });
    const team = destinationSettings(conf, 'example.com', 'team/app');
    expect(team.insecure).toBe(false);
    expect(team.notes).toEqual([
      expect.stringMatching(
        /1 mirror\(s\) \(mirror\.example\.com\) of example\.com\/team in \/r\.conf apply to pulls only; example\.com\/team\/app is checked and pushed at example\.com itself/
      )
    ]);
    expect(destinationSettings(conf, '127.0.0.1:5000', 'app').notes).toEqual([
      expect.stringMatching(
        /location 127\.0\.0\.1:6000\/app of 127\.0\.0\.1:5000\/app .* apply to pulls only/
      )
    ]);
    expect(problemsOf(() => destinationSettings(conf, 'x.blocked.example', 'app'))).toMatch(
      /^registry \*\.blocked\.example is blocked in \/r\.conf \(blocked = true\): pushing x\.blocked\.example\/app is refused/
    );
    expect(destinationSettings(conf, 'elsewhere.example', 'app')).toEqual({ insecure: false, notes: [] });
  });
});
