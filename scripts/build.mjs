#!/usr/bin/env node
// Bundles every action entry with @vercel/ncc into dist/<action>/, after regenerating what
// scripts/docs.mjs derives from the action.yml files. Deterministic: same sources, byte-identical
// output (no timestamps, no absolute paths, stable chunk ids). Lazy `import()`s become separate
// chunk files so an action that fails input validation loads only its entry.
import ncc from '@vercel/ncc';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out-root DIR` writes the bundles under DIR instead of the repo (used by the stale-dist check).
const outFlag = process.argv.indexOf('--out-root');
const outRoot = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : root;

const ENTRIES = [
  { src: 'actions/build-push-ecr/src/index.ts', out: 'dist/build-push-ecr' },
  { src: 'actions/package-and-verify-helm-chart/src/index.ts', out: 'dist/package-and-verify-helm-chart' },
  { src: 'actions/deploy-to-eks/src/index.ts', out: 'dist/deploy-to-eks' },
  // The exec credential plugin the generated kubeconfig runs: `node dist/deploy-to-eks/eks-token.js`.
  {
    src: 'actions/deploy-to-eks/src/eksTokenCli.ts',
    out: 'dist/deploy-to-eks/eks-token',
    launcher: { path: 'dist/deploy-to-eks/eks-token.js', target: './eks-token/index.js' },
    optional: true
  }
];

async function buildOne(entry) {
  const src = join(root, entry.src);
  if (!existsSync(src)) {
    if (entry.optional) return;
    throw new Error(`missing entry ${entry.src}`);
  }
  const { code, assets } = await ncc(src, {
    cache: false,
    // Type-checking is its own step (npm run typecheck); the bundler only transpiles.
    transpileOnly: true,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
    license: 'licenses.txt'
  });
  const out = join(outRoot, entry.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    const p = join(out, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, asset.source);
  }
  if (entry.launcher) {
    writeFileSync(
      join(outRoot, entry.launcher.path),
      `#!/usr/bin/env node\n// Launcher: the bundle and its lazy chunks live in ${entry.launcher.target.replace(/\/index\.js$/, '/')}.\nrequire('${entry.launcher.target}');\n`
    );
  }
  console.log(`built ${entry.out}`);
}

// The same command regenerates what action.yml files declare for others (the composites' inputs
// and env, README's tables: scripts/docs.mjs), so adding an input is edit, then `npm run build`.
// Not with --out-root: the stale-dist check must not write sources.
if (outFlag < 0) {
  const { writeGenerated } = await import('./docs.mjs');
  for (const f of writeGenerated()) console.log(`generated ${f}`);
}

// Sequential: ncc is CPU-heavy and the machines have two cores.
for (const e of ENTRIES) await buildOne(e);
