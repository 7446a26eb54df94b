/**
 * What every check module shares: the finding type, a collector, tolerant accessors over parsed
 * YAML (a chart may render anything), and Kubernetes label-selector semantics extended with a
 * wildcard for labels a controller adds with a value the render cannot know (a pod-template-hash).
 */
import type { ManifestObject } from '../../../../src/lib/manifest';

export type Level = 'error' | 'warning';

export interface Finding {
  level: Level;
  check: string;
  message: string;
  /** `Kind/name`; '' for findings about the render as a whole. */
  object: string;
  /** Template path as Helm prints it (`frontdoor/templates/service.yaml`); '' when unknown. */
  source: string;
  /** Line in the template, when the check knows it (duplicate keys); else the locator guesses. */
  line?: number;
  /** Set when an exemption covers this finding: the reason given. It then never fails the step. */
  exempted?: string;
}

export type Obj = Record<string, unknown>;

export function rec(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
}
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
export function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(rec(v))) out[k] = String(val);
  return out;
}
export function annotationsOf(o: ManifestObject): Record<string, string> {
  return strMap(rec(o.doc['metadata'])['annotations']);
}

export class Collector {
  readonly findings: Finding[] = [];
  add(level: Level, check: string, o: ManifestObject | undefined, message: string): void {
    this.findings.push({ level, check, message, object: o ? o.id : '', source: o ? o.source : '' });
  }
}

/**
 * A label value a controller sets that the render cannot predict (a hash, a uid, a generated Job
 * name). Label values cannot contain NUL, so this never collides with a real value.
 */
export const ANY = '\u0000any';

/** The labels one pod (or every pod of a template alike) will carry; values may be ANY. */
export type PodLabels = Record<string, string>;

/** Kubernetes label-selector semantics (matchLabels + matchExpressions, or a plain map). */
export function selectorMatches(selector: Obj, labels: PodLabels, plainMap = false): boolean {
  const matchLabels = plainMap ? strMap(selector) : strMap(selector['matchLabels']);
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v && labels[k] !== ANY) return false;
  if (plainMap) return true;
  for (const e of arr(selector['matchExpressions'])) {
    const ex = rec(e);
    const key = String(ex['key'] ?? '');
    const values = arr(ex['values']).map(String);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const any = labels[key] === ANY;
    switch (ex['operator']) {
      case 'In':
        if (!has || (!any && !values.includes(labels[key] as string))) return false;
        break;
      case 'NotIn':
        if (has && !any && values.includes(labels[key] as string)) return false;
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

export function isEmptySelector(selector: Obj): boolean {
  return (
    Object.keys(strMap(selector['matchLabels'])).length === 0 &&
    arr(selector['matchExpressions']).length === 0
  );
}

export function describeSelector(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export interface PortRef {
  number?: number;
  name?: string;
}

export function portRef(v: unknown): PortRef {
  if (typeof v === 'number') return { number: v };
  if (typeof v === 'string' && /^\d+$/.test(v)) return { number: Number(v) };
  if (typeof v === 'string' && v) return { name: v };
  return {};
}

export function describePort(p: PortRef): string {
  return p.name !== undefined ? `"${p.name}"` : String(p.number);
}

/** Objects by kind in one namespace; `nsOf` resolves objects without metadata.namespace. */
export type NsOf = (o: ManifestObject) => string;
