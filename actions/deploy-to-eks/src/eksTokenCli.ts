/**
 * Entry of the exec credential plugin (bundled to dist/deploy-to-eks/eks-token/): see
 * eksTokenCommand.ts. Kept free of logic so tests import the command without running it.
 *
 * Output goes through fs.writeSync on fds 1 and 2: touching process.stdout on a pipe (how helm
 * runs the plugin) loads Node's whole stream stack, a few ms of a start-up-bound command.
 */
import { writeSync } from 'node:fs';
import { runCli } from './eksTokenCommand';

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  for (let off = 0; off < buf.length;) {
    try {
      off += writeSync(fd, buf, off);
    } catch (err) {
      // A non-blocking pipe that is momentarily full: try again.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

void runCli(
  process.argv.slice(2),
  process.env,
  s => writeAll(1, s),
  s => writeAll(2, s)
).then(code => {
  process.exitCode = code;
});
