/**
 * The server-side dry run done properly: every rendered object is sent to the API server as a
 * server-side apply with dryRun=All, so it passes through the same validation and admission as
 * a real apply (`restartPolicy: Sometimes`, a bad label value, an immutable selector change)
 * while nothing is persisted. `helm --dry-run=server` only checks the OpenAPI schema and would
 * let those through. The manifest parser (yaml) is loaded lazily.
 */
import { KubeApiError, type KubeClient } from '../../../src/lib/kube';

export interface ValidationProblem {
  object: string;
  message: string;
}

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
export function groupVersionPath(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}

export async function validateOnServer(
  kube: KubeClient,
  manifest: string,
  namespace: string,
  fieldManager = 'helm'
): Promise<{ checked: number; problems: ValidationProblem[]; skipped: string[] }> {
  const { parseManifest } = await import('../../../src/lib/manifest');
  const parsed = parseManifest(manifest);
  const problems: ValidationProblem[] = parsed.errors.map(e => ({
    object: e.source || `document ${e.index}`,
    message: e.message
  }));
  const skipped: string[] = [];
  const discovery = new Map<string, ApiResource[] | undefined>();
  let checked = 0;
  for (const o of parsed.objects) {
    const gv = groupVersionPath(o.apiVersion);
    if (!discovery.has(gv)) {
      const list = await kube.getOptional<{ resources?: ApiResource[] }>(gv);
      discovery.set(
        gv,
        list?.resources?.filter(r => !r.name.includes('/'))
      );
    }
    const res = discovery.get(gv)?.find(r => r.kind === o.kind);
    if (!res) {
      problems.push({ object: o.id, message: `the cluster does not serve ${o.apiVersion} ${o.kind}` });
      continue;
    }
    const ns = o.namespace || namespace;
    const base = res.namespaced
      ? `${gv}/namespaces/${encodeURIComponent(ns)}/${res.name}`
      : `${gv}/${res.name}`;
    const q = new URLSearchParams({ dryRun: 'All', fieldManager, force: 'true', fieldValidation: 'Strict' });
    try {
      await kube.request('PATCH', `${base}/${encodeURIComponent(o.name)}?${q}`, {
        body: {
          ...o.doc,
          metadata: { ...(o.doc['metadata'] as object), namespace: res.namespaced ? ns : undefined }
        },
        contentType: 'application/apply-patch+yaml'
      });
      checked++;
    } catch (err) {
      if (
        err instanceof KubeApiError &&
        err.status === 404 &&
        res.namespaced &&
        /namespaces? "?[^"]*"? not found/.test(err.message)
      ) {
        // First install into a namespace helm has not created yet: nothing to validate against.
        skipped.push(`${o.id} (namespace ${ns} does not exist yet)`);
        continue;
      }
      if (err instanceof KubeApiError) problems.push({ object: o.id, message: err.message });
      else throw err;
    }
  }
  return { checked, problems, skipped };
}
