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
/** Input names an expression or if: reads (`inputs.<name>`). */
const inputRefs = (text: string): string[] =>
  [...text.matchAll(/\binputs\.([a-z0-9-]+)/g)].map(m => m[1] as string);
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
            for (const n of inputRefs(e))
              if (!inputs[n]) problems.push(`${key}: composite input ${n} is not declared`);
            // The default must match where the value is the input itself.
            const m = /^inputs\.([a-z0-9-]+)$/.exec(e);
            if (!m) continue;
            const outer = inputs[m[1] as string];
            if (!outer) continue;
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

  test('every input is used by a step, and every input a step reads is declared', () => {
    const used = new Set(
      steps.flatMap(s =>
        [...Object.values(s.env ?? {}), ...Object.values(s.with ?? {}), s.if ?? ''].flatMap(v =>
          inputRefs(String(v))
        )
      )
    );
    expect(minus(Object.keys(inputs), used)).toEqual([]);
    expect(minus(used, Object.keys(inputs))).toEqual([]);
  });

  test('every input and output is documented', () => {
    const undocumented = [...Object.entries(inputs), ...Object.entries(meta.outputs ?? {})]
      .filter(([, v]) => !v.description?.trim())
      .map(([n]) => n);
    expect(undocumented).toEqual([]);
  });

  test("outputs pass through outputs the actions (or the composite's scripts) declare, or its inputs", () => {
    const problems: string[] = [];
    for (const [name, out] of Object.entries(meta.outputs ?? {})) {
      // One expression: alternatives joined by || (the first one that is set).
      const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(out.value ?? '')?.[1];
      if (!whole) {
        problems.push(`${name}: ${out.value} is not one expression`);
        continue;
      }
      for (const alt of whole.split(/\s*\|\|\s*/)) {
        const input = /^inputs\.([a-z0-9-]+)$/.exec(alt)?.[1];
        if (input) {
          if (!inputs[input]) problems.push(`${name}: input ${input} is not declared`);
          continue;
        }
        const m = /^steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)$/.exec(alt);
        const step = m && steps.find(s => s.id === m[1]);
        if (!m || !step) {
          problems.push(`${name}: ${alt} is not a step output`);
          continue;
        }
        const inner = bundleRunBy(step);
        if (inner) {
          if (!action(inner).outputs?.[m[2] as string])
            problems.push(`${name}: ${inner} has no output ${m[2]}`);
          continue;
        }
        const script = /\$GITHUB_ACTION_PATH\/([^"\s]+\.sh)/.exec(step.run ?? '')?.[1];
        const body = script ? readText(join(dir, script)) : '';
        if (!new RegExp(`ft_output ${m[2]} `).test(body))
          problems.push(`${name}: ${script} sets no output ${m[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test('the root composite packages and deploys exactly as deploy-eks does, with the image and the chart registry credentials it knows', () => {
  const root = loadYaml<ActionFile>('action.yml').runs.steps ?? [];
  const eks = loadYaml<ActionFile>('deploy-eks/action.yml').runs.steps ?? [];
  const chartCredentials = {
    'INPUT_REGISTRY-USERNAME':
      "${{ inputs.registry-username || steps.charts.outputs.same-registry == 'true' && inputs.username || '' }}",
    'INPUT_REGISTRY-PASSWORD':
      "${{ inputs.registry-username && inputs.registry-password || steps.charts.outputs.same-registry == 'true' && inputs.password || '' }}",
    'INPUT_REGISTRY-PLAIN-HTTP':
      "${{ inputs.registry-plain-http == 'true' || steps.charts.outputs.same-registry == 'true' && inputs.insecure-registry == 'true' }}"
  };
  const rootOnly: Record<string, Record<string, string>> = {
    package: { ...chartCredentials, 'INPUT_PUSH-TO': '${{ steps.charts.outputs.push-to }}' },
    deploy: {
      ...chartCredentials,
      INPUT_IMAGE: '${{ steps.build.outputs.image || steps.artifacts.outputs.image-repository }}',
      'INPUT_IMAGE-TAG': '${{ steps.build.outputs.tag }}',
      'INPUT_IMAGE-DIGEST': '${{ steps.build.outputs.digest || steps.artifacts.outputs.image-digest }}'
    }
  };
  for (const id of ['package', 'deploy']) {
    const r = { ...root.find(s => s.id === id)?.env };
    const e = { ...eks.find(s => s.id === id)?.env };
    const only = rootOnly[id] as Record<string, string>;
    expect(Object.fromEntries(Object.keys(only).map(k => [k, r[k]]))).toEqual(only);
    for (const k of Object.keys(only)) {
      delete r[k];
      delete e[k];
    }
    expect(r).toEqual(e);
  }
  // Both skip packaging for an already-verified chart and deploy the chart by digest.
  expect(root.find(s => s.id === 'package')?.if).toBe("inputs.chart-ref == ''");
  expect(eks.find(s => s.id === 'package')?.if).toBe("inputs.chart-ref == ''");
  expect(root.find(s => s.id === 'build')?.if).toBe("inputs.image-ref == ''");
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
  const { resolve, build, chart, plan, deploy } = wf.jobs as Required<Workflow['jobs']>;

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
      'plan-role-arn',
      'image',
      'chart-ref',
      'chart-repository',
      'timeout'
    ]) {
      expect(call.inputs).toHaveProperty([i, 'type'], 'string');
    }
    expect(Object.keys(call.outputs)).toEqual(expect.arrayContaining(['image-ref', 'revision', 'changed']));
  });

  test('resolves the ref once; builds and packages in parallel unless given; plans read-only before the environment job', () => {
    expect(resolve?.needs).toBeUndefined();
    expect([build?.needs, chart?.needs]).toEqual(['resolve', 'resolve']);
    expect(build?.if).toBe("needs.resolve.outputs.build == 'true'");
    expect(chart?.if).toBe("needs.resolve.outputs.package == 'true'");
    expect(plan?.needs).toEqual(['resolve', 'build', 'chart']);
    expect(plan?.environment).toEqual({ name: '${{ inputs.environment }}-plan' });
    expect(plan?.steps?.find(s => s.id === 'diff')?.with?.['dry-run']).toBe('diff');
    expect(deploy?.needs).toEqual(['resolve', 'build', 'chart', 'plan']);
    expect(deploy?.environment).toEqual({ name: '${{ inputs.environment }}' });
    // A skipped build/chart/plan (artifacts given, plan: false) lets the next job run; a failure stops it.
    for (const job of [plan, deploy])
      expect(job?.if).toMatch(
        /^always\(\) && .*needs\.resolve\.result == 'success' && !contains\(needs\.\*\.result, 'failure'\) && !contains\(needs\.\*\.result, 'cancelled'\)$/
      );
  });

  test('#17.7: inputs.ref is read once, by resolve; every other checkout of the caller is the resolved commit', () => {
    const refs: string[] = [];
    for (const [name, job] of Object.entries(wf.jobs)) {
      const own = (job.steps ?? []).filter(s => s.uses?.startsWith('actions/checkout@') && !s.with?.['path']);
      expect({ name, checkouts: own.length }).toEqual({ name, checkouts: 1 });
      refs.push(`${name}: ${String(own[0]?.with?.['ref'])}`);
    }
    expect(refs).toEqual([
      'resolve: ${{ inputs.ref }}',
      'build: ${{ needs.resolve.outputs.sha }}',
      'chart: ${{ needs.resolve.outputs.sha }}',
      'plan: ${{ needs.resolve.outputs.sha }}',
      'deploy: ${{ needs.resolve.outputs.sha }}'
    ]);
    expect(resolve?.outputs?.['sha']).toBe('${{ steps.commit.outputs.sha }}');
    expect(resolve?.steps?.find(s => s.id === 'commit')?.run).toContain('git rev-parse HEAD');
    expect(JSON.stringify(Object.entries(wf.jobs).filter(([n]) => n !== 'resolve'))).not.toContain(
      'inputs.ref'
    );
    expect(build?.steps?.find(s => s.id === 'build')?.with?.['sha']).toBe('${{ needs.resolve.outputs.sha }}');
  });

  test('#17.8: nothing before the environment job changes an environment (the job graph)', () => {
    // The jobs the environment job waits for, transitively: everything that runs before approval.
    const needsOf = (j: string): string[] => {
      const n = wf.jobs[j]?.needs;
      return n === undefined ? [] : Array.isArray(n) ? n : [n];
    };
    const before = new Set<string>();
    const walk = (j: string) => needsOf(j).forEach(n => (before.add(n), walk(n)));
    walk('deploy');
    expect([...before].sort()).toEqual(['build', 'chart', 'plan', 'resolve']);
    const ours = (j: string) =>
      (wf.jobs[j]?.steps ?? []).filter(s => /^\.\/\.flygtaxi-actions\/actions\//.test(s.uses ?? ''));
    // Only the environment job deploys (deploy-to-eks without a dry-run) or holds the deploy
    // identity; the plan job's deploy-to-eks is a dry-run diff with the read-only identity.
    for (const j of before) {
      const text = JSON.stringify(wf.jobs[j]);
      expect({
        j,
        deployRole: /deploy-role-arn|FLYGTAXI_DEPLOY_ROLE_ARN|secrets\.kubeconfig\b/.test(text)
      }).toEqual({
        j,
        deployRole: false
      });
      for (const s of ours(j).filter(s => s.uses?.endsWith('/deploy-to-eks')))
        expect({ j, dryRun: s.with?.['dry-run'] }).toEqual({ j, dryRun: 'diff' });
    }
    // The build pushes only the immutable <image-name>-<sha> tag, to the one build repository
    // (an input of the run, not of the environment); no extra or moving tag before approval.
    const push = build?.steps?.find(s => s.id === 'build')?.with ?? {};
    expect(push['latest-tag']).toBe('false');
    expect(push['tags']).toBeUndefined();
    expect(push['repository']).toBe('${{ inputs.ecr-repository }}');
    expect(JSON.stringify(push)).not.toContain('inputs.environment');
    // The chart goes to the chart repository, pinned by digest; nothing else is pushed.
    expect(chart?.steps?.find(s => s.id === 'package')?.with?.['push-to']).toBe(
      '${{ inputs.chart-repository || vars.FLYGTAXI_CHART_REPOSITORY }}'
    );
  });

  test('the plan job reads with the read-only identity only (plan role or plan-kubeconfig)', () => {
    const diff = plan?.steps?.find(s => s.id === 'diff');
    expect(diff?.with?.['kubeconfig']).toBe('${{ secrets.plan-kubeconfig }}');
    const aws = plan?.steps?.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws?.with?.['role-to-assume']).toBe('${{ inputs.plan-role-arn || vars.FLYGTAXI_PLAN_ROLE_ARN }}');
    const check = plan?.steps?.find(s => s.id === 'chart');
    expect(check?.run).toContain('plan-access.sh plan');
    expect(check?.env?.['HAS_KUBECONFIG']).toBe("${{ secrets.plan-kubeconfig != '' }}");
    // The full diff file is kept as an artifact next to the summary, for the approver.
    const keep = plan?.steps?.find(s => s.uses?.startsWith('actions/upload-artifact@'));
    expect(keep?.with?.['path']).toBe('${{ steps.diff.outputs.diff-file }}');
  });

  test('an image and a chart reference given: build and chart are skipped and deploy takes them', () => {
    const step = deploy?.steps?.find(s => s.id === 'deploy');
    expect(step?.with?.['image']).toBe(
      "${{ needs.resolve.outputs.build == 'true' && needs.build.outputs.image || needs.resolve.outputs.image-repository }}"
    );
    expect(step?.with?.['image-digest']).toBe(
      "${{ needs.resolve.outputs.build == 'true' && needs.build.outputs.digest || needs.resolve.outputs.image-digest }}"
    );
    expect(deploy?.steps?.find(s => s.id === 'chart')?.env?.['CHART_REF']).toBe(
      "${{ needs.resolve.outputs.package == 'true' && needs.chart.outputs.chart-ref || needs.resolve.outputs.chart-ref }}"
    );
    const artifacts = resolve?.steps?.find(s => s.id === 'artifacts');
    expect(artifacts?.env).toEqual(
      expect.objectContaining({ IMAGE: '${{ inputs.image }}', CHART_REF: '${{ inputs.chart-ref }}' })
    );
    expect(artifacts?.run).toContain('resolve-artifacts.sh');
  });

  test('serialises deploys per cluster, namespace and release under a literal prefix, never cancelling', () => {
    expect(deploy?.concurrency?.group).toMatch(
      /^flygtaxi-deploy-\$\{\{.*cluster-name.*\}\}-\$\{\{ inputs\.namespace \}\}-\$\{\{ inputs\.release \}\}$/
    );
    expect(deploy?.concurrency?.['cancel-in-progress']).toBe(false);
    expect(JSON.stringify(wf)).not.toContain('github.workflow ');
  });

  test('gives the deploy job a timeout derived from the Helm timeout', () => {
    expect(deploy?.['timeout-minutes']).toBe('${{ fromJSON(needs.resolve.outputs.deploy-timeout-minutes) }}');
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
    expect(step?.with?.['image-digest']).toBe(
      "${{ needs.resolve.outputs.build == 'true' && needs.build.outputs.digest || needs.resolve.outputs.image-digest }}"
    );
    expect(step?.with?.['chart']).toBe('${{ steps.chart.outputs.path }}');
    expect(build?.outputs?.['digest']).toBe('${{ steps.build.outputs.digest }}');
  });
});

describe.each([
  '.github/workflows/deploy.yml',
  '.github/workflows/promote.yml',
  '.github/workflows/rollback.yml'
])('%s: how it runs our actions', rel => {
  const wf = loadYaml<Workflow>(rel);

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

const callOf = (rel: string) =>
  loadYaml<Workflow>(rel).on['workflow_call'] as {
    inputs: Record<string, WorkflowCallInput>;
    secrets?: Record<string, unknown>;
    outputs: Record<string, { value: string }>;
  };

describe('.github/workflows/promote.yml (reusable promotion)', () => {
  const wf = loadYaml<Workflow>('.github/workflows/promote.yml');
  const { source, deploy } = wf.jobs as Required<Workflow['jobs']>;
  const target = callOf('.github/workflows/deploy.yml');

  test('reads the source with its read-only identity, in the <from>-plan environment', () => {
    expect(source?.environment).toEqual({ name: '${{ inputs.from }}-plan' });
    expect(source?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const record = source?.steps?.find(s => s.id === 'record');
    expect(record?.uses).toBe('./.flygtaxi-actions/actions/deploy-to-eks');
    expect(record?.with).toEqual(
      expect.objectContaining({
        'dry-run': 'record',
        'release-name': '${{ inputs.from-release }}',
        namespace: '${{ inputs.from-namespace }}',
        kubeconfig: '${{ secrets.source-kubeconfig }}'
      })
    );
    const aws = source?.steps?.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws?.with?.['role-to-assume']).toBe('${{ vars.FLYGTAXI_PLAN_ROLE_ARN }}');
    // No deploy identity, no checkout of the caller: the source job only reads the cluster.
    expect(JSON.stringify(source)).not.toMatch(/DEPLOY_ROLE|secrets\.kubeconfig\b/);
    expect(
      (source?.steps ?? []).filter(s => s.uses?.startsWith('actions/checkout@') && !s.with?.['path'])
    ).toEqual([]);
  });

  test('calls deploy.yml for the target with the recorded image and chart by digest: no build, no package', () => {
    // After the copy job, when there is one (copy-to): a failed copy stops the promotion.
    expect(deploy?.needs).toEqual(['source', 'copy']);
    expect(deploy?.if).toBe(
      "always() && needs.source.result == 'success' && (needs.copy.result == 'success' || needs.copy.result == 'skipped')"
    );
    expect(deploy?.uses).toBe('flygtaxi/flygtaxi-actions/.github/workflows/deploy.yml@v1');
    expect(deploy?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const w = deploy?.with ?? {};
    expect(w).toEqual(
      expect.objectContaining({
        environment: '${{ inputs.to }}',
        image: "${{ inputs.copy-to != '' && needs.copy.outputs.image || needs.source.outputs.image }}",
        'chart-ref': '${{ needs.source.outputs.chart-ref }}'
      })
    );
    // Nothing that would build: no build repository, context or Dockerfile is passed on.
    for (const k of ['ecr-repository', 'context', 'dockerfile', 'build-args', 'chart-repository'])
      expect({ k, given: k in w }).toEqual({ k, given: false });
    expect(minus(Object.keys(w), Object.keys(target.inputs))).toEqual([]);
    expect(
      minus(Object.keys(deploy?.secrets as Record<string, string>), Object.keys(target.secrets ?? {}))
    ).toEqual([]);
    expect(source?.outputs).toEqual({
      image: '${{ steps.refs.outputs.image }}',
      'chart-ref': '${{ steps.refs.outputs.chart-ref }}'
    });
  });

  test('copy-to (split registries): the copy job copies the recorded image by digest with copy-by-digest.sh, no environment, AWS only for ECR', () => {
    const copy = wf.jobs['copy'];
    expect(copy?.needs).toBe('source');
    expect(copy?.if).toBe("inputs.copy-to != ''");
    expect(copy?.environment).toBeUndefined();
    expect(copy?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const steps = copy?.steps ?? [];
    const access = steps.find(s => s.id === 'access');
    expect(access?.run).toContain('plan-access.sh copy');
    const aws = steps.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws?.if).toBe("steps.access.outputs.aws == 'true'");
    const step = steps.find(s => s.id === 'copy');
    expect(step?.run).toContain('copy-by-digest.sh');
    expect(step?.env).toEqual(
      expect.objectContaining({
        SOURCE: '${{ needs.source.outputs.image }}',
        DESTINATION: '${{ inputs.copy-to }}',
        SOURCE_PASSWORD: '${{ secrets.registry-password }}',
        DESTINATION_PASSWORD: '${{ secrets.copy-password }}'
      })
    );
    expect(copy?.outputs).toEqual({ image: '${{ steps.copy.outputs.image }}' });
  });

  test('checks from/to before the source is read, and the record before the target is touched', () => {
    const steps = source?.steps ?? [];
    const at = (id: string) => steps.findIndex(s => s.id === id);
    expect(steps[at('access')]?.run).toContain('promote-source.sh check');
    expect(at('access')).toBeLessThan(at('record'));
    expect(steps[at('refs')]?.run).toContain('promote-source.sh');
    expect(at('record')).toBeLessThan(at('refs'));
  });
});

describe('workflows-templates/promote-frontdoor', () => {
  const wf = loadYaml<Workflow>('workflows-templates/promote-frontdoor.yml');
  const called = callOf('.github/workflows/promote.yml');
  const job = wf.jobs['promote'];

  test('workflow_dispatch from (dev/staging) and to (staging/prod), calling promote.yml with inputs it declares', () => {
    const inputs = (wf.on['workflow_dispatch'] as { inputs: Record<string, { options?: string[] }> }).inputs;
    expect(inputs['from']?.options).toEqual(['dev', 'staging']);
    expect(inputs['to']?.options).toEqual(['staging', 'prod']);
    expect(job?.uses).toBe('flygtaxi/flygtaxi-actions/.github/workflows/promote.yml@v1');
    const given = Object.keys(job?.with ?? {});
    expect(minus(given, Object.keys(called.inputs))).toEqual([]);
    expect(
      minus(
        Object.keys(called.inputs).filter(k => called.inputs[k]?.required),
        given
      )
    ).toEqual([]);
    expect(
      minus(Object.keys(job?.secrets as Record<string, string>), Object.keys(called.secrets ?? {}))
    ).toEqual([]);
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(wf.permissions).toEqual({});
  });

  test('has a properties file for the template picker', () => {
    expect(JSON.parse(readText('workflows-templates/promote-frontdoor.properties.json'))).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        description: expect.any(String),
        categories: ['Deployment']
      })
    );
  });
});

describe('.github/workflows/rollback.yml (reusable rollback on demand)', () => {
  const wf = loadYaml<Workflow>('.github/workflows/rollback.yml');
  const call = callOf('.github/workflows/rollback.yml');
  const job = wf.jobs['rollback'];
  const deployJob = loadYaml<Workflow>('.github/workflows/deploy.yml').jobs['deploy'];

  test('is called with environment and revision (default previous), release and namespace; one job', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    expect(call.inputs['environment']?.required).toBe(true);
    expect(call.inputs['revision']?.default).toBe('previous');
    expect(Object.keys(wf.jobs)).toEqual(['rollback']);
    expect(wf.permissions).toEqual({});
  });

  test('the environment and role design of deploy.yml: in the environment, its deploy role by OIDC, its concurrency group', () => {
    expect(job?.environment).toEqual({ name: '${{ inputs.environment }}' });
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job?.concurrency).toEqual(deployJob?.concurrency);
    const aws = job?.steps?.find(s => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    const deployAws = deployJob?.steps?.find(s =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@')
    );
    expect(aws?.with?.['role-to-assume']).toBe(deployAws?.with?.['role-to-assume']);
    expect(aws?.if).toBe("steps.access.outputs.aws == 'true'");
  });

  test('one implementation: deploy-to-eks rollback-to, after the request and the role are checked', () => {
    const steps = job?.steps ?? [];
    const at = (id: string) => steps.findIndex(s => s.id === id);
    expect(steps[at('access')]?.run).toContain('rollback-request.sh');
    expect(steps[at('access')]?.run).toContain('plan-access.sh deploy');
    const step = steps[at('rollback')];
    expect(step?.uses).toBe('./.flygtaxi-actions/actions/deploy-to-eks');
    expect(step?.with?.['rollback-to']).toBe('${{ inputs.revision }}');
    expect(minus(Object.keys(step?.with ?? {}), Object.keys(action('deploy-to-eks').inputs ?? {}))).toEqual(
      []
    );
    expect(at('access')).toBeLessThan(at('rollback'));
  });
});

describe('workflows-templates/rollback-frontdoor', () => {
  const wf = loadYaml<Workflow>('workflows-templates/rollback-frontdoor.yml');
  const called = callOf('.github/workflows/rollback.yml');
  const job = wf.jobs['rollback'];

  test('workflow_dispatch environment and revision (default previous), calling rollback.yml with inputs it declares', () => {
    const inputs = (
      wf.on['workflow_dispatch'] as { inputs: Record<string, { options?: string[]; default?: string }> }
    ).inputs;
    expect(inputs['environment']?.options).toEqual(['dev', 'staging', 'prod']);
    expect(inputs['revision']?.default).toBe('previous');
    expect(job?.uses).toBe('flygtaxi/flygtaxi-actions/.github/workflows/rollback.yml@v1');
    const given = Object.keys(job?.with ?? {});
    expect(minus(given, Object.keys(called.inputs))).toEqual([]);
    expect(
      minus(
        Object.keys(called.inputs).filter(k => called.inputs[k]?.required),
        given
      )
    ).toEqual([]);
    expect(job?.with?.['revision']).toBe('${{ inputs.revision }}');
    expect(job?.with?.['environment']).toBe('${{ inputs.environment }}');
    expect(
      minus(Object.keys(job?.secrets as Record<string, string>), Object.keys(called.secrets ?? {}))
    ).toEqual([]);
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(wf.permissions).toEqual({});
  });

  test('has a properties file for the template picker', () => {
    expect(JSON.parse(readText('workflows-templates/rollback-frontdoor.properties.json'))).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        description: expect.any(String),
        categories: ['Deployment']
      })
    );
  });
});

test('the deploy starters build once: one build repository per service, not one per environment', () => {
  for (const name of ['deploy-frontdoor', 'deploy-frontdoor-dev']) {
    const w = loadYaml<Workflow>(`workflows-templates/${name}.yml`).jobs['deploy']?.with ?? {};
    expect({ name, repo: w['ecr-repository'] }).toEqual({ name, repo: 'flygtaxi/frontdoor' });
    expect(w['chart-repository']).toBe('${{ vars.FLYGTAXI_CHART_REPOSITORY }}');
  }
});
