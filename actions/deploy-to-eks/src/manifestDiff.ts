/**
 * The line-level diff a person approves a deploy from: the live release against the would-be
 * one, object by object (keyed by apiVersion group, kind, namespace and name; hooks included),
 * plus the computed values. Pure: strings in, diff out.
 *
 * - Secret `data`/`stringData` values never appear: each becomes `<redacted>` or
 *   `<redacted, changed>` before anything is diffed, so no secret reaches the log, the summary
 *   or the file.
 * - Helm's own bookkeeping (`# Source:` comments, meta.helm.sh/* annotations) is filtered.
 * - Lines are diffed by the `diff` package; objects are re-serialised with js-yaml so that
 *   formatting alone never shows as a change. The computed values are Helm's coalescing of the
 *   chart's defaults with the user values (maps merge, null deletes), written here because Helm
 *   exposes it only through `helm get values --all`, one more process per side.
 */
import { createTwoFilesPatch } from 'diff';
import { dump } from 'js-yaml';
import { parseManifest, type ManifestObject } from '../../../src/lib/manifest';
import { SummaryBuilder, code, codeBlock } from '../../../src/lib/summary';
import { SECRET_VALUE_KEY } from './release';

export interface ObjectDiff {
  /** `Kind/name` (with the namespace when the object sets one). */
  id: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  /** Unified diff of this object ('' when unchanged). */
  patch: string;
  added: number;
  removed: number;
}

export interface ReleaseDiffReport {
  objects: ObjectDiff[];
  values: ObjectDiff;
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Helm's coalescing of chart defaults with user-supplied values. */
export function computedValues(defaults: unknown, user: unknown): unknown {
  if (!isObj(user)) return user === undefined ? defaults : user;
  if (!isObj(defaults)) return stripNulls(user);
  const out: Obj = { ...defaults };
  for (const [k, v] of Object.entries(user)) {
    if (v === null) delete out[k];
    else out[k] = computedValues(defaults[k], v);
  }
  return out;
}

function stripNulls(v: unknown): unknown {
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, stripNulls(x)])
  );
}

/** The values with every credential-named key's scalar replaced by a marker. */
export function redactValues(v: unknown, other: unknown, side: Side, secret = false): unknown {
  if (Array.isArray(v))
    return v.map((x, n) => redactValues(x, Array.isArray(other) ? other[n] : undefined, side, secret));
  if (isObj(v)) {
    const o = isObj(other) ? other : {};
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, redactValues(x, o[k], side, secret || SECRET_VALUE_KEY.test(k))])
    );
  }
  if (!secret || v === null || v === undefined || v === '') return v;
  return marker(JSON.stringify(v) === JSON.stringify(other), side);
}

const BOOKKEEPING_ANNOTATION = /^meta\.helm\.sh\//;

function group(apiVersion: string): string {
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] as string) : '';
}

function keyOf(o: ManifestObject): string {
  return `${group(o.apiVersion)}|${o.kind}|${o.namespace}|${o.name}`;
}

