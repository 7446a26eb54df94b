/**
 * The frontdoor chart's progressive-delivery mode (rollout.enabled): the real helm renders the
 * workload as an Argo Rollouts canary with the values' steps instead of a Deployment, the HPA
 * scales the Rollout, the schema refuses malformed steps, and the prod values' commented example
 * is a valid configuration. No cluster is needed (the cluster side is in
 * test/deploy-to-eks/argoRollouts.test.ts, with the real controller).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { repoRoot, toolsBin } from '../helpers/stack';

const chartDir = path.join(repoRoot, 'charts', 'frontdoor');
const helm = path.join(toolsBin, 'helm');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type K8s = Record<string, any>;

function template(args: string[]): { ok: boolean; docs: K8s[]; stderr: string } {
  const r = spawnSync(
    helm,
    ['template', 'flygtaxi-prod-frontdoor', chartDir, '--namespace', 'flygtaxi-prod', ...args],
    { encoding: 'utf8' }
  );
  if (r.status !== 0) return { ok: false, docs: [], stderr: r.stderr };
  const docs = parseAllDocuments(r.stdout)
    .map(d => d.toJS() as K8s | null)
    .filter((d): d is K8s => d !== null);
  return { ok: true, docs, stderr: r.stderr };
}

const PROD = ['--values', path.join(chartDir, 'values-prod.yaml')];

describe('frontdoor chart, rollout.enabled (Argo Rollouts canary, real helm)', () => {
  test('off by default: a Deployment, no Rollout', () => {
    const r = template(PROD);
    expect(r.ok).toBe(true);
    expect(r.docs.map(d => d.kind)).toContain('Deployment');
    expect(r.docs.map(d => d.kind)).not.toContain('Rollout');
  });

  test('on: the same pod template as a Rollout with the canary steps from values; no Deployment', () => {
    const off = template(PROD).docs.find(d => d.kind === 'Deployment') as K8s;
    const r = template([...PROD, '--set', 'rollout.enabled=true']);
    expect(r.ok).toBe(true);
    expect(r.docs.map(d => d.kind)).not.toContain('Deployment');
    const ro = r.docs.find(d => d.kind === 'Rollout') as K8s;
    expect(ro.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(ro.metadata.name).toBe('flygtaxi-prod-frontdoor');
    expect(ro.spec.strategy.canary.steps).toEqual([
      { setWeight: 25 },
      { pause: { duration: '30s' } },
      { setWeight: 50 },
      { pause: { duration: '30s' } }
    ]);
    expect(ro.spec.strategy.canary).toMatchObject({ maxUnavailable: 0, maxSurge: '25%' });
    expect(ro.spec).toMatchObject({ progressDeadlineSeconds: 300, progressDeadlineAbort: true });
    expect(ro.spec.selector).toEqual(off.spec.selector);
    // Same containers, probes and security context as the Deployment's template.
    expect(ro.spec.template.spec.containers).toEqual(off.spec.template.spec.containers);
    // Each canary ReplicaSet spreads on its own: Rollouts label pods rollouts-pod-template-hash.
    const keys = (ro.spec.template.spec.topologySpreadConstraints as K8s[]).map(c => c.matchLabelKeys);
    expect(keys.every(k => k[0] === 'rollouts-pod-template-hash')).toBe(true);
    // prod autoscales: the HPA scales the Rollout (its scale subresource), not a Deployment.
    const hpa = r.docs.find(d => d.kind === 'HorizontalPodAutoscaler') as K8s;
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      name: 'flygtaxi-prod-frontdoor'
    });
  });

  test("values-prod.yaml's commented example, uncommented, is a valid configuration", () => {
    const text = readFileSync(path.join(chartDir, 'values-prod.yaml'), 'utf8');
    const block = text.slice(text.indexOf('# rollout:'));
    const uncommented = block
      .split('\n')
      .filter(l => l.startsWith('#'))
      .map(l => l.replace(/^# ?/, ''))
      .join('\n');
    const values = parseYaml(uncommented) as { rollout: { enabled: boolean; steps: unknown[] } };
    expect(values.rollout.enabled).toBe(true);
    const r = template([...PROD, '--set-json', `rollout=${JSON.stringify(values.rollout)}`]);
    expect(r.stderr).toBe('');
    expect(r.ok).toBe(true);
    const ro = r.docs.find(d => d.kind === 'Rollout') as K8s;
    expect(ro.spec.strategy.canary.steps).toHaveLength(6);
  });

  test.each([
    ['a step with two actions', '[{"setWeight":10,"pause":{}}]'],
    ['a weight above 100', '[{"setWeight":150}]'],
    ['an unknown step', '[{"setWeigth":10}]'],
    ['a pause duration that is not a duration', '[{"pause":{"duration":"soon"}}]']
  ])('the schema refuses %s', (_what, steps) => {
    const r = template([...PROD, '--set', 'rollout.enabled=true', '--set-json', `rollout.steps=${steps}`]);
    expect(r.ok).toBe(false);
    expect(r.stderr).toMatch(/values don't meet the specifications of the schema|rollout/);
  });
});
