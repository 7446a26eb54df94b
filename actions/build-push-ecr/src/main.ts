/**
 * Wires the runner to the work: inputs validated first (nothing heavy loaded yet), then the
 * work module loaded lazily, outputs set as they become known, and the job summary written.
 * The same bundle is the post step: it removes the private credentials directory if a
 * cancelled run left it behind (found by path; no secret is kept in state).
 */
import { envLookup } from '../../../src/lib/inputs';
import type { Runtime } from '../../../src/lib/runtime';
import { getInputs } from './inputs';

const POST_STATE = 'isPost';
const DIR_STATE = 'private-dir';

export async function main(rt: Runtime): Promise<void> {
  if (rt.getState(POST_STATE) === 'true') return post(rt);

  // Before validation: the runner runs the post step (post-if: always()) even when main failed,
  // and without this flag that post step would run main again and repeat the input errors.
  rt.saveState(POST_STATE, 'true');
  const inputs = getInputs(envLookup(rt.env), rt.env);

  const [{ run }, { buildSummary, buildFailureSummary }] = await Promise.all([
    import('./run'),
    import('./summary')
  ]);
  const known: Record<string, string> = {};
  try {
    const result = await run(inputs, {
      log: {
        info: m => rt.info(m),
        warning: m => rt.warning(m),
        setSecret: v => rt.setSecret(v)
      },
      env: rt.env,
      output: (name, value) => {
        known[name] = value;
        rt.setOutput(name, value);
      },
      onPrivateDir: dir => rt.saveState(DIR_STATE, dir)
    });
    rt.appendSummary(buildSummary(result));
    rt.info(`${result.skipped ? 'reused' : 'pushed'} ${result.imageRef || result.image + ':' + result.tag}`);
  } catch (err) {
    // The summary says what failed and what was known by then; the entry reports the error itself.
    rt.appendSummary(buildFailureSummary(known, err));
    throw err;
  }
}

async function post(rt: Runtime): Promise<void> {
  const dir = rt.getState(DIR_STATE);
  if (!dir) return;
  const { removePrivateDir } = await import('./privateDir');
  const fs = await import('node:fs');
  if (fs.existsSync(dir) && removePrivateDir(dir)) rt.info(`removed leftover credentials directory ${dir}`);
}
