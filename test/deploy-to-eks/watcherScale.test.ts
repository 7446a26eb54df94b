/**
 * The rollout watcher's load on the API server does not grow with the replicas: a Deployment of
 * 10 and one of 100 pods that never become Ready (kwok `unready` hook, so every poll does the full
 * work: workloads, pods by selector, ReplicaSets for the fail-fast judge) are watched for the same
 * time, and the requests are counted at the client. Requests per poll must be equal; requests per
 * second are printed next to the pod count.
 */
import { spawnSync } from 'node:child_process';
import { KubeClient, type RequestOptions } from '../../src/lib/kube';
import { loadKubeconfigFile } from '../../src/lib/kubeconfig';
import { RolloutWatcher } from '../../actions/deploy-to-eks/src/rolloutWatcher';
import { PodJudge } from '../../actions/deploy-to-eks/src/podJudge';
import { DEFAULT_GATE_INPUTS } from '../../actions/deploy-to-eks/src/gates/gateInputs';
import { loadStack } from '../helpers/stack';
import {
  FIXTURE_CHART,
  HELM,
  adminKube,
  closeAdmin,
  releasePods,
  sleep,
  uniqueNamespace,
  waitFor
} from './helpers';

jest.setTimeout(240_000);

/** A KubeClient that counts every request it sends (the watcher's only way to the API). */
class CountingKube extends KubeClient {
  requests = 0;
  paths: string[] = [];
  override request<T = unknown>(method: string, apiPath: string, o?: RequestOptions): Promise<T> {
    this.requests++;
    this.paths.push(`${method} ${apiPath.split('?')[0]}`);
    return super.request<T>(method, apiPath, o);
  }
}

interface Measure {
  replicas: number;
  polls: number;
  requests: number;
  seconds: number;
  perPoll: number;
  perSecond: number;
}

async function measure(replicas: number): Promise<Measure> {
  const ns = uniqueNamespace(`scale${replicas}`);
  const stack = loadStack();
  const install = spawnSync(
    HELM,
    [
      'upgrade',
      '--install',
      'web',
      FIXTURE_CHART,
      '-n',
      ns,
      '--create-namespace',
      '--set',
      `replicaCount=${replicas}`,
      '--set-string',
      'podAnnotations.flygtaxi\\.test/kwok-fail=unready'
    ],
    { env: { ...process.env, KUBECONFIG: stack.kubeconfig }, encoding: 'utf8' }
  );
  expect(install.stderr).not.toMatch(/^Error/m);
  expect(install.status).toBe(0);
  await waitFor(
    async () => (await releasePods(ns, 'web')).filter(p => !p.deleting).length === replicas,
    120_000,
    `${replicas} pods`
  );
  const kube = new CountingKube(await loadKubeconfigFile(stack.kubeconfig));
  const watcher = new RolloutWatcher(kube, ns, 'web');
  const judge = new PodJudge(DEFAULT_GATE_INPUTS.failFast!);
  let polls = 0;
  let requests = 0;
  let seconds = 0;
  const lines: string[] = [];
  const judged: number[] = [];
  const t0 = Date.now();
  const stop = watcher.start(
    500,
    line => {
      // Counted at the end of each poll, so a poll still in flight at stop() is not half-counted.
      polls++;
      requests = kube.requests;
      seconds = (Date.now() - t0) / 1000;
      lines.push(line);
    },
    () => Date.now() - t0,
    pods => {
      judged.push(pods.length);
      judge.judge(pods, Date.now());
    }
  );
  await sleep(6_000);
  stop();
  await sleep(1_000);
  kube.close();
  expect(lines.filter(l => l.includes('unavailable'))).toEqual([]);
  expect(lines[lines.length - 1]).toMatch(new RegExp(`deployment/web 0/${replicas} ready`));
  // The judge saw every pod of the new revision on every poll.
  expect(new Set(judged)).toEqual(new Set([replicas]));
  await (await adminKube()).request('DELETE', `/api/v1/namespaces/${ns}`).catch(() => undefined);
  return { replicas, polls, requests, seconds, perPoll: requests / polls, perSecond: requests / seconds };
}

afterAll(() => closeAdmin());

test('watcher API requests per poll are the same for 10 and 100 replicas (counted at the client)', async () => {
  const small = await measure(10);
  const large = await measure(100);
  for (const m of [small, large])
    console.log(
      `watcher: ${m.replicas} pods → ${m.requests} requests in ${m.polls} polls over ${m.seconds.toFixed(1)} s = ` +
        `${m.perPoll.toFixed(1)} requests/poll, ${m.perSecond.toFixed(2)} requests/s`
    );
  expect(small.polls).toBeGreaterThanOrEqual(5);
  expect(large.polls).toBeGreaterThanOrEqual(3);
  // Deployments, StatefulSets, DaemonSets, the Deployment's pods (selector), its ReplicaSets: 5.
  expect(small.perPoll).toBe(5);
  expect(large.perPoll).toBe(small.perPoll);
});
