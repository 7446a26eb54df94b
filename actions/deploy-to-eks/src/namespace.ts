/**
 * The release namespace, created through the Kubernetes API with Pod Security labels instead of
 * `helm --create-namespace` (which creates a bare namespace: the chart's "restricted" pods would
 * then be admitted under whatever the cluster default is, usually "privileged"). An existing
 * namespace is never changed; its Pod Security labels are read and reported, so a person sees
 * under which standard the release runs.
 *
 * Input grammar (`namespace-pod-security`): `MODE=LEVEL` pairs separated by commas or spaces,
 * MODE one of enforce/audit/warn, LEVEL one of privileged/baseline/restricted, plus an optional
 * `version=vX.Y|latest` for enforce. audit and warn default to the enforce level at `latest`, so
 * the log and audit trail show early what a newer policy version would refuse; enforce defaults
 * to the cluster's own minor version, so a cluster upgrade does not tighten admission under a
 * running service. `none` creates the namespace without labels.
 */
// Types only from kube.ts: inputs.ts parses the input with this module before anything heavy loads.
import { UserError } from '../../../src/lib/errors';
import type { KubeClient } from '../../../src/lib/kube';

export const POD_SECURITY_MODES = ['enforce', 'audit', 'warn'] as const;
export const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
type Mode = (typeof POD_SECURITY_MODES)[number];
type Level = (typeof POD_SECURITY_LEVELS)[number];

export interface PodSecurity {
  /** Levels per mode; empty for `none`. */
  levels: Partial<Record<Mode, Level>>;
  /** enforce-version: `vX.Y`, `latest`, or '' = the cluster's minor version. */
  enforceVersion: string;
}

const LABEL = 'pod-security.kubernetes.io/';
const VERSION = /^(latest|v1\.\d{1,3})$/;

/** Parses the input; problems name the input and the bad part, all at once. */
export function parsePodSecurity(raw: string): { value: PodSecurity; problems: string[] } {
  const value: PodSecurity = { levels: {}, enforceVersion: '' };
  const problems: string[] = [];
  const text = raw.trim();
  if (text === 'none') return { value, problems };
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) problems.push('is empty; use e.g. enforce=restricted, or none for no labels');
  for (const part of parts) {
    const m = /^([a-z-]+)=(.*)$/.exec(part);
    const key = m?.[1] ?? '';
    const val = m?.[2] ?? '';
    if (!m) problems.push(`"${part}" is not MODE=LEVEL (e.g. enforce=restricted)`);
    else if (key === 'version') {
      if (VERSION.test(val)) value.enforceVersion = val;
      else problems.push(`version "${val}" is not latest or v1.<minor>`);
    } else if (!(POD_SECURITY_MODES as readonly string[]).includes(key)) {
      problems.push(`"${key}" is not one of ${POD_SECURITY_MODES.join(', ')}, version`);
    } else if (!(POD_SECURITY_LEVELS as readonly string[]).includes(val)) {
      problems.push(`${key} level "${val}" is not one of ${POD_SECURITY_LEVELS.join(', ')}`);
    } else if (value.levels[key as Mode]) {
      problems.push(`${key} is given twice`);
    } else {
      value.levels[key as Mode] = val as Level;
    }
  }
  if (!problems.length && !value.levels.enforce) {
    problems.push('needs enforce=<level> (audit and warn alone refuse nothing)');
  }
  return { value, problems };
}

/** The labels for a new namespace, given the cluster's `vX.Y` (or '' when unknown). */
export function podSecurityLabels(ps: PodSecurity, clusterMinor: string): Record<string, string> {
  const enforce = ps.levels.enforce;
  if (!enforce) return {};
  const labels: Record<string, string> = {
    [`${LABEL}enforce`]: enforce,
    [`${LABEL}enforce-version`]: ps.enforceVersion || clusterMinor || 'latest'
  };
  for (const mode of ['audit', 'warn'] as const) {
    labels[`${LABEL}${mode}`] = ps.levels[mode] ?? enforce;
    labels[`${LABEL}${mode}-version`] = 'latest';
  }
  return labels;
}

