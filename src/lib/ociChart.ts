/**
 * Charts as OCI artifacts, shared by package-and-verify-helm-chart (push) and deploy-to-eks
 * (pull by digest). helm pushes the chart (`helm push`, logged in with `helm registry login
 * --password-stdin` into a private HELM_REGISTRY_CONFIG under RUNNER_TEMP, never
 * ~/.config/helm); this module checks, with the registry client, that the manifest the reference
 * names carries exactly the package's bytes (its chart layer's digest is the .tgz's sha256), so a
 * reference whose content does not match is refused before anything uses it. The pull is the
 * registry client's: the manifest by digest, then its one chart layer by digest, each checked
 * against its digest (what `helm pull` does, minus a helm login and a helm process each; helm
 * then deploys the verified local package and never talks to the registry).
 * The reference grammar is ociRef.ts (light: inputs.ts imports it); the registry client loads lazily.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ECR_HOST } from '../../actions/build-push-ecr/src/imageNames';
import { sha256Digest } from './digest';
import { UserError } from './errors';
import type { ExecResult } from './exec';
import type { Helm } from './helm';
import { createPrivateDir, removePrivateDir } from './privateFiles';
import type { RegistryClient, RegistryCredentials } from './registry';
import { oneLine } from './untrusted';
import { formatOciChartRef, type OciChartRef } from './ociRef';

export * from './ociRef';

export const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

export interface OciSession {
  /** Extra helm flags for every registry command (registry config, plain HTTP). */
  flags: string[];
  env: NodeJS.ProcessEnv;
  registry: RegistryClient;
  dir: string;
  close(): void;
}

export interface OciLogin {
  host: string;
  credentials?: RegistryCredentials;
  /** Plain HTTP (a local registry): helm --plain-http, and the registry client likewise. */
  plainHttp: boolean;
  runnerTemp: string;
  /** Log helm in (for `helm push`); false when only the registry client reads (a pull). */
  helmLogin?: boolean;
}

const PREFIX = 'flygtaxi-helm-registry-';

function helmFailure(what: string, res: ExecResult): string {
  const text = oneLine((res.stderr || res.stdout).trim().split('\n').slice(-3).join(' '));
  return `${what} failed (exit ${res.exitCode}): ${text.replace(/^Error: /, '')}`;
}

/** A private registry config, logged in when there are credentials; `close()` removes it. */
export async function openOciSession(helm: Helm, o: OciLogin, env: NodeJS.ProcessEnv): Promise<OciSession> {
  const { RegistryClient } = await import('./registry');
  const dir = createPrivateDir(o.runnerTemp, PREFIX);
  const config = path.join(dir, 'registry.json');
  const sessionEnv: NodeJS.ProcessEnv = {
    ...env,
    HELM_REGISTRY_CONFIG: config,
    // helm also caches under these; keep them out of $HOME too.
    HELM_REPOSITORY_CACHE: path.join(dir, 'cache'),
    HELM_REPOSITORY_CONFIG: path.join(dir, 'repositories.yaml'),
    HELM_CACHE_HOME: path.join(dir, 'cache-home')
  };
  const registry = new RegistryClient({
    registry: o.host,
    credentials: o.credentials,
    insecure: o.plainHttp,
    env
  });
  const close = () => {
    registry.close();
    removePrivateDir(dir, PREFIX);
  };
  try {
    if (o.credentials && o.helmLogin !== false) {
      const res = await helm.run(
        [
          'registry',
          'login',
          o.host,
          '--username',
          o.credentials.username,
          '--password-stdin',
          '--registry-config',
          config,
          ...(o.plainHttp ? ['--plain-http'] : [])
        ],
        { env: sessionEnv, input: o.credentials.password }
      );
      if (res.exitCode !== 0) throw new UserError(helmFailure(`helm registry login to ${o.host}`, res));
    }
    return {
      flags: ['--registry-config', config, ...(o.plainHttp ? ['--plain-http'] : [])],
      env: sessionEnv,
      registry,
      dir,
      close
    };
  } catch (err) {
    close();
    throw err;
  }
}

/**
 * Why a registry refused to let this job read a chart, and how to grant it: for ECR (often the
 * build account, pulled cross-account) both sides of the grant, else the credentials.
 */
