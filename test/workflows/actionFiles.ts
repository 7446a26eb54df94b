/**
 * Reads this repository's action.yml files, workflows and action sources for the drift tests:
 * what each action declares, what its code reads and sets, and how the composites and workflows
 * wire them together. Parsing only; the assertions live in the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/stack';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
}

export interface ActionOutput {
  description?: string;
  value?: string;
}

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}

export interface ActionFile {
  name: string;
  description: string;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, ActionOutput>;
  runs: { using: string; main?: string; steps?: Step[] };
}

export interface Job {
  name?: string;
  'runs-on'?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  secrets?: Record<string, string> | string;
  permissions?: Record<string, string> | string;
  environment?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  'timeout-minutes'?: number | string;
  outputs?: Record<string, string>;
  steps?: Step[];
}

export interface WorkflowCallInput {
  description?: string;
  type: string;
  required?: boolean;
  default?: unknown;
}

export interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

export function readText(rel: string): string {
  return readFileSync(join(repoRoot, rel), 'utf8');
}

export function loadYaml<T>(rel: string): T {
  return parse(readText(rel)) as T;
}

/** The JavaScript actions: every actions/<name>/ with an action.yml. */
export function jsActions(): string[] {
  return readdirSync(join(repoRoot, 'actions'))
    .filter(d => existsSync(join(repoRoot, 'actions', d, 'action.yml')))
    .sort();
}

export const COMPOSITES = ['action.yml', 'deploy-eks/action.yml'] as const;

export function workflowFiles(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(join(repoRoot, dir))
      .filter(f => /\.ya?ml$/.test(f))
      .map(f => `${dir}/${f}`);
  return [...list('.github/workflows'), ...list('workflows-templates')].sort();
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (e.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Source text of an action (actions/<name>/src/**.ts), comments removed so examples in them don't count. */
export function actionSource(name: string): string {
  return tsFiles(join(repoRoot, 'actions', name, 'src'))
    .map(f => readFileSync(f, 'utf8'))
    .map(t => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'))
    .join('\n');
}

const NAME = `['"]([a-z][a-z0-9-]*)['"]`;
// InputReader methods whose first argument is the input read (src/lib/inputs.ts), on the usual
// receiver names; rawInput/getInput cover reads straight from the runtime.
const READ_CALL = new RegExp(
  `\\b(?:r|reader|input|inputs|ir)\\.(?:string|bool|int|duration|enumOf|list|keyValues|raw|workspacePath)\\(\\s*${NAME}`,
  'g'
);
const RAW_CALL = new RegExp(`\\b(?:rawInput|getInput|getBooleanInput|getMultilineInput)\\(\\s*${NAME}`, 'g');
const ONE_OF = /\bexactlyOneOf\(\s*\[([^\]]*)\]/g;
// An entry of an inputs.ts input table (src/lib/inputTable.ts): `'name': input.x(` or `name: hidden(input.x(`.
const TABLE_ENTRY = /^\s*['"]?([a-z][a-z0-9-]*)['"]?:\s*(?:hidden\(\s*)?input\.[A-Za-z]+\(/gm;
const SHARED_ROWS = /\.\.\.([A-Za-z]+Inputs)\(/g;
const sharedLibSources = (): string[] =>
  tsFiles(join(repoRoot, 'src', 'lib')).map(f => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
const OUTPUT_CALL = new RegExp(`\\b(?:setOutput|output|out)\\(\\s*${NAME}`, 'g');

export function inputsReadByCode(name: string): Set<string> {
  const src = actionSource(name);
  const found = new Set<string>();
  for (const m of src.matchAll(READ_CALL)) found.add(m[1] as string);
  for (const m of src.matchAll(RAW_CALL)) found.add(m[1] as string);
  for (const m of src.matchAll(TABLE_ENTRY)) found.add(m[1] as string);
  // Rows shared by several actions (`...helmToolInputs(fsx)`): the entries of the src/lib module
  // that exports the spread function count as read.
  for (const m of src.matchAll(SHARED_ROWS)) {
    for (const text of sharedLibSources()) {
      if (!new RegExp(`export function ${m[1]}\\b`).test(text)) continue;
      for (const e of text.matchAll(TABLE_ENTRY)) found.add(e[1] as string);
    }
  }
  for (const m of src.matchAll(ONE_OF)) {
    for (const n of (m[1] as string).matchAll(new RegExp(NAME, 'g'))) found.add(n[1] as string);
  }
  return found;
}

export function outputsSetByCode(name: string): Set<string> {
  const src = actionSource(name);
  return new Set([...src.matchAll(OUTPUT_CALL)].map(m => m[1] as string));
}

/** `${{ ... }}` expressions in a string, trimmed. */
export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*([\s\S]*?)\s*\}\}/g)].map(m => m[1] as string);
}

/** The JS action a composite `run:` step executes (`run-action.sh .../actions/<name>`), if any. */
export function bundleRunBy(step: Step): string | undefined {
  return step.run
    ? /run-action\.sh"?\s+"?[^\s"]*\/actions\/([a-z0-9-]+)"?\s*$/.exec(step.run.trim())?.[1]
    : undefined;
}

/** INPUT_<NAME> environment keys of a step, as action input names (lower-case). */
export function inputEnvNames(step: Step): string[] {
  return Object.keys(step.env ?? {})
    .filter(k => k.startsWith('INPUT_'))
    .map(k => k.slice('INPUT_'.length).toLowerCase());
}

/** Every step of every job of a workflow, with where it is. */
export function workflowSteps(wf: Workflow): { job: string; step: Step }[] {
  return Object.entries(wf.jobs).flatMap(([job, j]) => (j.steps ?? []).map(step => ({ job, step })));
}