function idOf(o: ManifestObject): string {
  return `${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}

/** What a redacted value shows: equal on both sides, or which side it is. */
function marker(same: boolean, side: Side): string {
  return same ? '<redacted>' : side === 'live' ? '<redacted: live value>' : '<redacted: new value>';
}

type Side = 'live' | 'next';

/** The object as it is diffed: bookkeeping removed, Secret values replaced by markers. */
function prepare(o: ManifestObject, other: ManifestObject | undefined, side: Side): Obj {
  const doc = structuredClone(o.doc);
  const meta = doc['metadata'];
  if (isObj(meta) && isObj(meta['annotations'])) {
    const ann = meta['annotations'];
    for (const k of Object.keys(ann)) if (BOOKKEEPING_ANNOTATION.test(k)) delete ann[k];
    if (!Object.keys(ann).length) delete meta['annotations'];
  }
  if (isCoreSecret(o)) {
    for (const field of ['data', 'stringData']) {
      const values = doc[field];
      if (!isObj(values)) continue;
      const theirs = other?.doc[field];
      for (const k of Object.keys(values)) {
        const same = isObj(theirs) && k in theirs && theirs[k] === values[k];
        values[k] = marker(!other || same, side);
      }
    }
  }
  return doc;
}

function yamlOf(v: unknown): string {
  return v === undefined ? '' : dump(v, { lineWidth: -1, noRefs: true });
}

function patchOf(id: string, before: string, after: string): ObjectDiff {
  if (before === after) return { id, change: 'unchanged', patch: '', added: 0, removed: 0 };
  const patch = createTwoFilesPatch(`live/${id}`, `next/${id}`, before, after, '', '', { context: 3 });
  // Drop the `===` banner and `\ No newline` noise; keep the ---/+++ and @@ lines.
  const lines = patch.split('\n').filter(l => !/^={3,}$/.test(l) && !l.startsWith('\\ No newline'));
  const body = lines.filter(l => !l.startsWith('---') && !l.startsWith('+++'));
  return {
    id,
    change: before === '' ? 'added' : after === '' ? 'removed' : 'changed',
    patch: lines.join('\n').trimEnd(),
    added: body.filter(l => l.startsWith('+')).length,
    removed: body.filter(l => l.startsWith('-')).length
  };
}

export interface ReleaseSide {
  /** Rendered manifest plus hook manifests, as Helm stores them. */
  manifest: string;
  /** Computed values. */
  values: unknown;
}

const isCoreSecret = (o: ManifestObject) => o.kind === 'Secret' && group(o.apiVersion) === '';

/**
 * One side parsed and indexed, each object already serialised as it is diffed where that does
 * not depend on the other side (everything but a Secret, whose markers compare both sides). So
 * the live side is prepared while helm still renders the other one (steps/diff.ts).
 */
export interface PreparedSide {
  objects: Map<string, { o: ManifestObject; yaml?: string }>;
  values: unknown;
}

export function prepareSide(side: ReleaseSide): PreparedSide {
  const objects: PreparedSide['objects'] = new Map();
  for (const o of parseManifest(side.manifest).objects)
    objects.set(keyOf(o), isCoreSecret(o) ? { o } : { o, yaml: yamlOf(prepare(o, undefined, 'live')) });
  return { objects, values: side.values };
}

const prepared = (s: ReleaseSide | PreparedSide): PreparedSide => ('objects' in s ? s : prepareSide(s));

/** The diff between the live release (undefined: first install) and the would-be one. */
export function diffReleases(
  live: ReleaseSide | PreparedSide | undefined,
  nextSide: ReleaseSide | PreparedSide
): ReleaseDiffReport {
  const before = live ? prepared(live).objects : new Map<string, { o: ManifestObject; yaml?: string }>();
  const next = prepared(nextSide);
  const after = next.objects;
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const objects = keys.map(k => {
    const a = before.get(k);
    const b = after.get(k);
    const id = idOf((b ?? a)?.o as ManifestObject);
    const yaml = (x: typeof a, y: typeof a, side: Side) =>
      x ? (x.yaml ?? yamlOf(prepare(x.o, y?.o, side))) : '';
    return patchOf(id, yaml(a, b, 'live'), yaml(b, a, 'next'));
  });
  const values = patchOf(
    'values',
    live ? yamlOf(redactValues(live.values, next.values, 'live')) : '',
    yamlOf(redactValues(next.values, live?.values, 'next'))
  );
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const o of objects) counts[o.change]++;
  return { objects, values, counts };
}

export function countsLine(r: ReleaseDiffReport): string {
  const c = r.counts;
  return `${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged object${c.unchanged === 1 ? '' : 's'}; values ${r.values.change === 'unchanged' ? 'unchanged' : r.values.change === 'added' ? 'new' : `changed (+${r.values.added} -${r.values.removed})`}`;
}

/** The whole diff as one unified-diff text (the output file). */
export function diffText(r: ReleaseDiffReport): string {
  const parts = [r.values, ...r.objects].filter(o => o.patch).map(o => o.patch);
  return parts.length ? `${parts.join('\n')}\n` : '';
}

const MARK: Record<ObjectDiff['change'], string> = {
  added: '➕',
  removed: '➖',
  changed: '✏️',
  unchanged: ''
};

/** Summary Markdown: counts on top, then one collapsed section per changed object. */
export function diffMarkdown(r: ReleaseDiffReport): string {
  const b = new SummaryBuilder().add(`**Diff:** ${countsLine(r)}.`);
  for (const o of [r.values, ...r.objects].filter(x => x.change !== 'unchanged'))
    b.details(
      `${MARK[o.change]} ${code(o.id)} ${o.change} (+${o.added} -${o.removed})`,
      codeBlock(o.patch, 'diff')
    );
  return b.toString();
}
