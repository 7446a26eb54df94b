/**
 * The example app (`node example-app/dist/server.js`) in a network namespace of its own, joined to
 * this host by a veth pair on a private /30, so the kube-apiserver's service proxy can reach it:
 * kwok pods run no containers, and the API server refuses to proxy to loopback addresses. Used by
 * the smoke tests and bench/gates.ts (Node runs it directly there: node built-ins only, erasable
 * TypeScript only). Needs `ip` (iproute2) and root or passwordless sudo.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

// Root here; on a CI runner (a user with passwordless sudo) the network commands go through sudo.
const SUDO = process.getuid?.() === 0 ? [] : ['sudo', '-n'];

function ipCommand(args: string[]): [string, string[]] {
  return SUDO.length ? ['sudo', [...SUDO.slice(1), 'ip', ...args]] : ['ip', args];
}

export function ip(args: string[]): string {
  const [cmd, argv] = ipCommand(args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.error) throw new Error(`ip ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

/** Why this machine cannot run the app in a network namespace, or undefined when it can. */
export function netnsUnavailable(): string | undefined {
  if (spawnSync('ip', ['-V']).error)
    return 'this needs the `ip` command (Debian package iproute2; scripts/bootstrap.sh installs it) to create a network namespace';
  if (SUDO.length && spawnSync('sudo', ['-n', 'true']).status !== 0)
    return 'this needs root (or passwordless sudo) to create a network namespace';
  return undefined;
}

/** A /30 in 192.168.251.0/24 that no interface here uses yet (concurrent runs get different ones). */
function pickSubnet(): { host: string; app: string } {
  const used = ip(['-4', '-o', 'addr', 'show']);
  for (let i = 0; i < 64; i++) {
    const base = ((process.pid + i) % 63) * 4 + 4;
    const host = `192.168.251.${base + 1}`;
    if (!used.includes(`inet ${host}/`) && !used.includes(`inet 192.168.251.${base + 2}/`))
      return { host, app: `192.168.251.${base + 2}` };
  }
  throw new Error('no free /30 left in 192.168.251.0/24 for the app network namespace');
}

export interface NetnsApp {
  hostIp: string;
  appIp: string;
  port: number;
  /** Everything the app printed so far (JSON log lines). */
  log(): string;
  /** Stops the app and removes the namespace and the veth; throws with what could not be cleaned. */
  stop(): Promise<void>;
}

/**
 * Starts `node serverJs` inside a new namespace (`ft-<tag>-<pid>`), listening on its /30 address
 * and `port`, and resolves once it logs that it listens.
 */
export async function startNetnsApp(o: {
  serverJs: string;
  port: number;
  tag: string;
  node?: string;
}): Promise<NetnsApp> {
  const netns = `ft-${o.tag}-${process.pid}`;
  // Interface names are at most 15 characters: "ftsm" + a pid (at most 7 digits) + "h"/"n".
  const hostIf = `ftsm${process.pid}h`;
  const appIf = `ftsm${process.pid}n`;
  const { host: hostIp, app: appIp } = pickSubnet();
  let out = '';
  let child: ChildProcess | undefined;
  let created = false;

  const stop = async (): Promise<void> => {
    const problems: string[] = [];
    // The app first: a process still inside keeps the namespace (and so the veth) alive.
    const c = child;
    if (c && c.exitCode === null && c.signalCode === null) {
      const exited = new Promise<void>(r => c.once('exit', () => r()));
      c.kill('SIGTERM');
      const killer = setTimeout(() => c.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    if (created) {
      try {
        ip(['netns', 'del', netns]);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    // Normally gone with the namespace; removed here if the namespace step failed half-way. The
    // kernel removes the veth asynchronously after `netns del`, so it may vanish in between.
    if (spawnSync('ip', ['link', 'show', hostIf], { stdio: 'ignore' }).status === 0) {
      try {
        ip(['link', 'del', hostIf]);
      } catch (e) {
        if (!/Cannot find device/.test((e as Error).message)) problems.push((e as Error).message);
      }
    }
    if (problems.length) throw new Error(`cleanup: ${problems.join('; ')}`);
  };

  try {
    ip(['netns', 'add', netns]);
    created = true;
    ip(['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', appIf, 'netns', netns]);
    ip(['addr', 'add', `${hostIp}/30`, 'dev', hostIf]);
    ip(['link', 'set', hostIf, 'up']);
    ip(['-n', netns, 'addr', 'add', `${appIp}/30`, 'dev', appIf]);
    ip(['-n', netns, 'link', 'set', appIf, 'up']);
    // `ip netns exec` and `env` exec in place, so the child is the app (or sudo, which relays
    // signals to it); the variables go through `env` because sudo resets the environment.
    const [cmd, argv] = ipCommand([
      'netns',
      'exec',
      netns,
      'env',
      `HOST=${appIp}`,
      `CONTAINER_PORT=${o.port}`,
      'LOG_LEVEL=debug',
      o.node ?? process.execPath,
      o.serverJs
    ]);
    const c = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`the app did not start within 15 s:\n${out}`)), 15_000);
      const onData = (d: string) => {
        out += d;
        if (out.includes(`Listening on ${appIp}:${o.port}`)) {
          clearTimeout(timer);
          ok();
        }
      };
      c.stdout.setEncoding('utf8').on('data', onData);
      c.stderr.setEncoding('utf8').on('data', onData);
      c.on('exit', code => {
        clearTimeout(timer);
        fail(new Error(`the app exited (${code}) before listening:\n${out}`));
      });
    });
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { hostIp, appIp, port: o.port, log: () => out, stop };
}
