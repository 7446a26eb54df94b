/**
 * The action end to end: the bundle (dist/package-and-verify-helm-chart) run the way the runner
 * runs it, with the real helm. The frontdoor chart must pass `strict` for every environment.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runAction } from '../helpers/runAction';
import { helmPlatform } from '../../src/lib/helm';
import { readTgz, writeTar } from '../../src/lib/tgz';
import { annotations, fixturesDir, realHelm, repoRoot, tempDir } from './helpers';

const ACTION = 'package-and-verify-helm-chart';

/** PATH whose helm is the real one (the bootstrap's .tools/bin first, as in CI). */
async function helmEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const helm = await realHelm();
  return { PATH: `${join(helm.path, '..')}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

/** The real helm behind a shim that logs each invocation's arguments, to count helm processes. */
async function countingHelm(): Promise<{ env: NodeJS.ProcessEnv; calls: () => string[] }> {
  const helm = await realHelm();
  const dir = tempDir('pvhc-shim-');
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const shim = join(dir, 'helm');
  writeFileSync(shim, `#!/bin/sh\necho "$1" >> '${log}'\nexec '${helm.path}' "$@"\n`);
  chmodSync(shim, 0o755);
  return {
    env: { PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` },
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)
  };
}

describe('the frontdoor chart', () => {
  test.each(['dev', 'staging', 'prod'])('passes strict with values-%s.yaml', async envName => {
    const dest = tempDir('pvhc-dest-');
    const run = await runAction(
      ACTION,
      {
        chart: 'charts/frontdoor',
        'values-files': `charts/frontdoor/values.yaml\ncharts/frontdoor/values-${envName}.yaml`,
        'release-name': 'frontdoor',
        namespace: `flygtaxi-${envName}`,
        destination: dest,
        policy: 'strict'
      },
      { env: await helmEnv() }
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.exitCode).toBe(0);
    const chartYaml = readFileSync(join(repoRoot, 'charts', 'frontdoor', 'Chart.yaml'), 'utf8');
    const version = /^version:\s*(\S+)/m.exec(chartYaml)?.[1] as string;
    expect(run.outputs['chart-name']).toBe('frontdoor');
    expect(run.outputs['chart-version']).toBe(version);
    expect(run.outputs['chart-path']).toBe(join(dest, `frontdoor-${version}.tgz`));
    expect(run.outputs['chart-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(existsSync(run.outputs['chart-path'] as string)).toBe(true);
    expect(Number(run.outputs['findings'])).toBe(annotations(run).length);
    const kinds = JSON.parse(run.outputs['kinds'] as string) as Record<string, number>;
    expect(kinds).toMatchObject({ Deployment: 1, Service: 1, ServiceAccount: 1 });
    const manifest = readFileSync(run.outputs['manifest-path'] as string, 'utf8');
    expect(manifest).toContain(`namespace: flygtaxi-${envName}`);
    expect(statSync(run.outputs['manifest-path'] as string).mode & 0o777).toBe(0o600);
    expect(run.summary).toMatch(/### Helm chart frontdoor .*: passed/);
  });
});

describe('outputs and overrides', () => {
  test('chart-version and app-version overrides land in the package and the outputs', async () => {
    const dest = tempDir('pvhc-dest-');
    const run = await runAction(
      ACTION,
      {
        chart: relative(repoRoot, join(fixturesDir, 'ok-minimal')),
        'chart-version': '2.3.4-rc.1',
        'app-version': 'app-3f2a9c1',
        destination: dest
      },
      { env: await helmEnv() }
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'chart-name': 'ok-minimal',
      'chart-version': '2.3.4-rc.1',
      'app-version': 'app-3f2a9c1'
    });
    const entries = readTgz(readFileSync(join(dest, 'ok-minimal-2.3.4-rc.1.tgz')));
    const chartYaml = entries.find(e => e.name === 'ok-minimal/Chart.yaml')?.data.toString() ?? '';
    expect(chartYaml).toMatch(/^version: 2\.3\.4-rc\.1$/m);
    expect(chartYaml).toMatch(/^appVersion: app-3f2a9c1$/m);
  });

  test('lint, package and template: three helm processes besides the version check', async () => {
    const shim = await countingHelm();
    const run = await runAction(
      ACTION,
      { chart: relative(repoRoot, join(fixturesDir, 'ok-minimal')), destination: tempDir() },
      { env: shim.env }
    );
    expect(run.exitCode).toBe(0);
    expect(shim.calls().sort()).toEqual(['lint', 'package', 'template', 'version']);
  });

  test('a chart with unbuilt dependencies gets `helm dependency build` first, and only then', async () => {
    const work = tempDir('pvhc-dep-');
    cpSync(join(fixturesDir, 'ok-with-dependency'), join(work, 'chart'), { recursive: true });
    const shim = await countingHelm();
    const first = await runAction(
      ACTION,
      { chart: 'chart', destination: join(work, 'out') },
      { env: shim.env, workspace: work }
    );
    expect(first.stdout).not.toMatch(/^::error/m);
    expect(first.exitCode).toBe(0);
    expect(shim.calls().sort()).toEqual(['dependency', 'lint', 'package', 'template', 'version']);
    expect(readdirSync(join(work, 'chart', 'charts'))).toEqual(['common-0.1.0.tgz']);
    const names = readTgz(readFileSync(first.outputs['chart-path'] as string)).map(e => e.name);
    // helm writes dependencies into the package unpacked.
    expect(names).toContain('ok-with-dependency/charts/common/Chart.yaml');
    expect(names.some(n => n.includes('/deps/'))).toBe(false);

    const second = await runAction(
      ACTION,
      { chart: 'chart', destination: join(work, 'out2') },
      { env: shim.env, workspace: work }
    );
    expect(second.exitCode).toBe(0);
    expect(shim.calls().filter(c => c === 'dependency')).toHaveLength(1);
    expect(second.outputs['chart-digest']).toBe(first.outputs['chart-digest']);
  });
});

describe('reproducible packages', () => {
  /** Two copies of the same chart whose files have different mtimes (as two fresh checkouts do). */
  function twoCheckouts(): [string, string] {
    const a = tempDir('pvhc-co-a-');
    const b = tempDir('pvhc-co-b-');
    cpSync(join(repoRoot, 'charts', 'frontdoor'), join(a, 'chart'), { recursive: true });
    cpSync(join(repoRoot, 'charts', 'frontdoor'), join(b, 'chart'), { recursive: true });
    const touch = (dir: string, t: Date) => {
      for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
        utimesSync(join(e.parentPath, e.name), t, t);
    };
    touch(join(a, 'chart'), new Date('2025-01-01T00:00:00Z'));
    touch(join(b, 'chart'), new Date('2026-06-01T12:00:00Z'));
    return [a, b];
  }

  test('the same sources give a byte-identical .tgz whatever the file times (helm alone does not)', async () => {
    const [a, b] = twoCheckouts();
    const env = await helmEnv();
    const inputs = {
      chart: 'chart',
      'values-files': 'chart/values-dev.yaml',
      'app-version': 'frontdoor-abc1234'
    };
    const ra = await runAction(ACTION, { ...inputs, destination: join(a, 'out') }, { env, workspace: a });
    const rb = await runAction(ACTION, { ...inputs, destination: join(b, 'out') }, { env, workspace: b });
    expect([ra.exitCode, rb.exitCode]).toEqual([0, 0]);
    expect(ra.outputs['chart-digest']).toBe(rb.outputs['chart-digest']);
    expect(
      readFileSync(ra.outputs['chart-path'] as string).equals(
        readFileSync(rb.outputs['chart-path'] as string)
      )
    ).toBe(true);
    expect(readTgz(readFileSync(ra.outputs['chart-path'] as string)).every(e => e.mtime === 315532800)).toBe(
      true
    );

    // Evidence for the rewrite: helm 4 stamps each file's mtime, so its own archives differ.
    const raw = { ...inputs, reproducible: 'false' };
    const xa = await runAction(ACTION, { ...raw, destination: join(a, 'raw') }, { env, workspace: a });
    const xb = await runAction(ACTION, { ...raw, destination: join(b, 'raw') }, { env, workspace: b });
    expect([xa.exitCode, xb.exitCode]).toEqual([0, 0]);
    expect(xa.outputs['chart-digest']).not.toBe(xb.outputs['chart-digest']);
  });

  test('SOURCE_DATE_EPOCH sets the entries time', async () => {
    const run = await runAction(
      ACTION,
      { chart: relative(repoRoot, join(fixturesDir, 'ok-minimal')), destination: tempDir() },
      { env: await helmEnv({ SOURCE_DATE_EPOCH: '1700000000' }) }
    );
    expect(run.exitCode).toBe(0);
    expect(
      readTgz(readFileSync(run.outputs['chart-path'] as string)).every(e => e.mtime === 1700000000)
    ).toBe(true);
  });
});

describe('bad inputs', () => {
  test('are reported together, by input name, without a stack trace, and nothing is written', async () => {
    const dest = join(tempDir(), 'never-created');
    const run = await runAction(
      ACTION,
      {
        chart: relative(repoRoot, join(fixturesDir, 'no-such-chart')),
        'values-files': 'charts/frontdoor/values-missing.yaml',
        set: 'image.tag=1\nnot a pair',
        policy: 'lenient',
        destination: dest
      },
      { env: await helmEnv() }
    );
    expect(run.exitCode).toBe(1);
    const errors = annotations(run).filter(a => a.level === 'error');
    expect(errors).toHaveLength(1);
    const msg = errors[0]?.message ?? '';
    expect(msg).toMatch(/^4 invalid inputs; nothing was changed:/);
    for (const name of ['chart', 'values-files', 'set', 'policy']) expect(msg).toContain(`- ${name}: `);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(dest)).toBe(false);
    expect(readdirSync(run.runnerTemp)).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  test('a helm-path that is not helm fails with that, not with what lint or package said', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'helm'), '#!/bin/sh\nexit 7\n');
    chmodSync(join(dir, 'helm'), 0o755);
    const dest = join(dir, 'out');
    const run = await runAction(ACTION, {
      chart: relative(repoRoot, join(fixturesDir, 'ok-minimal')),
      'helm-path': join(dir, 'helm'),
      destination: dest
    });
    expect(run.exitCode).toBe(1);
    const errors = annotations(run).filter(a => a.level === 'error');
    expect(errors.map(e => e.message)).toEqual([
      `helm-path: ${join(dir, 'helm')} does not run as helm (\`helm version\` failed)`
    ]);
    expect(run.outputs).toEqual({});
  });

  test('a directory without Chart.yaml is named', async () => {
    const run = await runAction(ACTION, { chart: 'test/fixtures' }, { env: await helmEnv() });
    expect(run.exitCode).toBe(1);
    expect(annotations(run)[0]?.message).toContain('chart: "test/fixtures" has no Chart.yaml');
  });
});