export function pullRefusal(ref: Pick<OciChartRef, 'host' | 'repository'>, detail: string): string {
  const ecr = ECR_HOST.exec(ref.host);
  const grant = ecr
    ? `the identity of this job cannot pull from ${ref.host} (account ${ecr[1] as string}): grant it in the repository policy ` +
      '(terraform/modules/ecr pull_accounts (account_id, principal_arns): ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
      "and in the role's IAM policy (terraform/modules/github-oidc, with ecr:GetAuthorizationToken); " +
      'see docs/promote.md "Cross-account pull"'
    : `the registry credentials (registry-username / registry-password) may not read ${ref.repository}`;
  return `cannot pull chart oci://${ref.host}/${ref.repository}: ${grant} (${oneLine(detail)}); nothing was changed`;
}

/** The manifest digest an unpinned reference's tag names now (reported, then used as the pin). */
export async function resolveChartDigest(s: OciSession, ref: OciChartRef): Promise<string> {
  if (ref.digest) return ref.digest;
  const where = `oci://${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}`;
  if (!ref.tag)
    throw new UserError(
      `chart ${where} names no version: pin it by digest (@sha256:…, package-and-verify's chart-ref) or give chart-version; nothing was changed`
    );
  const info = await guarded(ref, () => s.registry.headManifest(ref.repository, ref.tag));
  if (!info) throw new UserError(`chart ${where} does not exist in ${ref.host}; nothing was changed`);
  return info.digest;
}

async function guarded<T>(ref: OciChartRef, f: () => Promise<T>): Promise<T> {
  const { RegistryAuthError } = await import('./registry');
  try {
    return await f();
  } catch (err) {
    if (err instanceof RegistryAuthError) throw new UserError(pullRefusal(ref, err.message));
    throw err;
  }
}

/** The chart layer digest of the manifest `digest` names; refuses a manifest that is not one chart. */
export async function chartLayerDigest(s: OciSession, ref: OciChartRef, digest: string): Promise<string> {
  return (await chartLayer(s, ref, digest)).digest;
}

interface ChartLayer {
  digest: string;
  size?: number;
  /** The chart version helm push wrote into the manifest's annotations, when it is a plain one. */
  version?: string;
}

async function chartLayer(s: OciSession, ref: OciChartRef, digest: string): Promise<ChartLayer> {
  const pinned = formatOciChartRef({ ...ref, digest });
  // getManifest checks that the body hashes to the digest asked for.
  const m = await guarded(ref, () => s.registry.getManifest(ref.repository, digest));
  if (!m)
    throw new UserError(
      `chart ${pinned} does not exist in ${ref.host} (no manifest with that digest in ${ref.repository}); nothing was changed`
    );
  if (m.digest !== digest)
    throw new UserError(
      `chart ${pinned}: the registry's manifest hashes to ${m.digest}, not to the digest of the reference; refused, nothing was changed`
    );
  let doc: { layers?: { mediaType?: string; digest?: string; size?: number }[]; annotations?: unknown } = {};
  try {
    doc = JSON.parse(m.body.toString('utf8')) as typeof doc;
  } catch {
    /* not JSON: no layers */
  }
  const charts = (Array.isArray(doc.layers) ? doc.layers : []).filter(l => l?.mediaType === HELM_CHART_LAYER);
  const layer = charts[0];
  if (charts.length !== 1 || typeof layer?.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(layer.digest))
    throw new UserError(`${pinned} is not a Helm chart (${charts.length} chart layers); nothing was changed`);
  const version =
    doc.annotations && typeof doc.annotations === 'object'
      ? (doc.annotations as Record<string, unknown>)['org.opencontainers.image.version']
      : undefined;
  return {
    digest: layer.digest,
    ...(Number.isSafeInteger(layer.size) ? { size: layer.size } : {}),
    ...(typeof version === 'string' && /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/.test(version) ? { version } : {})
  };
}

export interface PushedChart {
  /** oci://<host>/<path>/<name>@sha256:<manifest digest> */
  ref: string;
  manifestDigest: string;
  /** sha256 of the .tgz (the chart layer). */
  chartDigest: string;
}

