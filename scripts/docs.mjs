#!/usr/bin/env node
// Every input is declared once, in its action's actions/<name>/action.yml; this script generates
// the rest from those files:
//  1. the composites' (action.yml, deploy-eks/action.yml) `inputs:` block and the INPUT_* `env:`
//     of each step that runs a bundle. A step's env entry whose value is not `${{ inputs.<same> }}`
//     is wiring (another step's output, a fixed value) and is kept as written; every other input
//     of the inner action becomes a composite input with the inner action's description,
//     required and default (an input shared by two steps: required if either requires it, and
//     the shared description from SHARED_DESCRIPTIONS below). A wired value that still reads
//     `inputs.<same>` (`${{ inputs.registry-username || ... }}`), or an inner input another step
//     reads as `inputs.<name>`, is a composite input too (COMPOSITE_DESCRIPTIONS says what the
//     composite makes of it). A bundle step that runs only `if: inputs.<x> == ''` makes its
//     required inputs "required unless <x> is given". Inputs of the composite's own (read by its
//     other steps, declared by no inner action, e.g. image-ref, chart-ref) are kept as written,
//     first;
//  2. the input/output tables in README.md (and docs/*.md), between markers naming the source:
//       <!-- generated:actions/deploy-to-eks/action.yml:start -->
//       ...tables...
//       <!-- generated:actions/deploy-to-eks/action.yml:end -->
//
// Usage: node scripts/docs.mjs          rewrite the composites and the tables (npm run build does too)
//        node scripts/docs.mjs --check  exit 1 when anything generated is stale (scripts/test.sh)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MARKER = /<!-- generated:([^\s]+):start -->\n[\s\S]*?<!-- generated:\1:end -->/g;

/** Every file that must have tables somewhere: the actions, the composites, the reusable workflow. */
export function documentedSources() {
  const actions = readdirSync(join(root, 'actions'))
    .filter(d => existsSync(join(root, 'actions', d, 'action.yml')))
    .sort()
    .map(d => `actions/${d}/action.yml`);
  return ['action.yml', 'deploy-eks/action.yml', ...actions, '.github/workflows/deploy.yml'];
}

function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  return text === undefined || text === '' ? '' : `\`${String(text).replace(/\n/g, '\\n')}\``;
}

