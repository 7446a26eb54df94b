/**
 * Reading Kubernetes objects as parsed JSON/YAML (unknown shapes from the API server or a render):
 * total accessors that never throw on a missing or mistyped field, the metadata every check asks
 * for, and label-selector matching with Kubernetes semantics. Shared by the verifier
 * (package-and-verify-helm-chart) and the rollout watcher and smoke request (deploy-to-eks).
 */
export type Obj = Record<string, unknown>;

/** The value if it is a plain object, else {}. */
export function rec(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
}

export function isRecord(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A string, or a number as text; '' for anything else. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** A map of strings (labels, annotations, selectors); non-string values as text. */
export function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(rec(v))) out[k] = String(val);
  return out;
}

export function metadataOf(o: unknown): Obj {
  return rec(rec(o)['metadata']);
}

export function labelsOf(o: unknown): Record<string, string> {
  return strMap(metadataOf(o)['labels']);
}

function annotationsOf(o: unknown): Record<string, string> {
  return strMap(metadataOf(o)['annotations']);
}

/** The Helm release an object belongs to (Helm's ownership annotation), '' when none. */
export function helmReleaseOf(o: unknown): string {
  return annotationsOf(o)['meta.helm.sh/release-name'] ?? '';
}

/** Kubernetes label-selector semantics (matchLabels + matchExpressions, or a plain map). */
export function selectorMatches(selector: Obj, labels: Record<string, string>, plainMap = false): boolean {
  const matchLabels = plainMap ? strMap(selector) : strMap(selector['matchLabels']);
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false;
  if (plainMap) return true;
  for (const e of arr(selector['matchExpressions'])) {
    const ex = rec(e);
    const key = String(ex['key'] ?? '');
    const values = arr(ex['values']).map(String);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (ex['operator']) {
      case 'In':
        if (!has || !values.includes(labels[key] as string)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key] as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
