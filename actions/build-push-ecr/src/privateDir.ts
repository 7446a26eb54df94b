/**
 * The one place credentials touch the disk: a 0700 directory under RUNNER_TEMP holding a 0600
 * auth file in the format buildah, podman and docker all read (`{"auths":{host:{auth}}}`).
 * buildah/podman get `--authfile <dir>/config.json`; docker gets DOCKER_CONFIG=<dir>, so
 * ~/.docker is never written. The directory is removed in `finally` by run(), and again by the
 * post step (found by its path, saved in state: no secret is ever saved).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createPrivateDir as createSharedPrivateDir,
  removePrivateDir as removeSharedPrivateDir,
  writePrivateFile
} from '../../../src/lib/privateFiles';

export const PRIVATE_DIR_PREFIX = 'flygtaxi-build-push-';
/** The state entry the post step finds the directory by (its path; never a secret). */
export const PRIVATE_DIR_STATE = 'private-dir';

export interface PrivateDir {
  dir: string;
  /** config.json inside dir; present only when credentials were written. */
  authFile?: string;
}

export function createPrivateDir(runnerTemp: string): PrivateDir {
  return { dir: createSharedPrivateDir(runnerTemp, PRIVATE_DIR_PREFIX) };
}

/** The auth file body: one registry, `auth` = base64(user:password). */
export function authFileContent(registry: string, username: string, password: string): string {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return JSON.stringify({ auths: { [registry]: { auth } } });
}

export function writeAuthFile(p: PrivateDir, registry: string, username: string, password: string): string {
  const file = path.join(p.dir, 'config.json');
  writePrivateFile(file, authFileContent(registry, username, password));
  p.authFile = file;
  return file;
}

/**
 * docker with DOCKER_CONFIG=<dir> would lose the user's buildx builders and CLI plugins (set up
 * by docker/setup-buildx-action under ~/.docker): link them into the private directory.
 */
export function linkDockerState(p: PrivateDir, env: NodeJS.ProcessEnv): void {
  const original = env['DOCKER_CONFIG'] || path.join(os.homedir(), '.docker');
  for (const name of ['buildx', 'cli-plugins', 'contexts']) {
    const src = path.join(original, name);
    if (fs.existsSync(src)) fs.symlinkSync(src, path.join(p.dir, name));
  }
}

/** Removes the directory and everything in it; never throws (cleanup must not mask the real error). */
export function removePrivateDir(dir: string): boolean {
  return removeSharedPrivateDir(dir, PRIVATE_DIR_PREFIX);
}
