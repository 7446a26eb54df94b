/**
 * Before `helm dependency build`: the chart repositories its dependencies name must be known to
 * helm, as chart-testing does it. Every https repository of Chart.yaml and Chart.lock is added
 * (`helm repo add`) to a repository config private to this run under RUNNER_TEMP, never the
 * user's, with a CA file for repositories behind a private CA (never an insecure flag); OCI
 * registries get a `helm registry login` with the action's credentials (password on stdin)
 * into a private registry config. Pure argv and environment builders; run.ts runs them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ChartDependency } from './chartSource';
import { parseYamlDocument } from '../../../src/lib/manifest';

export interface HelmConfigDirs {
  HELM_REPOSITORY_CONFIG: string;
  HELM_REPOSITORY_CACHE: string;
  HELM_REGISTRY_CONFIG: string;
}

/** The private helm config of one run (files helm creates on first use). */
export function privateHelmConfig(dir: string): HelmConfigDirs {
  return {
    HELM_REPOSITORY_CONFIG: path.join(dir, 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: path.join(dir, 'repository-cache'),
    HELM_REGISTRY_CONFIG: path.join(dir, 'registry-config.json')
  };
}

/** Dependencies of Chart.lock (what `dependency build` fetches), when the chart has one. */
export function lockedDependencies(chartDir: string): ChartDependency[] {
  const lock = path.join(chartDir, 'Chart.lock');
  if (!existsSync(lock)) return [];
  const doc = parseYamlDocument(readFileSync(lock, 'utf8')) as Record<string, unknown> | null;
  const deps = Array.isArray(doc?.['dependencies']) ? (doc['dependencies'] as Record<string, unknown>[]) : [];
  return deps.map(d => ({
    name: String(d['name'] ?? ''),
    version: String(d['version'] ?? ''),
    repository: String(d['repository'] ?? '')
  }));
}

export interface DependencySources {
  /** http(s) chart repositories to add. */
  repositories: string[];
  /** OCI registry hosts to log in to. */
  registries: string[];
  /** `@name` / `alias:name` references to repositories the user added before (user's config). */
  aliases: string[];
}

export function dependencySources(deps: ChartDependency[]): DependencySources {
  const repositories = new Set<string>();
  const registries = new Set<string>();
  const aliases = new Set<string>();
  for (const d of deps) {
    const r = d.repository.trim();
    if (/^https?:\/\//.test(r)) repositories.add(r.replace(/\/+$/, ''));
    else if (r.startsWith('oci://')) registries.add(r.slice('oci://'.length).split('/')[0] as string);
    else if (r.startsWith('@') || r.startsWith('alias:')) aliases.add(r.replace(/^@|^alias:/, ''));
  }
  return { repositories: [...repositories], registries: [...registries], aliases: [...aliases] };
}

/** A stable repository name for a URL (names only matter inside the private config). */
export function repoName(url: string): string {
  return `dep-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

export function helmRepoAddArgs(url: string, caFile: string): string[] {
  const args = ['repo', 'add', repoName(url), url, '--force-update'];
  if (caFile) args.push('--ca-file', caFile);
  return args;
}

/** A registry on the loopback interface (a local registry in CI or tests): plain HTTP, as Docker allows. */
export function isLoopbackRegistry(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || /^127(\.\d{1,3}){3}$/.test(name) || name === '[::1]';
}

export function helmRegistryLoginArgs(host: string, username: string, caFile: string): string[] {
  const args = ['registry', 'login', host, '--username', username, '--password-stdin'];
  if (isLoopbackRegistry(host)) args.push('--plain-http');
  else if (caFile) args.push('--ca-file', caFile);
  return args;
}