describe('policies', () => {
  const chart = relative(repoRoot, join(fixturesDir, 'broken-image-tag'));

  test('warn reports error-level findings as warnings and passes', async () => {
    const run = await runAction(
      ACTION,
      { chart, policy: 'warn', destination: tempDir() },
      { env: await helmEnv() }
    );
    expect(run.exitCode).toBe(0);
    const found = annotations(run);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(a => a.level === 'warning')).toBe(true);
    expect(found.some(a => a.props['title']?.startsWith('image-tag'))).toBe(true);
    expect(run.summary).toMatch(/passed with \d+ error-level findings? \(policy warn\)/);
  });

  test('off skips the workload policy', async () => {
    const run = await runAction(
      ACTION,
      { chart, policy: 'off', destination: tempDir() },
      { env: await helmEnv() }
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs['findings']).toBe('0');
  });

  test('strict fails and says how many error-level findings', async () => {
    const run = await runAction(ACTION, { chart, destination: tempDir() }, { env: await helmEnv() });
    expect(run.exitCode).toBe(1);
    const last = annotations(run).at(-1);
    expect(last?.message).toMatch(/^\d+ error-level findings? in broken-image-tag 0\.1\.0 \(policy strict\)/);
    // Outputs known before the failure are still set.
    expect(run.outputs['chart-digest']).toMatch(/^sha256:/);
    expect(run.summary).toMatch(
      /\| error \| image-tag \| Deployment\/release-app \| test\/fixtures\/charts\/broken-image-tag\/templates\/deployment\.yaml:2 \|/
    );
  });

  test("a helm template failure fails the step with helm's message, whatever the policy", async () => {
    const work = tempDir('pvhc-tplfail-');
    cpSync(join(fixturesDir, 'ok-minimal'), join(work, 'chart'), { recursive: true });
    writeFileSync(
      join(work, 'chart', 'templates', 'bad.yaml'),
      '{{ required "settingsUrl is required" .Values.settingsUrl }}\n'
    );
    const run = await runAction(
      ACTION,
      { chart: 'chart', policy: 'off', destination: join(work, 'out') },
      { workspace: work, env: await helmEnv() }
    );
    expect(run.exitCode).toBe(1);
    const msgs = annotations(run).map(a => a.message);
    expect(msgs.at(-1)).toMatch(
      /helm template of ok-minimal-0\.1\.0\.tgz failed \(exit 1\):[\s\S]*settingsUrl is required/
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * PATH has helm v4.3.1 but helm-version asks for v4.2.0: the lint and package started on the
 * PATH helm are discarded, v4.2.0 is installed from a local stand-in for get.helm.sh (through
 * the helm-download-url input) and the work is redone with it. The stand-in release's `helm` is
 * a wrapper that reports v4.2.0 and runs the real helm for everything else.
 */
describe('installing the wanted helm when PATH has another version', () => {
  test('work on the PATH helm is discarded; the installed one packages and renders', async () => {
    const helm = await realHelm();
    const wanted = 'v4.2.0';
    expect(helm.version).not.toBe(wanted);
    const p = helmPlatform(process.platform, process.arch);
    const wrapper = `#!/bin/sh\nif [ "$1" = version ]; then echo ${wanted}; exit 0; fi\necho "$1" >> "$WRAPPER_LOG"\nexec '${helm.path}' "$@"\n`;
    const tgz = gzipSync(
      writeTar([{ name: `${p.os}-${p.arch}/helm`, type: 'file', mode: 0o755, data: Buffer.from(wrapper) }], 0)
    );
    const name = `helm-${wanted}-${p.os}-${p.arch}.tar.gz`;
    const files: Record<string, Buffer> = {
      [`/${name}`]: tgz,
      [`/${name}.sha256sum`]: Buffer.from(`${createHash('sha256').update(tgz).digest('hex')}  ${name}\n`)
    };
    const server = createServer((req, res) => {
      const body = files[req.url ?? ''];
      if (body) res.writeHead(200).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    try {
      const work = tempDir('pvhc-install-');
      const log = join(work, 'wrapper.log');
      writeFileSync(log, '');
      const run = await runAction(
        ACTION,
        {
          chart: relative(repoRoot, join(fixturesDir, 'ok-minimal')),
          destination: join(work, 'out'),
          'helm-version': wanted,
          'helm-download-url': `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        },
        { env: { ...(await helmEnv()), RUNNER_TOOL_CACHE: join(work, 'toolcache'), WRAPPER_LOG: log } }
      );
      expect(run.stdout).not.toMatch(/^::error/m);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`helm on PATH is ${helm.version}`);
      expect(run.stdout).toMatch(/Installed helm v4\.2\.0 \(sha256 [0-9a-f]{64}\)/);
      // The redo ran on the installed helm; one package in the destination.
      expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).sort()).toEqual([
        'lint',
        'package',
        'template'
      ]);
      expect(readdirSync(join(work, 'out'))).toEqual(['ok-minimal-0.1.0.tgz']);
      expect(run.summary).toContain('| **Helm** | v4.2.0 |');
    } finally {
      await new Promise(r => server.close(r));
    }
  });
});
