/**
 * What every check module shares: the finding type, a collector, tolerant accessors over parsed
 * YAML (a chart may render anything), and Kubernetes label-selector semantics extended with a
 * wildcard for labels a controller adds with a value the render cannot know (a pod-template-hash).
 */
import {
  arr,
  rec,
  selectorMatches as kubeSelectorMatches,
  strMap,
  type Obj
} from '../../../../src/lib/kubeObject';
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

export { arr, rec, strMap, type Obj };

export function annotationsOf(o: ManifestObject): Record<string, string> {
  return strMap(rec(o.doc['metadata'])['annotations']);
}

export class Collector {
  readonly findings: Finding[] = [];
  add(level: Level, check: string, o: ManifestObject | undefined, message: string): void {
    this.findings.push({ level, check, message, object: o ? o.id : '', source: o ? o.source : '' });
  }
  /**
   * A finding the render itself shows to be intended (the evidence is the reason): listed in the
   * summary as exempted like a declared exemption, never silently dropped, never failing.
   */
  inferred(level: Level, check: string, o: ManifestObject, message: string, reason: string): void {
    this.findings.push({ level, check, message, object: o.id, source: o.source, exempted: reason });
  }
}

/**
 * A label value a controller sets that the render cannot predict (a hash, a uid, a generated Job
 * name). Label values cannot contain NUL, so this never collides with a real value.
 */
export const ANY = '\u0000any';

/** The labels one pod (or every pod of a template alike) will carry; values may be ANY. */
export type PodLabels = Record<string, string>;

/**
 * Kubernetes label-selector semantics (src/lib/kubeObject) over pod labels that may hold ANY:
 * such a label takes the value the selector asks for (ANY is never in a NotIn list).
 */
export function selectorMatches(selector: Obj, labels: PodLabels, plainMap = false): boolean {
  if (!Object.values(labels).includes(ANY)) return kubeSelectorMatches(selector, labels, plainMap);
  const wanted: Record<string, string> = plainMap ? strMap(selector) : strMap(selector['matchLabels']);
  if (!plainMap)
    for (const e of arr(selector['matchExpressions'])) {
      const ex = rec(e);
      const first = arr(ex['values']).map(String)[0];
      if (ex['operator'] === 'In' && first !== undefined) wanted[String(ex['key'] ?? '')] ??= first;
    }
  const concrete: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) concrete[k] = v === ANY ? (wanted[k] ?? ANY) : v;
  return kubeSelectorMatches(selector, concrete, plainMap);
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
