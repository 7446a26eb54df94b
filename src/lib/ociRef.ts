/**
 * The grammar of OCI chart references (`oci://<host>/<path>/<name>[:<tag>][@sha256:<digest>]`)
 * and of push targets (`oci://<host>/<path>`), free of heavy imports so that the inputs modules
 * can check them before anything loads. Moving charts is ociChart.ts.
 */
import { OCI_REPOSITORY } from '../../actions/build-push-ecr/src/imageNames';

/** `oci://<host>/<path>/<name>` with a digest (`@sha256:…`) or a tag/version to resolve. */
export interface OciChartRef {
  host: string;
  /** Repository path inside the registry, ending in the chart name. */
  repository: string;
  name: string;
  /** `sha256:…` when pinned, '' when the tag must be resolved first. */
  digest: string;
  /** The tag (chart version, `+` as `_`) of an unpinned reference. */
  tag: string;
}

const HOST = '[A-Za-z0-9.-]+(?::\\d{1,5})?';
const REF = new RegExp(`^oci://(${HOST})/([^@:\\s]+?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(.*))?$`);

/** Why `ref` is not an oci chart reference this action can pin, undefined when it is one. */
export function ociChartRefProblem(ref: string): string | undefined {
  const m = REF.exec(ref);
  if (!m) return `"${ref}" is not oci://<registry>/<path>/<name>[@sha256:<digest>]`;
  if (!OCI_REPOSITORY.test(m[2] as string))
    return `"${ref}": the repository path must be lower-case path components (a-z, 0-9, . _ -)`;
  if (m[4] !== undefined && !/^sha256:[a-f0-9]{64}$/.test(m[4]))
    return `"${ref}": the digest must be sha256: followed by 64 lower-case hex digits`;
  return undefined;
}

/** Splits a reference; `version` (chart-version) is the tag when the reference has neither. */
export function parseOciChartRef(ref: string, version = ''): OciChartRef | undefined {
  if (ociChartRefProblem(ref)) return undefined;
  const m = REF.exec(ref) as RegExpExecArray;
  const repository = m[2] as string;
  return {
    host: m[1] as string,
    repository,
    name: repository.split('/').pop() as string,
    digest: m[4] ?? '',
    tag: m[4] ? '' : (m[3] ?? version.replace(/\+/g, '_'))
  };
}

export function formatOciChartRef(r: Pick<OciChartRef, 'host' | 'repository' | 'digest'>): string {
  return `oci://${r.host}/${r.repository}@${r.digest}`;
}

/** `oci://<host>/<path>` (where charts are pushed to) → host and path; undefined when malformed. */
export function parseOciRepository(value: string): { host: string; path: string } | undefined {
  const m = new RegExp(`^oci://(${HOST})((?:/[^/\\s]+)*)/?$`).exec(value);
  if (!m) return undefined;
  const p = (m[2] as string).replace(/^\//, '');
  return p === '' || OCI_REPOSITORY.test(p) ? { host: m[1] as string, path: p } : undefined;
}
