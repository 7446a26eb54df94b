/**
 * Image naming rules: OCI distribution-spec grammar for repositories and tags, ECR's stricter
 * repository rule, registry hosts, and how the action composes its tags from the seed's scheme
 * (`<image-name>-<sha>` primary, `<image-name>-latest` moving).
 */
import { OCI_TAG } from '../../../src/lib/inputs';

/** distribution-spec: path components of lower-case alphanumerics joined by `.`, `_`, `__` or `-`s. */
export const OCI_REPOSITORY =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

/** ECR (CreateRepository API): 2–256 characters, path components of [a-z0-9] joined by single . _ - */
export const ECR_REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export { OCI_TAG };

/**
 * A registry refusing to move a tag because the repository's tags are immutable, in a builder's
 * output or an API error: ECR says "... cannot be overwritten because the repository is
 * immutable", Harbor, Artifactory and GAR name immutability in their 4xx bodies.
 */
export const IMMUTABLE_TAG_REFUSAL = /immutab/i;

/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` — the hosts that get ECR auth. */
export const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** host[:port] (DNS name, IPv4 or bracketed IPv6), without scheme or path. */
export const REGISTRY_HOST =
  /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface EcrHost {
  accountId: string;
  region: string;
}

export function parseEcrHost(host: string): EcrHost | undefined {
  const m = ECR_HOST.exec(host);
  return m ? { accountId: m[1] as string, region: m[2] as string } : undefined;
}

/** Why a repository name is invalid, or undefined when it is fine. */
export function repositoryProblem(name: string, ecr: boolean): string | undefined {
  if (ecr) {
    if (name.length < 2 || name.length > 256) return `"${name}" must be 2 to 256 characters for ECR`;
    if (!ECR_REPOSITORY.test(name)) {
      return `"${name}" is not a valid ECR repository name (lower-case letters, digits, and . _ - / between them)`;
    }
    return undefined;
  }
  if (name.length > 255) return `"${name}" is longer than 255 characters`;
  if (!OCI_REPOSITORY.test(name)) {
    return `"${name}" is not a valid repository name (lower-case path components of letters and digits separated by . _ __ - or /)`;
  }
  return undefined;
}

export function tagProblem(tag: string): string | undefined {
  if (OCI_TAG.test(tag)) return undefined;
  if (tag.length > 128) return `"${tag}" is longer than 128 characters`;
  return `"${tag}" is not a valid tag (letters, digits, _ . -; must not start with . or -)`;
}

export interface TagPlan {
  /** `<image-name>-<sha>`: the tag skip-if-exists looks for and the builder pushes. */
  primary: string;
  /** Further tags pointed at the same manifest after the push (moving tag first). */
  others: string[];
  /** The moving tag, when enabled (reported, not fatal, on an immutable repository). */
  moving?: string;
}

/** The seed's tag scheme plus extra tags, without duplicates. */
export function planTags(imageName: string, sha: string, latest: boolean, extra: string[]): TagPlan {
  const primary = `${imageName}-${sha}`;
  const moving = latest ? `${imageName}-latest` : undefined;
  const others: string[] = [];
  for (const t of [...(moving ? [moving] : []), ...extra]) {
    if (t !== primary && !others.includes(t)) others.push(t);
  }
  return { primary, others, ...(moving ? { moving } : {}) };
}
