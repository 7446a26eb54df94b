/**
 * The bootstrap contract: every CLI the suite needs is in .tools/bin at its pinned version,
 * and the suite itself runs on the pinned Node 24 (GitHub runs node24 actions on Node 24).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile, repoRoot, toolsBin } from '../helpers/stack';

const pins = parseEnvFile(readFileSync(join(repoRoot, 'tools', 'versions.env'), 'utf8'));
const pin = (key: string): string => {
  const v = pins[key];
  if (!v) throw new Error(`tools/versions.env has no ${key}`);
  return v;
};

function run(tool: string, args: string[]): string {
  const r = spawnSync(join(toolsBin, tool), args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${tool}: ${r.error.message}`);
  return `${r.stdout}${r.stderr}`;
}

describe('tool bootstrap (.tools/bin)', () => {
  test('the test suite runs on the pinned Node 24 from .tools/bin', () => {
    expect(process.versions.node).toBe(pin('NODE_VERSION'));
    expect(readlinkSync(join(toolsBin, 'node'))).toContain(`node-${pin('NODE_VERSION')}`);
  });

  test.each([
    ['helm', ['version', '--short'], () => pin('HELM_VERSION')],
    ['kube-apiserver', ['--version'], () => `Kubernetes ${pin('KUBERNETES_VERSION')}`],
    ['kube-controller-manager', ['--version'], () => `Kubernetes ${pin('KUBERNETES_VERSION')}`],
    ['kube-scheduler', ['--version'], () => `Kubernetes ${pin('KUBERNETES_VERSION')}`],
    ['etcd', ['--version'], () => `etcd Version: ${pin('ETCD_VERSION').replace(/^v/, '')}`],
    ['kwok', ['--version'], () => pin('KWOK_VERSION').replace(/^v/, '')],
    ['actionlint', ['-version'], () => pin('ACTIONLINT_VERSION').replace(/^v/, '')],
    ['act', ['--version'], () => pin('ACT_VERSION').replace(/^v/, '')],
    ['tflint', ['--version'], () => `TFLint version ${pin('TFLINT_VERSION').replace(/^v/, '')}`],
    ['flagger', ['-version'], () => `Flagger version ${pin('FLAGGER_VERSION').replace(/^v/, '')}`],
    ['podman', ['--version'], () => 'podman version'],
    ['zizmor', ['--version'], () => pin('ZIZMOR_VERSION')],
    ['checkov', ['--version'], () => pin('CHECKOV_VERSION')],
    ['moto_server', ['--help'], () => 'usage'],
    ['buildah', ['--version'], () => 'buildah version'],
    ['skopeo', ['--version'], () => 'skopeo version'],
    ['docker-registry', ['--version'], () => 'docker-registry'],
    ['openssl', ['version'], () => 'OpenSSL']
  ])('%s runs and reports its version (pinned ones exactly)', (tool, args, expected) => {
    expect(run(tool, args)).toContain(expected());
  });

  test('the venv has moto, botocore and python-hcl2 (hcl2) at their pins', () => {
    const py = join(repoRoot, '.tools', 'venv', 'bin', 'python');
    const r = spawnSync(
      py,
      [
        '-c',
        'import botocore, hcl2, moto, importlib.metadata as m; print(botocore.__version__, m.version("python-hcl2"), moto.__version__)'
      ],
      { encoding: 'utf8' }
    );
    expect(r.stderr).toBe('');
    const [, hcl2, moto] = r.stdout.trim().split(' ');
    expect(hcl2).toBe(pin('PYTHON_HCL2_VERSION'));
    expect(moto).toBe(pin('MOTO_VERSION'));
  });

  test('bootstrap --check finds nothing missing, and a second bootstrap run is a no-op', () => {
    const bootstrap = join(repoRoot, 'scripts', 'bootstrap.sh');
    const check = spawnSync('bash', [bootstrap, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    const links = () => readdirSync(toolsBin).map(f => `${f} -> ${readlinkSync(join(toolsBin, f))}`);
    const before = links();
    const warm = spawnSync('bash', [bootstrap], { encoding: 'utf8', timeout: 60_000 });
    expect(warm.status).toBe(0);
    expect(warm.stderr).not.toMatch(/building|pip install|apt-get install|npm package/);
    expect(links()).toEqual(before);
  });
});
