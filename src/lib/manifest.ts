/**
 * Parses a multi-document render (`helm template`, a release's manifest) into Kubernetes objects,
 * each with the `# Source:` template path Helm writes above it, so findings and diffs can point
 * at the template that produced an object. Documents are split on column-0 `---` lines (inside
 * a block scalar such a line would be indented), so one broken document does not hide the rest.
 * js-yaml with the YAML 1.2 core schema: several times faster than the `yaml` package on renders
 * (this sits on the action's critical path), no timestamp or merge-key magic, duplicate keys are
 * errors (the API server would reject them too).
 */

import { CORE_SCHEMA, load } from 'js-yaml';
import { isRecord, str } from './kubeObject';

/** Parses one YAML document as Kubernetes tooling sees it; throws on syntax errors and duplicate keys. */
export function parseYamlDocument(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
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

export interface ParsedManifest {
  objects: ManifestObject[];
  errors: ManifestParseError[];
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
  for (const raw of splitDocuments(text)) {
    let value: unknown;
    try {
      value = parseYamlDocument(raw.text);
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
    objects.push(toObject(value, raw.source, raw.index));
  }
  return { objects, errors };
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