/** `enforce=restricted (v1.37), audit=restricted, warn=restricted`, or a sentence when none. */
export function describePodSecurity(labels: Record<string, string> | undefined): string {
  const parts: string[] = [];
  for (const mode of POD_SECURITY_MODES) {
    const level = labels?.[`${LABEL}${mode}`];
    if (!level) continue;
    const version = labels?.[`${LABEL}${mode}-version`];
    parts.push(`${mode}=${level}${version && version !== 'latest' ? ` (${version})` : ''}`);
  }
  return parts.length
    ? parts.join(', ')
    : 'no Pod Security labels (pods are admitted under the cluster default)';
}

export interface NamespaceResult {
  name: string;
  /** created: this run made it; existing: left as it was; unknown: not readable with this identity. */
  state: 'created' | 'existing' | 'unknown';
  /** Pod Security labels it carries (all of them, pod-security.kubernetes.io/*). */
  podSecurity: Record<string, string>;
  /** One line for the log and the summary. */
  summary: string;
}

/** The HTTP status of a KubeApiError (structural, so this module does not load kube.ts). */
const statusOf = (err: unknown): number | undefined =>
  typeof (err as { status?: unknown })?.status === 'number' ? (err as { status: number }).status : undefined;

/** A 403 that is an authorization refusal (KubeApiError.refusal), not an admission denial or a proxy's. */
const refused = (err: unknown): boolean =>
  statusOf(err) === 403 && (err as { refusal?: unknown }).refusal !== undefined;

interface NamespaceObject {
  metadata?: { labels?: Record<string, string> };
}

function podSecurityOf(ns: NamespaceObject | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(ns?.metadata?.labels ?? {}).filter(([k]) => k.startsWith(LABEL)));
}

async function clusterMinor(kube: KubeClient): Promise<string> {
  try {
    const v = await kube.request<{ major?: string; minor?: string }>('GET', '/version');
    const minor = /^\d+/.exec(v.minor ?? '')?.[0];
    return v.major === '1' && minor ? `v1.${minor}` : '';
  } catch {
    return ''; // enforce-version falls back to latest
  }
}

/**
 * Makes sure the namespace exists. `create` false (or a dry run) only reads and reports. Never
 * changes an existing namespace.
 */
export async function ensureNamespace(
  kube: KubeClient,
  name: string,
  ps: PodSecurity,
  create: boolean
): Promise<NamespaceResult> {
  const path = `/api/v1/namespaces/${encodeURIComponent(name)}`;
  const existing = (ns: NamespaceObject | undefined): NamespaceResult => {
    const podSecurity = podSecurityOf(ns);
    return {
      name,
      state: 'existing',
      podSecurity,
      summary: `Namespace ${name} exists and was left as it is: ${describePodSecurity(podSecurity)}.`
    };
  };
  let found: NamespaceObject | undefined;
  try {
    found = await kube.getOptional<NamespaceObject>(path);
  } catch (err) {
    if (refused(err)) {
      return {
        name,
        state: 'unknown',
        podSecurity: {},
        summary: `Namespace ${name}: this identity may not read Namespace objects (get namespaces), so its Pod Security labels are not reported and it is not created; it must exist.`
      };
    }
    throw err;
  }
  if (found) return existing(found);
  if (!create) {
    return {
      name,
      state: 'unknown',
      podSecurity: {},
      summary: `Namespace ${name} does not exist (not created: create-namespace is false or this is a dry run).`
    };
  }
  const labels = podSecurityLabels(ps, await clusterMinor(kube));
  try {
    const made = await kube.request<NamespaceObject>('POST', '/api/v1/namespaces', {
      body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } }
    });
    const podSecurity = podSecurityOf(made);
    return {
      name,
      state: 'created',
      podSecurity,
      summary: `Namespace ${name} created with ${describePodSecurity(podSecurity)}.`
    };
  } catch (err) {
    // Created meanwhile by a concurrent run: report it as found.
    if (statusOf(err) === 409) return existing(await kube.getOptional<NamespaceObject>(path));
    if (refused(err)) {
      throw new UserError(
        `Namespace ${name} does not exist and this identity may not create namespaces (create namespaces); create it once with the cluster's admin credentials, or grant that permission. Nothing was deployed.`
      );
    }
    throw err;
  }
}