function table(header, rows) {
  if (rows.length === 0) return '';
  const line = cols => `| ${cols.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export const COMPOSITES = ['action.yml', 'deploy-eks/action.yml'];

/** Descriptions of inputs that two steps of a composite share (each action describes its own use). */
const SHARED_DESCRIPTIONS = {
  'aws-region':
    'AWS region of the ECR registry and the cluster (defaults to AWS_REGION / AWS_DEFAULT_REGION).',
  'values-files': 'Values files, one per line, relative to the workspace (lint, render and deploy).',
  set: 'Extra values, one key=value per line (lint, render and deploy).',
  'release-name': 'Helm release name (DNS-1123, at most 53 characters); also used to render the chart.',
  namespace: 'Namespace of the release; also used to render the chart.',
  'helm-version':
    'Helm version to use; installed with the tool cache (checksum verified) when the PATH helm differs.',
  'registry-username':
    "Username for the chart's OCI registries: the dependencies', push-to's and an oci:// chart's (not needed for ECR, whose credentials come from the AWS SDK).",
  'registry-password':
    'Password or token for registry-username (masked, given to helm on stdin, only in a private registry config under RUNNER_TEMP).',
  'registry-plain-http': 'Talk plain HTTP to the OCI chart registry (a local test registry only).'
};

/** What a composite makes of an inner input whose value it derives (by composite file, then name). */
const PUSH_TO =
  "Push the verified chart to this OCI repository (oci://<registry>/<path>) and deploy it from there by digest, so the revision records its chart digest and can be promoted. Default: next to the image, oci://<image's registry>/<prefix of its repository>/charts (the build account's layout: <repository_prefix>/charts/<service>, terraform/build). ECR hosts authenticate through the AWS SDK (the repository must exist); any other registry with registry-username and registry-password.";
const COMPOSITE_DESCRIPTIONS = {
  'action.yml': {
    'push-to': PUSH_TO,
    'registry-username':
      "Username for the chart's OCI registries: the dependencies', push-to's and an oci:// chart's (not needed for ECR, whose credentials come from the AWS SDK). Default: username, when the chart's registry is the image's.",
    'registry-password':
      "Password or token for registry-username (masked, given to helm on stdin, only in a private registry config under RUNNER_TEMP). Default: password, when the chart's registry is the image's.",
    'registry-plain-http':
      "Talk plain HTTP to the OCI chart registry (a local test registry only). Also true with insecure-registry, when the chart's registry is the image's."
  },
  'deploy-eks/action.yml': { 'push-to': PUSH_TO }
};

const envKey = name => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
const passThrough = name => `\${{ inputs.${name} }}`;
const scalar = value => stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd();

/** The bundle steps of a composite: id, inner action, and the env entries that are wiring. */
function bundleSteps(doc) {
  return (doc.runs?.steps ?? []).flatMap(step => {
    const m = /run-action\.sh"?\s+"?[^\s"]*\/actions\/([a-z0-9-]+)"?\s*$/.exec((step.run ?? '').trim());
    if (!m) return [];
    const inner = parse(readFileSync(join(root, 'actions', m[1], 'action.yml'), 'utf8'));
    const wired = new Map();
    for (const [k, v] of Object.entries(step.env ?? {})) {
      const name = Object.keys(inner.inputs ?? {}).find(n => envKey(n) === k);
      if (name && String(v) !== passThrough(name)) wired.set(name, v);
    }
    const unless = /^inputs\.([a-z0-9-]+)\s*==\s*''$/.exec(String(step.if ?? '').trim())?.[1];
    if (step.if !== undefined && !unless)
      throw new Error(`step ${step.id}: if: ${step.if} (only inputs.<name> == '' is understood)`);
    return [{ id: step.id, action: m[1], inner, wired, unless }];
  });
}

/** Names read as `inputs.<name>` in a text (an env value, an if:, an output). */
const inputRefs = text => [...String(text ?? '').matchAll(/\binputs\.([a-z0-9-]+)/g)].map(m => m[1]);

/** Regenerates one composite's inputs and bundle env blocks; returns the new text. */
export function compositeText(source, text = readFileSync(join(root, source), 'utf8')) {
  const doc = parse(text);
  const steps = bundleSteps(doc);
  const referenced = new Set([
    ...(doc.runs?.steps ?? []).flatMap(st =>
      [st.if, ...Object.values(st.env ?? {}), ...Object.values(st.with ?? {})].flatMap(inputRefs)
    ),
    ...Object.values(doc.outputs ?? {}).flatMap(o => inputRefs(o.value))
  ]);
  const inputs = new Map();
  const groups = new Map();
  const declare = (step, name, i) => {
    const seen = inputs.get(name);
    if (!seen) {
      inputs.set(name, { ...i, users: [step.action], needed: [] });
      if (!groups.has(step.action)) groups.set(step.action, []);
      groups.get(step.action).push(name);
    } else {
      seen.users.push(step.action);
      if (!seen.required && !i.required && String(seen.default ?? '') !== String(i.default ?? ''))
        throw new Error(`${source}: input ${name} has different defaults in ${seen.users.join(' and ')}`);
      if (String(seen.description).trim() !== String(i.description).trim()) {
        if (!SHARED_DESCRIPTIONS[name])
          throw new Error(
            `${source}: ${name} is described differently by ${seen.users.join(' and ')}; add it to SHARED_DESCRIPTIONS in scripts/docs.mjs`
          );
        seen.description = SHARED_DESCRIPTIONS[name];
      }
    }
    // Who needs it: an unconditional step that requires it, or one that runs unless <x> is given.
    if (i.required) inputs.get(name).needed.push(step.unless ?? '');
  };
  for (const step of steps) {
    for (const [name, i] of Object.entries(step.inner.inputs ?? {})) {
      // Wired: the composite's own value, unless that value still reads the user's input. One
      // wired here but read by another step (push-to: the composite derives its default) is the
      // user's input too, as the first action that has it describes it.
      if (step.wired.has(name) && !inputRefs(step.wired.get(name)).includes(name)) {
        if (referenced.has(name) && !inputs.has(name)) declare(step, name, { ...i, required: false });
        continue;
      }
      declare(step, name, i);
    }
  }
  const own = [...referenced].filter(n => !inputs.has(n));
  for (const name of own)
    if (!doc.inputs?.[name])
      throw new Error(
        `${source}: a step reads inputs.${name}, which no action declares and ${source} does not`
      );
  for (const [name, i] of inputs) {
    const override = COMPOSITE_DESCRIPTIONS[source]?.[name];
    if (override) i.description = override;
    const always = i.needed.includes('');
    const unless = [...new Set(i.needed.filter(Boolean))];
    i.required = always;
    if (!always && unless.length)
      i.description = `${String(i.description).trim()} Required unless ${unless.join(' or ')} is given.`;
  }
  const lines = [
    'inputs:',
    '  # Generated by scripts/docs.mjs from actions/*/action.yml (npm run docs): edit those.'
  ];
  const emit = (name, i) => {
    lines.push(`  ${name}:`, `    description: ${scalar(String(i.description).trim())}`);
    lines.push(`    required: ${i.required ? 'true' : 'false'}`);
    if (!i.required && i.default !== undefined) lines.push(`    default: ${scalar(String(i.default))}`);
  };
  if (own.length) {
    lines.push(`  # ---- ${source} itself (kept as written here)`);
    for (const name of own) emit(name, doc.inputs[name]);
  }
  for (const [action, names] of groups) {
    lines.push(`  # ---- ${action}`);
    for (const name of names) emit(name, inputs.get(name));
  }
  const block = /^inputs:\n(?:(?:[ #].*)?\n)*?(?=\S)/m;
  if (!block.test(text)) throw new Error(`${source} has no top-level inputs: block`);
  let out = text.replace(block, lines.join('\n') + '\n\n');

  // Each bundle step's env: non-INPUT entries first as written, then every inner input in order.
  for (const step of steps) {
    const re = new RegExp(
      `(\\n( +)- name: [^\\n]*\\n(?:\\2  [^\\n]*\\n)*?\\2  id: ${step.id}\\n(?:\\2  [^\\n]*\\n)*?\\2  env:\\n)((?:\\2    [^\\n]*\\n)*)`
    );
    const m = re.exec(out);
    if (!m) throw new Error(`${source}: step ${step.id} has no env: block`);
    const indent = `${m[2]}    `;
    const kept = m[3]
      .split('\n')
      .filter(l => l.trim() && !l.trim().startsWith('INPUT_') && !l.trim().startsWith('#'));
    const env = Object.keys(step.inner.inputs ?? {}).map(name => {
      const value = step.wired.has(name) ? scalar(step.wired.get(name)) : passThrough(name);
      return `${indent}${envKey(name)}: ${value}`;
    });
    out =
      out.slice(0, m.index) + m[1] + [...kept, ...env].join('\n') + '\n' + out.slice(m.index + m[0].length);
  }
  return out;
}

/** The Markdown for one source file: inputs, then outputs. */
export function tablesFor(source, generated = {}) {
  const doc = parse(generated[source] ?? readFileSync(join(root, source), 'utf8'));
  const call = doc.on?.workflow_call;
  const inputs = Object.entries((call ? call.inputs : doc.inputs) ?? {});
  const outputs = Object.entries((call ? call.outputs : doc.outputs) ?? {});
  const parts = [];
  parts.push(
    table(
      ['Input', 'Required', 'Default', 'Description'],
      inputs.map(([name, i]) => [
        `\`${name}\``,
        i.required ? 'yes' : '',
        code(i.default),
        cell(i.description)
      ])
    )
  );
  parts.push(
    table(
      ['Output', 'Description'],
      outputs.map(([name, o]) => [`\`${name}\``, cell(o.description)])
    )
  );
  return parts.filter(Boolean).join('\n');
}

function markdownFiles() {
  const files = ['README.md'];
  if (existsSync(join(root, 'docs'))) {
    for (const f of readdirSync(join(root, 'docs')).sort()) if (f.endsWith('.md')) files.push(`docs/${f}`);
  }
  return files.filter(f => existsSync(join(root, f)));
}

/** Returns { file, text, changed, sources } for every Markdown file with generated blocks. */
export function render(generated = {}) {
  return markdownFiles().map(file => {
    const before = readFileSync(join(root, file), 'utf8');
    const sources = [];
    const text = before.replace(MARKER, (_, source) => {
      if (!existsSync(join(root, source)))
        throw new Error(`${file}: generated block names ${source}, which does not exist`);
      sources.push(source);
      return `<!-- generated:${source}:start -->\n${tablesFor(source, generated)}<!-- generated:${source}:end -->`;
    });
    return { file, text, changed: text !== before, sources };
  });
}

/** Everything generated, as { composites: [{ file, text, changed }], markdown: [...] }. */
export function generate() {
  const composites = COMPOSITES.map(file => {
    const before = readFileSync(join(root, file), 'utf8');
    const text = compositeText(file, before);
    return { file, text, changed: text !== before };
  });
  const markdown = render(Object.fromEntries(composites.map(c => [c.file, c.text])));
  return { composites, markdown };
}

/** Writes whatever is stale; returns the files written. */
export function writeGenerated() {
  const { composites, markdown } = generate();
  const changed = [...composites, ...markdown].filter(r => r.changed);
  for (const r of changed) writeFileSync(join(root, r.file), r.text);
  return changed.map(r => r.file);
}

function main() {
  const check = process.argv.includes('--check');
  const { composites, markdown } = generate();
  const covered = new Set(markdown.flatMap(r => r.sources));
  const missing = documentedSources().filter(s => !covered.has(s));
  if (check) {
    for (const c of composites.filter(r => r.changed))
      console.error(`${c.file}: inputs/env differ from the actions' action.yml files; run: npm run docs`);
    for (const f of markdown.filter(r => r.changed))
      console.error(`${f.file}: input/output tables differ from the action.yml files; run: npm run docs`);
    for (const s of missing)
      console.error(
        `${s} has no generated table (add <!-- generated:${s}:start --><!-- generated:${s}:end --> to README.md)`
      );
    if ([...composites, ...markdown].some(r => r.changed) || missing.length) process.exit(1);
    console.log('docs: composites and tables match the action.yml files');
    return;
  }
  const written = writeGenerated();
  for (const s of missing) console.error(`warning: ${s} has no generated table in README.md`);
  console.log(written.length ? `docs: updated ${written.join(', ')}` : 'docs: up to date');
}

if (relative(fileURLToPath(import.meta.url), process.argv[1] ?? '') === '') main();