/** Pushes the package; returns the pinned reference after checking the registry holds these bytes. */
export async function pushChart(
  helm: Helm,
  s: OciSession,
  packagePath: string,
  target: { host: string; path: string }
): Promise<PushedChart> {
  const chartDigest = sha256Digest(readFileSync(packagePath));
  const dest = `oci://${target.host}${target.path ? `/${target.path}` : ''}`;
  const res = await helm.run(['push', packagePath, dest, ...s.flags], { env: s.env });
  if (res.exitCode !== 0)
    throw new UserError(helmFailure(`helm push of ${path.basename(packagePath)} to ${dest}`, res));
  const out = `${res.stdout}\n${res.stderr}`;
  const digest = /^Digest:\s*(sha256:[a-f0-9]{64})/m.exec(out)?.[1];
  const pushed = /^Pushed:\s*(\S+)/m.exec(out)?.[1];
  if (!digest || !pushed)
    throw new UserError(
      `helm push to ${dest} printed no digest: ${oneLine(out.trim().split('\n').pop() ?? '')}`
    );
  const name = pushed
    .replace(/:[^/:]+$/, '')
    .split('/')
    .pop() as string;
  const ref: OciChartRef = {
    host: target.host,
    repository: `${target.path ? `${target.path}/` : ''}${name}`,
    name,
    digest,
    tag: ''
  };
  const layer = await chartLayerDigest(s, ref, digest);
  if (layer !== chartDigest)
    throw new UserError(
      `the registry holds another package under ${formatOciChartRef(ref)} (chart layer ${layer}, the verified package is ${chartDigest})`
    );
  return { ref: formatOciChartRef(ref), manifestDigest: digest, chartDigest };
}

export interface PulledChart {
  path: string;
  /** sha256 of the pulled .tgz (equal to the manifest's chart layer). */
  chartDigest: string;
  /** The manifest digest it was pulled by (resolved from the tag when the reference had none). */
  manifestDigest: string;
}

/**
 * Pulls `ref` (by digest, resolving a tag first) into `destDir` and returns the .tgz path, after
 * checking that the manifest names one chart layer and that the pulled bytes hash to it; anything
 * else is refused. The bytes come from the registry client (the chart layer by digest).
 */
export async function pullVerifiedChart(
  s: OciSession,
  ref: OciChartRef,
  destDir: string
): Promise<PulledChart> {
  const manifestDigest = await resolveChartDigest(s, ref);
  const pinned = formatOciChartRef({ ...ref, digest: manifestDigest });
  const layer = await chartLayer(s, ref, manifestDigest);
  const { RegistryError } = await import('./registry');
  let bytes: Buffer | undefined;
  try {
    bytes = await guarded(ref, () => s.registry.getBlob(ref.repository, layer.digest, layer.size));
  } catch (err) {
    // A blob that does not hash to its digest (or has another size), or an unreachable registry.
    if (err instanceof RegistryError)
      throw new UserError(`chart ${pinned}: ${err.message}; nothing was changed`);
    throw err;
  }
  if (!bytes)
    throw new UserError(
      `chart ${pinned}: its chart layer ${layer.digest} does not exist in ${ref.host}; nothing was changed`
    );
  const file = path.join(destDir, `${ref.name}${layer.version ? `-${layer.version}` : ''}.tgz`);
  writeFileSync(file, bytes, { mode: 0o600 });
  return { path: file, chartDigest: layer.digest, manifestDigest };
}

export type EcrAuth = (region: string, accountId: string) => Promise<RegistryCredentials>;

/**
 * The credentials for a chart registry: the given username/password, else for an ECR host a
 * GetAuthorizationToken of that account and region (through the SDK, the runner's AWS
 * credentials), else none (an anonymous registry). Every secret goes through `mask` first.
 */
export async function ociCredentials(
  host: string,
  given: Partial<RegistryCredentials>,
  ecrAuth: EcrAuth,
  mask: (secret: string) => void
): Promise<RegistryCredentials | undefined> {
  if (given.username && given.password) {
    mask(given.password);
    return { username: given.username, password: given.password };
  }
  const ecr = ECR_HOST.exec(host);
  if (!ecr) return undefined;
  const c = await ecrAuth(ecr[2] as string, ecr[1] as string);
  mask(c.password);
  return c;
}

/** ECR auth through build-push-ecr's SDK wrapper, loaded only when an ECR host needs it. */
export const sdkEcrAuth: EcrAuth = async (region, accountId) => {
  const { loadEcrApi } = await import('../../actions/build-push-ecr/src/ecrApi');
  const api = await loadEcrApi(region, () => undefined);
  const a = await api.authorization(accountId);
  return { username: a.username, password: a.password };
};
