/**
 * Parses a multi-document render (`helm template`, a release's manifest) into Kubernetes objects,
 * each with the `# Source:` template path Helm writes above it, so findings and diffs can point
 * at the template that produced an object. Documents are split on column-0 `---` lines (inside
 * a block scalar such a line would be indented), so one broken document does not hide the rest.
 * js-yaml with the YAML 1.2 core schema: several times faster than the `yaml` package on renders
 * (this sits on the action's critical path), no timestamp or merge-key magic. Duplicate mapping
 * keys are parsed as Helm does (its YAML-to-JSON path keeps the last value, and the API server
 * receives valid JSON), and reported beside the object so a verifier can warn about them.
 */

import { CORE_SCHEMA, load } from 'js-yaml';
import { isRecord, str } from './kubeObject';

/** Parses one YAML document strictly; throws on syntax errors and duplicate keys. */
export function parseYamlDocument(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** A mapping key that appears twice in one document (the later value wins, as in Helm). */
export interface DuplicateKey {
  key: string;
  /** 1-based line of the later occurrence in the document text. */
  line: number;
  /** Which `key:` line of the document this is (1-based), to find the same one in a template. */
  occurrence: number;
}

const MAX_DUPLICATES = 100;

function keyAt(text: string, position: number): string | undefined {
  const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n:{},[\]]*?)\s*:(?:\s|$)/.exec(text.slice(position));
  if (!m || !m[1]) return undefined;
  const k = m[1];
  if (k.startsWith('"')) return JSON.parse(k) as string;
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k;
}

/** Lines of `text` whose content starts with `key:` (block mappings, list items included). */
export function keyLinePattern(key: string): RegExp {
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:-\\s+)?(?:${esc}|"${esc}"|'${esc}')\\s*:(?:\\s|$)`);
}

/**
 * Parses one document as Helm does: duplicate keys keep the last value. js-yaml stops at the
 * first duplicate, so each one found is renamed in a scratch copy and the parse repeated, which
 * finds them all without a second YAML library; the value is then parsed from the original.
 */
export function parseYamlLikeHelm(text: string): { value: unknown; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  let scratch = text;
  for (let i = 0; i <= MAX_DUPLICATES; i++) {
    try {
      const value = load(scratch, { schema: CORE_SCHEMA });
      if (!duplicates.length) return { value, duplicates };
      break;
    } catch (err) {
      const e = err as { reason?: string; mark?: { position: number; line: number } };
      if (e.reason !== 'duplicated mapping key' || !e.mark || i === MAX_DUPLICATES) throw err;
      const key = keyAt(scratch, e.mark.position);
      if (key === undefined) throw err;
      const lines = text.split('\n');
      const pattern = keyLinePattern(key);
      const occurrence = lines.slice(0, e.mark.line + 1).filter(l => pattern.test(l)).length;
      duplicates.push({ key, line: e.mark.line + 1, occurrence: Math.max(occurrence, 1) });
      // The renamed key has the same line, so later marks keep pointing into the original text.
      scratch = `${scratch.slice(0, e.mark.position)}flygtaxi-dup-${i}-${scratch.slice(e.mark.position)}`;
    }
  }
  return { value: load(text, { schema: CORE_SCHEMA, json: true }), duplicates };
}

export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  /** Template path as Helm prints it, e.g. `frontdoor/templates/service.yaml`; '' when unknown. */
  source: string;
  /** 0-based position of the document in the render. */
  index: number;
  /** `Kind/name`, how findings and logs name the object. */
  id: string;
  doc: Record<string, unknown>;
}

export interface ManifestParseError {
  source: string;
  index: number;
  message: string;
}

export interface ManifestDuplicateKey extends DuplicateKey {
  source: string;
  index: number;
  /** `Kind/name` of the object the document holds. */
  object: string;
}

export interface ParsedManifest {
  objects: ManifestObject[];
  errors: ManifestParseError[];
  /** Keys a document maps twice: Helm installs it (the last value wins), worth a warning. */
  duplicates: ManifestDuplicateKey[];
}

export interface RawDocument {
  source: string;
  index: number;
  text: string;
}

const SOURCE_RE = /^#\s*Source:\s*(\S.*?)\s*$/m;

/** Splits the render into documents with their `# Source:` path; empty documents are dropped. */
export function splitDocuments(text: string): RawDocument[] {
  const docs: RawDocument[] = [];
  let current: string[] = [];
  let index = 0;
  const flush = () => {
    const body = current.join('\n');
    current = [];
    const meaningful = body.split('\n').some(l => l.trim() !== '' && !l.trimStart().startsWith('#'));
    if (meaningful) docs.push({ source: SOURCE_RE.exec(body)?.[1] ?? '', index: index++, text: body });
  };
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^---(\s|$)/.test(line)) {
      flush();
      // `--- # Source: x` and `--- {inline: doc}` keep what follows the marker.
      const rest = line.slice(3).trim();
      if (rest) current.push(rest);
    } else if (/^\.\.\.\s*$/.test(line)) {
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return docs;
}

export function toObject(doc: Record<string, unknown>, source: string, index: number): ManifestObject {
  const meta = isRecord(doc['metadata']) ? doc['metadata'] : {};
  const kind = str(doc['kind']);
  const name = str(meta['name']);
  return {
    apiVersion: str(doc['apiVersion']),
    kind,
    name,
    namespace: str(meta['namespace']),
    source,
    index,
    id: `${kind || '<no kind>'}/${name || '<no name>'}`,
    doc
  };
}

/** Every document parsed; a document that is not YAML or not a mapping becomes an error entry. */
export function parseManifest(text: string): ParsedManifest {
  const objects: ManifestObject[] = [];
  const errors: ManifestParseError[] = [];
  const duplicates: ManifestDuplicateKey[] = [];
  for (const raw of splitDocuments(text)) {
    let value: unknown;
    let dups: DuplicateKey[];
    try {
      ({ value, duplicates: dups } = parseYamlLikeHelm(raw.text));
    } catch (err) {
      errors.push({ source: raw.source, index: raw.index, message: firstLine((err as Error).message) });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isRecord(value)) {
      errors.push({
        source: raw.source,
        index: raw.index,
        message: `document is a ${Array.isArray(value) ? 'list' : typeof value}, not a Kubernetes object`
      });
      continue;
    }
    // A `kind: List` (kubectl style) carries its objects in items.
    if (value['kind'] === 'List' && Array.isArray(value['items'])) {
      for (const item of value['items']) {
        if (isRecord(item)) objects.push(toObject(item, raw.source, raw.index));
        else errors.push({ source: raw.source, index: raw.index, message: 'a List item is not an object' });
      }
      continue;
    }
    const o = toObject(value, raw.source, raw.index);
    for (const d of dups) duplicates.push({ ...d, source: raw.source, index: raw.index, object: o.id });
    objects.push(o);
  }
  return { objects, errors, duplicates };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Kind → count, sorted by kind, for the `kinds` output. */
export function countKinds(objects: ManifestObject[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of [...objects].sort((a, b) => a.kind.localeCompare(b.kind)))
    counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return counts;
}

/** `frontdoor/templates/x.yaml` → `templates/x.yaml` (path inside the chart), '' when unknown. */
export function templatePathInChart(source: string): string {
  const i = source.indexOf('/');
  return i > 0 ? source.slice(i + 1) : '';
}
