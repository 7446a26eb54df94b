/**
 * The local stack's own promises: it listens on 127.0.0.1 only; a taken port or a missing
 * tool gives one clear message and leaves nothing running; and when the process that owns a
 * stack dies without cleaning up, the watchdog stops every process of that stack.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, stackDir, toolsBin } from '../helpers/stack';

const startSh = join(repoRoot, 'scripts', 'stack', 'start.sh');

/** PIDs recorded by start.sh in STATE/run/*.pid ("PID STARTTIME"). */
function recordedPids(state: string): number[] {
  const run = join(state, 'run');
  if (!existsSync(run)) return [];
  return readdirSync(run)
    .filter(f => f.endsWith('.pid'))
    .map(f => Number(readFileSync(join(run, f), 'utf8').split(' ')[0]));
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};

/** PIDs of the processes of the stack in DIR: start.sh puts FT_STACK_PART_OF=DIR in their environment. */
function processesUsing(dir: string): number[] {
  const out: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/environ`, 'utf8').split('\0').includes(`FT_STACK_PART_OF=${dir}`)) {
        out.push(Number(e));
      }
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return out;
}

/** Local addresses of the LISTEN TCP sockets held by PIDS, decoded from /proc/net/tcp{,6}. */
function listeningAddresses(pids: number[]): string[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m?.[1]) inodes.add(m[1]);
      } catch {
        // fd closed meanwhile
      }
    }
  }
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '0A' || !inodes.has(f[9] ?? '')) continue;
      const [hex = '', port = ''] = (f[1] ?? '').split(':');
      out.push(`${decodeAddress(hex)}:${parseInt(port, 16)}`);
    }
  }
  return out;
}

function decodeAddress(hex: string): string {
  if (hex.length === 8)
    return (hex.match(/../g) ?? [])
      .map(b => parseInt(b, 16))
      .reverse()
      .join('.');
  // IPv6: four little-endian 32-bit words; only the loopback forms matter here.
  if (hex === '00000000000000000000000001000000') return '::1';
  if (hex === '0000000000000000FFFF00000100007F') return '::ffff:127.0.0.1';
  return `[${hex}]`;
}

describe('local stack lifecycle', () => {
  test('every socket the stack listens on is bound to 127.0.0.1', () => {
    const addrs = listeningAddresses(recordedPids(stackDir()));
    // registries x2, moto, etcd client+peer, apiserver, controller-manager, scheduler
    expect(addrs.length).toBeGreaterThanOrEqual(8);
    for (const a of addrs) expect(a).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  test('a taken port fails with one clear message naming it, and starts nothing', async () => {
    const state = mkdtempSync(join(tmpdir(), 'ft-stack-port-'));
    const server: Server = createServer();
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const r = spawnSync('bash', [startSh], {
        env: { ...process.env, FT_STACK_DIR: state, FT_PORT_APISERVER: String(port) },
        encoding: 'utf8',
        timeout: 60_000
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(
        `port ${port} for apiserver (set by FT_PORT_APISERVER) on 127.0.0.1 is not free`
      );
      expect(r.stderr).not.toMatch(/Traceback|at .*\.js:\d+/);
      expect(recordedPids(state)).toEqual([]);
    } finally {
      server.close();
      rmSync(state, { recursive: true, force: true });
    }
  });

  test('missing tools fail with one message saying what and how to fix it', () => {
    const state = mkdtempSync(join(tmpdir(), 'ft-stack-tools-'));
    const emptyBin = join(state, 'bin');
    mkdirSync(emptyBin);
    try {
      const r = spawnSync('bash', [startSh], {
        env: { ...process.env, FT_STACK_DIR: state, FT_TOOLS_BIN: emptyBin },
        encoding: 'utf8',
        timeout: 60_000
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(
        /^stack: missing tools in .*: etcd kube-apiserver .* Run scripts\/bootstrap\.sh/
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });

  test('a part that crashes during start (stand-in kube-apiserver exiting 1): its log is shown, the rest stopped', () => {
    const state = mkdtempSync(join(tmpdir(), 'ft-stack-crash-'));
    const bin = join(state, 'bin');
    mkdirSync(bin);
    // The real tools, except a stand-in apiserver that fails the way a bad flag would.
    for (const f of readdirSync(toolsBin)) symlinkSync(join(toolsBin, f), join(bin, f));
    rmSync(join(bin, 'kube-apiserver'));
    writeFileSync(
      join(bin, 'kube-apiserver'),
      '#!/bin/sh\necho "stand-in: unknown flag --bogus" >&2\nexit 1\n',
      {
        mode: 0o755
      }
    );
    try {
      const r = spawnSync('bash', [startSh], {
        env: { ...process.env, FT_STACK_DIR: state, FT_TOOLS_BIN: bin },
        encoding: 'utf8',
        timeout: 120_000
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('stack: kube-apiserver exited during start; last lines of');
      expect(r.stderr).toContain('stand-in: unknown flag --bogus');
      expect(existsSync(join(state, 'run'))).toBe(false);
      expect(existsSync(join(state, 'stack.env'))).toBe(false);
      expect(processesUsing(state)).toEqual([]);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });

  test('a second stack whose owner is killed is stopped by its watchdog, leaving nothing running', async () => {
    const state = mkdtempSync(join(tmpdir(), 'ft-stack-owner-'));
    // The owner stands in for a Jest run that crashes (SIGKILL: no teardown runs).
    const owner: ChildProcess = spawn('sleep', ['600'], { stdio: 'ignore' });
    try {
      const r = spawnSync('bash', [startSh, '--owner-pid', String(owner.pid)], {
        env: { ...process.env, FT_STACK_DIR: state },
        encoding: 'utf8',
        timeout: 180_000
      });
      expect(r.stderr).toMatch(/stack up in \d+ms/);
      expect(r.status).toBe(0);
      const pids = recordedPids(state);
      expect(pids.length).toBeGreaterThanOrEqual(9);
      expect(processesUsing(state).sort()).toEqual(expect.arrayContaining(pids));
      expect(pids.every(isAlive)).toBe(true);

      owner.kill('SIGKILL');
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && (pids.some(isAlive) || existsSync(join(state, 'run')))) {
        await new Promise(r => setTimeout(r, 250));
      }
      expect(pids.filter(isAlive)).toEqual([]);
      expect(processesUsing(state)).toEqual([]);
      expect(existsSync(join(state, 'stack.env'))).toBe(false);
    } finally {
      owner.kill('SIGKILL');
      spawnSync('bash', [join(repoRoot, 'scripts', 'stack', 'stop.sh')], {
        env: { ...process.env, FT_STACK_DIR: state }
      });
      rmSync(state, { recursive: true, force: true });
    }
  }, 240_000);
});
