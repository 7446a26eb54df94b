/**
 * The action's inputs (keys mirror action.yml), read and validated in one pass: every problem is
 * collected and reported together, by input name, before anything is written. Each input is
 * listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { HELM_DOWNLOAD_BASE, normalizeHelmVersion } from '../../../src/lib/helm';
import type { FileProbe } from '../../../src/lib/fileProbe';
import {
  DNS1123_LABEL,
  DNS1123_SUBDOMAIN,
  HELM_SET_KEY,
  InputReader,
  type InputLookup
} from '../../../src/lib/inputs';
import { exposedValues, input, readTable, type ExposedValues } from '../../../src/lib/inputTable';

export const POLICIES = ['strict', 'warn', 'off'] as const;
export type Policy = (typeof POLICIES)[number];

/** SemVer 2 as Helm requires for chart versions. */
export const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const KIND = /^[A-Z][A-Za-z0-9]*$/;
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?$/;
const DEFAULT_KINDS = 'Deployment,Service,ServiceAccount';

export type FsProbe = Pick<FileProbe, 'exists' | 'isDirectory'>;

/** The inputs, in action.yml's order, each read and checked where it is listed. */
function inputTable(fsProbe: FsProbe, tempDir: string) {
  return {
    /** Absolute chart directory. Reading (not writing) outside the workspace is harmless: allowed. */
    chart: input.custom((r, name) => {
      const raw = r.string(name, { required: true });
      if (!raw) return '';
      const chart = r.workspacePath(name, raw, { insideWorkspace: false });
      if (!fsProbe.exists(chart)) r.problem(name, `directory "${raw}" does not exist`);
      else if (!fsProbe.isDirectory(chart))
        r.problem(name, `"${raw}" is not a directory (give the chart's source directory)`);
      else if (!fsProbe.exists(path.join(chart, 'Chart.yaml')))
        r.problem(name, `"${raw}" has no Chart.yaml, so it is not a Helm chart`);
      return chart;
    }),
    /** Absolute values files, in order (later files win, as with helm -f). */
    'values-files': input.custom((r, name) =>
      r.list(name).map(v => {
        const p = r.workspacePath(name, v, { insideWorkspace: false });
        if (!fsProbe.exists(p)) r.problem(name, `file "${v}" does not exist`);
        else if (fsProbe.isDirectory(p)) r.problem(name, `"${v}" is a directory, not a values file`);
        return p;
      })
    ),
    set: input.pairs(HELM_SET_KEY),
    'release-name': input.text({
      default: 'release',
      pattern: DNS1123_LABEL,
      hint: 'lower-case letters, digits and -',
      check: v => (v.length > 53 ? `"${v}" is longer than Helm's limit of 53 characters` : undefined)
    }),
    namespace: input.text({
      default: 'default',
      pattern: DNS1123_LABEL,
      hint: 'lower-case letters, digits and -',
      check: v => (v.length > 63 ? `"${v}" is longer than 63 characters` : undefined)
    }),
    /** '' keeps the version in Chart.yaml. */
    'chart-version': input.custom((r, name) =>
      r
        .string(name, { pattern: SEMVER, hint: 'a SemVer 2 version such as 1.2.3 or 1.2.3-rc.1' })
        .replace(/^v/, '')
    ),
    'app-version': input.text({ check: v => (/\s/.test(v) ? `"${v}" contains whitespace` : undefined) }),
    /** Absolute directory the .tgz is written to. */
    destination: input.custom((r, name) => {
      const raw = r.string(name);
      // Absolute destinations (e.g. runner.temp) are the user's choice; relative ones stay in the workspace.
      const destination = raw
        ? path.isAbsolute(raw)
          ? path.resolve(raw)
          : r.workspacePath(name, raw)
        : path.join(tempDir, 'charts');
      if (raw && fsProbe.exists(destination) && !fsProbe.isDirectory(destination))
        r.problem(name, `"${raw}" exists and is not a directory`);
      return destination;
    }),
    'required-kinds': input.custom((r, name) => {
      const kinds = r.list(name, { commas: true });
      if (r.raw(name) === '') kinds.push(...DEFAULT_KINDS.split(','));
      for (const k of kinds)
        if (!KIND.test(k)) r.problem(name, `"${k}" is not a Kubernetes kind (e.g. Deployment)`);
      return [...new Set(kinds)];
    }, DEFAULT_KINDS),
    'external-service-accounts': input.custom((r, name) => {
      const names = r.list(name, { commas: true });
      for (const sa of names)
        if (!DNS1123_SUBDOMAIN.test(sa)) r.problem(name, `"${sa}" is not a valid ServiceAccount name`);
      return names;
    }),
    policy: input.oneOf(POLICIES, 'strict'),
    'kube-version': input.text({ pattern: KUBE_VERSION, hint: 'e.g. 1.33 or v1.33.0' }),
    /** '' means the pinned default. */
    'helm-version': input.text({
      check: v => (normalizeHelmVersion(v) ? undefined : `"${v}" is not a version such as v4.3.1`)
    }),
    'helm-path': input.custom((r, name) => {
      const raw = r.string(name);
      if (!raw) return '';
      const helmPath = r.workspacePath(name, raw, { insideWorkspace: false });
      if (!fsProbe.exists(helmPath)) r.problem(name, `"${raw}" does not exist`);
      else if (fsProbe.isDirectory(helmPath)) r.problem(name, `"${raw}" is a directory, not the helm binary`);
      return helmPath;
    }),
    /** Base URL of Helm releases (get.helm.sh or a mirror). */
    'helm-download-url': input.text({
      default: HELM_DOWNLOAD_BASE,
      pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
      hint: 'an http(s) URL such as https://get.helm.sh'
    }),
    /** Rewrite the package so identical sources give identical bytes (mtimes fixed). */
    reproducible: input.flag(true)
  };
}

type Table = ReturnType<typeof inputTable>;

/** The table itself, for the checks that compare it with action.yml (names and defaults). */
export const INPUT_TABLE: Table = inputTable({ exists: () => false, isDirectory: () => false }, '.');

export interface Inputs extends ExposedValues<Table> {
  /** Where annotation paths are made relative to, and relative inputs are resolved against. */
  workspace: string;
  /** Scratch space for the rendered manifest. */
  tempDir: string;
}

export function getInputs(lookup: InputLookup, env: NodeJS.ProcessEnv, fsProbe: FsProbe): Inputs {
  const workspace = path.resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  const tempDir = path.resolve(env['RUNNER_TEMP'] || os.tmpdir());
  const r = new InputReader(lookup, workspace);
  const table = inputTable(fsProbe, tempDir);
  const v = readTable(table, r);
  r.finish();
  return { ...exposedValues(table, v), workspace, tempDir };
}
