/**
 * "This one is intended": a chart author (annotation on the object) or a workflow (the
 * `exemptions` input) can exempt one object from one check, with a reason. An exempted finding
 * stays in the report, marked exempted with its reason, and never fails the step; an exemption
 * that covers no finding is itself reported (it is stale, or aimed at another object), so a
 * typo cannot silently hide the real finding. `external-selector` is the declaration that an
 * object's selector points at pods outside the release (kube-dns, the control plane): it
 * covers the selector checks of that object.
 */
import type { ManifestObject } from '../../../../src/lib/manifest';
import { annotationsOf, type Collector, type Finding } from './common';

export const EXEMPT_ANNOTATION = 'flygtaxi.dev/verify-exempt';
export const EXTERNAL_SELECTOR = 'external-selector';

/** The checks an external-selector declaration covers. */
export const SELECTOR_CHECKS = [
  'service-selector',
  'service-target-port',
  'pdb-target',
  'servicemonitor-selector',
  'servicemonitor-port'
];

/** Object-level checks an exemption may name. */
export const EXEMPTABLE_CHECKS = [
  ...SELECTOR_CHECKS,
  'workload-selector',
  'ingress-backend',
  'service-account',
  'irsa-role-arn',
  'hpa-target',
  'rollout-ref',
  'secret-ref',
  'host-access',
  'privileged',
  'security-context',
  'read-only-root-filesystem',
  'image-tag',
  'resources',
  'probes',
  'duplicate-key',
  EXTERNAL_SELECTOR
];

export interface Exemption {
  kind: string;
  name: string;
  check: string;
  reason: string;
  /** Where it was declared: `input` or the annotated object's template. */
  from: 'input' | 'annotation';
  source: string;
}

/** `<check>=<reason>` → parts; an error sentence when malformed. */
function parseCheckReason(text: string): { check: string; reason: string } | string {
  const eq = text.indexOf('=');
  const check = (eq < 0 ? text : text.slice(0, eq)).trim();
  const reason = eq < 0 ? '' : text.slice(eq + 1).trim();
  if (!EXEMPTABLE_CHECKS.includes(check))
    return `"${check}" is not a check that can be exempted (one of ${EXEMPTABLE_CHECKS.join(', ')})`;
  if (!reason) return `the exemption of ${check} gives no reason (${check}=<why this is intended>)`;
  return { check, reason };
}

/** One line of the `exemptions` input: `<Kind>/<name>:<check>=<reason>`. */
export function parseExemptionLine(line: string): Exemption | string {
  const m = /^([A-Za-z][A-Za-z0-9]*)\/([^:\s]+):(.*)$/.exec(line.trim());
  if (!m) return `"${line.trim()}" is not <Kind>/<name>:<check>=<reason>`;
  const cr = parseCheckReason(m[3] as string);
  if (typeof cr === 'string') return cr;
  return { kind: m[1] as string, name: m[2] as string, ...cr, from: 'input', source: '' };
}

/** Exemptions the chart declares on its objects; malformed ones become warnings. */
export function exemptionsFromAnnotations(objects: ManifestObject[], out: Collector): Exemption[] {
  const found: Exemption[] = [];
  for (const o of objects) {
    const raw = annotationsOf(o)[EXEMPT_ANNOTATION];
    if (raw === undefined) continue;
    for (const part of raw
      .split(',')
      .map(s => s.trim())
      .filter(Boolean)) {
      const cr = parseCheckReason(part);
      if (typeof cr === 'string') out.add('warning', 'exemption', o, `${o.id}: ${EXEMPT_ANNOTATION}: ${cr}`);
      else found.push({ kind: o.kind, name: o.name, ...cr, from: 'annotation', source: o.source });
    }
  }
  return found;
}

function covers(e: Exemption, f: Finding): boolean {
  if (f.object !== `${e.kind}/${e.name}`) return false;
  return e.check === EXTERNAL_SELECTOR ? SELECTOR_CHECKS.includes(f.check) : e.check === f.check;
}

/**
 * Marks the findings the exemptions cover (their reason kept) and reports every exemption that
 * covers nothing as a warning naming it.
 */
export function applyExemptions(findings: Finding[], exemptions: Exemption[]): Finding[] {
  const used = new Set<Exemption>();
  const out = findings.map(f => {
    const e = exemptions.find(x => covers(x, f));
    if (!e) return f;
    used.add(e);
    const reason = e.check === EXTERNAL_SELECTOR ? `selects pods outside the release: ${e.reason}` : e.reason;
    return { ...f, exempted: `${reason} (${e.from === 'input' ? 'exemptions input' : EXEMPT_ANNOTATION})` };
  });
  for (const e of exemptions) {
    if (used.has(e)) continue;
    out.push({
      level: 'warning',
      check: 'exemption',
      object: `${e.kind}/${e.name}`,
      source: e.source,
      message: `the exemption ${e.kind}/${e.name}:${e.check} (${e.from === 'input' ? 'exemptions input' : EXEMPT_ANNOTATION}) covers no finding: the object ${e.from === 'input' ? 'is not in the render or ' : ''}has no ${e.check} finding`
    });
  }
  return out;
}
