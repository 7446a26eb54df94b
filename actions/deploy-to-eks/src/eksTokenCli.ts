/**
 * Entry of the exec credential plugin (bundled to dist/deploy-to-eks/eks-token/): see
 * eksTokenCommand.ts. Kept free of logic so tests import the command without running it.
 */
import { runCli } from './eksTokenCommand';

void runCli(
  process.argv.slice(2),
  process.env,
  s => process.stdout.write(s),
  s => process.stderr.write(s)
).then(code => {
  process.exitCode = code;
});
