/** The gates' part of the job summary: facts for the top table, then details a person opens. */
import { codeBlock, type SummaryBuilder } from '../../../../src/lib/summary';
import { formatTestReports } from './helmTest';
import type { GateResultFields } from './verify';

export function gateFacts(r: GateResultFields & { stoppedEarly?: string }): [string, string][] {
  return [
    ['Gates', r.gatesRun?.length ? r.gatesRun.join(', ') : ''],
    ['Failed gate', r.failedGate ?? ''],
    ['After the gate', r.afterGate ?? ''],
    ['Stopped early', r.stoppedEarly ?? ''],
    [
      'helm test',
      r.tests?.length ? r.tests.map(t => `${t.name}: ${t.phase}`).join(', ') : r.tests ? 'no test hooks' : ''
    ]
  ];
}

export function gateDetails(b: SummaryBuilder, r: GateResultFields): void {
  if (r.rollouts?.length) {
    const engines = [
      r.rollouts.some(l => l.startsWith('rollout/')) ? 'Argo Rollouts' : '',
      r.rollouts.some(l => l.startsWith('canary/')) ? 'Flagger Canaries' : ''
    ].filter(Boolean);
    b.details(
      `Progressive delivery: ${engines.join(', ') || 'Argo Rollouts'}`,
      codeBlock(r.rollouts.join('\n'))
    );
  }
  if (r.tests)
    b.details('helm test: phases and last log lines', codeBlock(formatTestReports(r.tests).join('\n')));
}
