#!/usr/bin/env node
// Regenerates the input/output tables in README.md (and docs/*.md) from the action.yml files and
// the reusable workflow, between markers that name the source file:
//
//   <!-- generated:actions/deploy-to-eks/action.yml:start -->
//   ...tables...
//   <!-- generated:actions/deploy-to-eks/action.yml:end -->
//
// Usage: node scripts/docs.mjs          rewrite the tables
//        node scripts/docs.mjs --check  exit 1 when a table is stale or an action has none
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

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

/** The Markdown for one source file: inputs, then outputs. */
export function tablesFor(source) {
  const doc = parse(readFileSync(join(root, source), 'utf8'));
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
export function render() {
  return markdownFiles().map(file => {
    const before = readFileSync(join(root, file), 'utf8');
    const sources = [];
    const text = before.replace(MARKER, (_, source) => {
      if (!existsSync(join(root, source)))
        throw new Error(`${file}: generated block names ${source}, which does not exist`);
      sources.push(source);
      return `<!-- generated:${source}:start -->\n${tablesFor(source)}<!-- generated:${source}:end -->`;
    });
    return { file, text, changed: text !== before, sources };
  });
}

function main() {
  const check = process.argv.includes('--check');
  const results = render();
  const covered = new Set(results.flatMap(r => r.sources));
  const missing = documentedSources().filter(s => !covered.has(s));
  const stale = results.filter(r => r.changed).map(r => r.file);
  if (check) {
    for (const f of stale)
      console.error(`${f}: input/output tables differ from the action.yml files; run: node scripts/docs.mjs`);
    for (const s of missing)
      console.error(
        `${s} has no generated table (add <!-- generated:${s}:start --><!-- generated:${s}:end --> to README.md)`
      );
    if (stale.length || missing.length) process.exit(1);
    console.log('docs: tables match the action.yml files');
    return;
  }
  for (const r of results) if (r.changed) writeFileSync(join(root, r.file), r.text);
  for (const s of missing) console.error(`warning: ${s} has no generated table in README.md`);
  console.log(stale.length ? `docs: updated ${stale.join(', ')}` : 'docs: up to date');
}

if (relative(fileURLToPath(import.meta.url), process.argv[1] ?? '') === '') main();
