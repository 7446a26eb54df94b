/**
 * Drift checks: what each action.yml declares against what its code reads and sets, how the
 * composites and the reusable workflow pass values to the actions, and the workflow hygiene the
 * repository promises (pinned third-party actions, no expressions in scripts, least privilege).
 * Everything is read fresh from the files, so the checks follow the actions as they change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ActionFile,
  type Step,
  type Workflow,
  type WorkflowCallInput,
  bundleRunBy,
  COMPOSITES,
  expressions,
  inputEnvNames,
  inputsReadByCode,
  jsActions,
  loadYaml,
  outputsSetByCode,
  readText,
  workflowFiles,
  workflowSteps
} from './actionFiles';
import { repoRoot } from '../helpers/stack';

const actions = jsActions();
const action = (name: string): ActionFile => loadYaml<ActionFile>(`actions/${name}/action.yml`);
const sorted = (s: Iterable<string>): string[] => [...s].sort();
const minus = (a: Iterable<string>, b: Iterable<string>): string[] => {
  const bs = new Set(b);
  return sorted([...a].filter(x => !bs.has(x)));
};

test('the three JavaScript actions are found', () => {
  expect(actions).toEqual(['build-push-ecr', 'deploy-to-eks', 'package-and-verify-helm-chart']);
});

describe.each(actions)('actions/%s/action.yml', name => {
  const meta = action(name);

  test('runs on node24 from its bundle (a post step, if any, from the same bundle)', () => {
    const {
      using,
      main,
      post,
      'post-if': postIf,
      ...rest
    } = meta.runs as ActionFile['runs'] & { post?: string; 'post-if'?: string };
    expect({ using, main, rest }).toEqual({ using: 'node24', main: `../../dist/${name}/index.js`, rest: {} });
    if (post !== undefined) expect({ post, postIf }).toEqual({ post: main, postIf: 'always()' });
    expect(existsSync(join(repoRoot, 'dist', name, 'index.js'))).toBe(true);
  });

  test('every input and output has a description', () => {
    const undocumented = [
      ...Object.entries(meta.inputs ?? {}).filter(([, i]) => !i.description?.trim()),
      ...Object.entries(meta.outputs ?? {}).filter(([, o]) => !o.description?.trim())
    ].map(([n]) => n);
    expect(undocumented).toEqual([]);
  });

  test('every input the code reads is declared', () => {
    expect(minus(inputsReadByCode(name), Object.keys(meta.inputs ?? {}))).toEqual([]);
  });

  test('every declared input is read by the code', () => {
    expect(minus(Object.keys(meta.inputs ?? {}), inputsReadByCode(name))).toEqual([]);
  });

  test('every output the code sets is declared', () => {
    expect(minus(outputsSetByCode(name), Object.keys(meta.outputs ?? {}))).toEqual([]);
  });

  test('every declared output is set by the code', () => {
    expect(minus(Object.keys(meta.outputs ?? {}), outputsSetByCode(name))).toEqual([]);
  });
});

/** `uses:` lines with the text after them, for the pinning checks (comments are not in the YAML model). */
function usesLines(rel: string): { ref: string; comment: string }[] {
  return [...readText(rel).matchAll(/^\s*(?:-\s*)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(?:#\s*(.*))?$/gm)].map(
    m => ({
      ref: m[1] as string,
      comment: (m[2] ?? '').trim()
    })
  );
}

const isLocal = (ref: string): boolean => ref.startsWith('./');
const isOwn = (ref: string): boolean => ref.startsWith('flygtaxi/flygtaxi-actions/');

describe.each([...COMPOSITES, ...workflowFiles()])('%s: hygiene', rel => {
  test('third-party actions are pinned by full commit SHA with their version in a comment', () => {
    const bad = usesLines(rel)
      .filter(u => !isLocal(u.ref) && !isOwn(u.ref))
      .filter(u => !/@[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+\b/.test(u.comment))
      .map(u => `${u.ref} # ${u.comment}`);
    expect(bad).toEqual([]);
  });

  test('no ${{ }} expression inside a run: script (values go through env:)', () => {
    const doc = loadYaml<ActionFile & Workflow>(rel);
    const steps: Step[] = doc.runs?.steps ?? workflowSteps(doc).map(s => s.step);
    const offenders = steps.filter(s => s.run && expressions(s.run).length > 0).map(s => s.name ?? s.run);
    expect(offenders).toEqual([]);
  });
});

describe.each(COMPOSITES)('composite %s', rel => {
  const meta = loadYaml<ActionFile>(rel);
  const steps = meta.runs.steps ?? [];
  const inputs = meta.inputs ?? {};
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.';

  test('is a composite whose run: steps use bash', () => {
    expect(meta.runs.using).toBe('composite');
    expect(steps.filter(s => s.run && s.shell !== 'bash').map(s => s.name)).toEqual([]);
  });

  test('runs bundles and scripts that exist, relative to its own directory', () => {
    const paths = steps.flatMap(s =>
      [...(s.run ?? '').matchAll(/\$GITHUB_ACTION_PATH\/([^"\s]+)/g)].map(m => m[1] as string)
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter(p => !existsSync(join(repoRoot, dir, p)))).toEqual([]);
  });

  const bundleSteps = steps.filter(s => bundleRunBy(s));
  test('runs each bundle at most once, with an id', () => {
    expect(bundleSteps.every(s => s.id)).toBe(true);
    expect(new Set(bundleSteps.map(bundleRunBy)).size).toBe(bundleSteps.length);
  });

  describe.each(bundleSteps.map(s => [bundleRunBy(s) as string, s] as const))(
    'step running %s',
    (inner, step) => {
      const innerMeta = action(inner);
      const env = step.env ?? {};

      test('passes every input the action declares, and nothing else', () => {
        const passed = inputEnvNames(step);
        expect({
          missing: minus(Object.keys(innerMeta.inputs ?? {}), passed),
          unknown: minus(passed, Object.keys(innerMeta.inputs ?? {}))
        }).toEqual({
          missing: [],
          unknown: []
        });
      });

      test('maps composite inputs that exist, with the same defaults as the action', () => {
        const problems: string[] = [];
        for (const [key, value] of Object.entries(env)) {
          if (!key.startsWith('INPUT_')) continue;
          const innerName = key.slice('INPUT_'.length).toLowerCase();
          for (const e of expressions(String(value))) {
            const m = /^inputs\.([a-z0-9-]+)$/.exec(e);
            if (!m) continue;
            const outer = inputs[m[1] as string];
            if (!outer) {
              problems.push(`${key}: composite input ${m[1]} is not declared`);
              continue;
            }
            const innerDefault = innerMeta.inputs?.[innerName]?.default;
            if (!outer.required && String(outer.default ?? '') !== String(innerDefault ?? '')) {
              problems.push(
                `${m[1]}: default "${outer.default ?? ''}" differs from ${inner}'s ${innerName} default "${innerDefault ?? ''}"`
              );
            }
          }
        }
        expect(problems).toEqual([]);
      });
    }
  );

  test('every input is used by a step', () => {
    const used = new Set(
      steps
        .flatMap(s =>
          [...Object.values(s.env ?? {}), ...Object.values(s.with ?? {}), s.if ?? ''].flatMap(v =>
            expressions(String(v))
          )
        )
        .map(e => /^inputs\.([a-z0-9-]+)$/.exec(e)?.[1])
        .filter((n): n is string => !!n)
    );
    expect(minus(Object.keys(inputs), used)).toEqual([]);
  });

  test('every input and output is documented', () => {
    const undocumented = [...Object.entries(inputs), ...Object.entries(meta.outputs ?? {})]
      .filter(([, v]) => !v.description?.trim())
      .map(([n]) => n);
    expect(undocumented).toEqual([]);
  });

  test('outputs pass through outputs the actions declare', () => {
    const problems: string[] = [];
    for (const [name, out] of Object.entries(meta.outputs ?? {})) {
      const m = /^\$\{\{\s*steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)\s*\}\}$/.exec(out.value ?? '');
      const step = m && steps.find(s => s.id === m[1]);
      const inner = step && bundleRunBy(step);
      if (!m || !step || !inner) problems.push(`${name}: ${out.value} is not a step output`);
      else if (!action(inner).outputs?.[m[2] as string])
        problems.push(`${name}: ${inner} has no output ${m[2]}`);
    }
    expect(problems).toEqual([]);
  });
});

test('the root composite deploys exactly as deploy-eks does, with the image from its build step', () => {
  const root = loadYaml<ActionFile>('action.yml').runs.steps ?? [];
  const eks = loadYaml<ActionFile>('deploy-eks/action.yml').runs.steps ?? [];
  for (const id of ['package', 'deploy']) {
    const r = { ...root.find(s => s.id === id)?.env };
    const e = { ...eks.find(s => s.id === id)?.env };
    if (id === 'deploy') {
      expect([r['INPUT_IMAGE'], r['INPUT_IMAGE-TAG'], r['INPUT_IMAGE-DIGEST']]).toEqual([
        '${{ steps.build.outputs.image }}',
        '${{ steps.build.outputs.tag }}',
        '${{ steps.build.outputs.digest }}'
      ]);
      for (const k of ['INPUT_IMAGE', 'INPUT_IMAGE-TAG', 'INPUT_IMAGE-DIGEST']) {
        delete r[k];
        delete e[k];
      }
    }
    expect(r).toEqual(e);
  }
  const rootInputs = loadYaml<ActionFile>('action.yml').inputs ?? {};
  const eksInputs = loadYaml<ActionFile>('deploy-eks/action.yml').inputs ?? {};
  for (const [n, i] of Object.entries(eksInputs)) {
    if (['image', 'image-tag', 'image-digest'].includes(n)) continue;
    expect({ n, required: rootInputs[n]?.required, default: rootInputs[n]?.default }).toEqual({
      n,
      required: i.required,
      default: i.default
    });
  }
});

describe('.github/workflows/deploy.yml (reusable orchestrator)', () => {
  const wf = loadYaml<Workflow>('.github/workflows/deploy.yml');
  const call = wf.on['workflow_call'] as {
    inputs: Record<string, WorkflowCallInput>;
    outputs: Record<string, { value: string }>;
  };
  const { build, chart, deploy } = wf.jobs as Required<Workflow['jobs']>;

  test('is called with the inputs the orchestrator needs and returns image-ref, revision, changed', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    for (const i of [
      'environment',
      'ref',
      'runner',
      'context',
      'dockerfile',
      'chart',
      'values-file',
      'release',
      'namespace',
      'cluster-name',
      'aws-region',
      'ecr-repository',
      'image-name',
      'build-role-arn',
      'deploy-role-arn',
      'timeout'
    ]) {
      expect(call.inputs).toHaveProperty([i, 'type'], 'string');
    }
    expect(Object.keys(call.outputs)).toEqual(expect.arrayContaining(['image-ref', 'revision', 'changed']));
  });

  test('builds and packages in parallel, then deploys in an environment, needing both', () => {
    expect([build?.needs, chart?.needs]).toEqual([undefined, undefined]);
    expect(deploy?.needs).toEqual(['build', 'chart']);
    expect(deploy?.environment).toEqual({ name: '${{ inputs.environment }}' });
  });

  test('serialises deploys per cluster, namespace and release under a literal prefix, never cancelling', () => {
    expect(deploy?.concurrency?.group).toMatch(
      /^flygtaxi-deploy-\$\{\{.*cluster-name.*\}\}-\$\{\{ inputs\.namespace \}\}-\$\{\{ inputs\.release \}\}$/
    );
    expect(deploy?.concurrency?.['cancel-in-progress']).toBe(false);
    expect(JSON.stringify(wf)).not.toContain('github.workflow ');
  });

  test('gives the deploy job a timeout derived from the Helm timeout', () => {
    expect(deploy?.['timeout-minutes']).toBe('${{ fromJSON(needs.chart.outputs.deploy-timeout-minutes) }}');
  });

  test('asks for id-token: write only in the jobs that assume an AWS role', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      const assumes = (job.steps ?? []).some(s =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials@')
      );
      expect({ name, permissions: job.permissions }).toEqual({
        name,
        permissions: assumes ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' }
      });
    }
  });

  test('deploys the image by the digest the build job pushed, and the package the chart job verified', () => {
    const step = deploy?.steps?.find(s => s.id === 'deploy');
    expect(step?.with?.['image-digest']).toBe('${{ needs.build.outputs.digest }}');
    expect(step?.with?.['chart']).toBe('${{ steps.chart.outputs.path }}');
    expect(build?.outputs?.['digest']).toBe('${{ steps.build.outputs.digest }}');
  });

  test('runs our actions from a checkout at the workflow commit, with inputs they declare', () => {
    const problems: string[] = [];
    for (const { job, step } of workflowSteps(wf)) {
      const m = /^\.\/\.flygtaxi-actions\/actions\/([a-z0-9-]+)$/.exec(step.uses ?? '');
      if (!m) continue;
      const inner = action(m[1] as string);
      const given = Object.keys(step.with ?? {});
      for (const u of minus(given, Object.keys(inner.inputs ?? {})))
        problems.push(`${job}: ${m[1]} has no input ${u}`);
      for (const [n, i] of Object.entries(inner.inputs ?? {}))
        if (i.required && !given.includes(n)) problems.push(`${job}: ${m[1]} needs ${n}`);
      const steps = wf.jobs[job]?.steps ?? [];
      const checkout = steps
        .slice(0, steps.indexOf(step))
        .find(s => s.with?.['path'] === '.flygtaxi-actions');
      if (!checkout) problems.push(`${job}: no checkout of flygtaxi-actions before ${m[1]}`);
      else {
        // job.workflow_* first; inputs or variables where it is empty (GitHub Enterprise Server, act).
        expect(checkout.with?.['repository']).toBe(
          '${{ inputs.actions-repository || job.workflow_repository || vars.FLYGTAXI_ACTIONS_REPOSITORY }}'
        );
        expect(checkout.with?.['ref']).toBe(
          '${{ inputs.actions-ref || job.workflow_sha || vars.FLYGTAXI_ACTIONS_REF }}'
        );
        expect(checkout.with?.['persist-credentials']).toBe(false);
      }
    }
    expect(problems).toEqual([]);
  });

  test('job outputs name outputs the actions declare', () => {
    const problems: string[] = [];
    for (const [job, j] of Object.entries(wf.jobs)) {
      for (const [name, value] of Object.entries(j.outputs ?? {})) {
        const m = /^\$\{\{ steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+) \}\}$/.exec(value);
        const step = m && j.steps?.find(s => s.id === m[1]);
        const inner = step?.uses && /actions\/([a-z0-9-]+)$/.exec(step.uses)?.[1];
        if (!m || !step) problems.push(`${job}.${name}: ${value}`);
        else if (inner && !action(inner).outputs?.[m[2] as string])
          problems.push(`${job}.${name}: ${inner} has no output ${m[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('runs only helper scripts that exist and are in the sparse checkout', () => {
    const scripts = workflowSteps(wf).flatMap(({ step }) =>
      [...(step.run ?? '').matchAll(/\.flygtaxi-actions\/(\S+\.sh)/g)].map(m => m[1] as string)
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(s => !existsSync(join(repoRoot, s)))).toEqual([]);
    const sparse = workflowSteps(wf)
      .filter(({ step }) => step.with?.['path'] === '.flygtaxi-actions')
      .map(({ step }) => String(step.with?.['sparse-checkout']).trim().split('\n'));
    for (const dirs of sparse) {
      expect(dirs).toEqual(expect.arrayContaining(['actions', 'dist', 'scripts/workflow']));
    }
  });
});

describe.each(['deploy-frontdoor', 'deploy-frontdoor-dev'])('workflows-templates/%s', name => {
  const wf = loadYaml<Workflow>(`workflows-templates/${name}.yml`);
  const called = (
    loadYaml<Workflow>('.github/workflows/deploy.yml').on['workflow_call'] as {
      inputs: Record<string, WorkflowCallInput>;
    }
  ).inputs;

  test('calls the reusable workflow with inputs it declares, including every required one', () => {
    const job = wf.jobs['deploy'];
    expect(job?.uses).toBe('flygtaxi/flygtaxi-actions/.github/workflows/deploy.yml@v1');
    const given = Object.keys(job?.with ?? {});
    expect(minus(given, Object.keys(called))).toEqual([]);
    expect(
      minus(
        Object.keys(called).filter(k => called[k]?.required),
        given
      )
    ).toEqual([]);
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(wf.permissions).toEqual({});
  });

  test('has a properties file for the template picker', () => {
    const props = JSON.parse(readText(`workflows-templates/${name}.properties.json`)) as Record<
      string,
      unknown
    >;
    expect(props).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        description: expect.any(String),
        iconName: expect.any(String),
        categories: expect.any(Array)
      })
    );
  });
});

test('the manual template asks for environment (dev/staging/prod), branch (main) and runner (ubuntu-latest)', () => {
  const wf = loadYaml<Workflow>('workflows-templates/deploy-frontdoor.yml');
  const inputs = (
    wf.on['workflow_dispatch'] as {
      inputs: Record<string, { type: string; options?: string[]; default?: string }>;
    }
  ).inputs;
  expect(inputs['environment']).toEqual(
    expect.objectContaining({ type: 'choice', options: ['dev', 'staging', 'prod'], default: 'dev' })
  );
  expect(inputs['branch']).toEqual(expect.objectContaining({ default: 'main' }));
  expect(inputs['runner']).toEqual(expect.objectContaining({ default: 'ubuntu-latest' }));
});

test('the push template deploys main to dev', () => {
  const wf = loadYaml<Workflow>('workflows-templates/deploy-frontdoor-dev.yml');
  expect(wf.on['push']).toEqual(expect.objectContaining({ branches: ['main'] }));
  expect(wf.jobs['deploy']?.with?.['environment']).toBe('dev');
});
