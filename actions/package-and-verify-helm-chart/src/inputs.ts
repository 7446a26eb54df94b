/**
 * The action's inputs (keys mirror action.yml), read and validated in one pass: every problem is
 * collected and reported together, by input name, before anything is written. Each input is
 * listed once, in the table below; `Inputs` is derived from it (src/lib/inputTable.ts).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { HELM_DOWNLOAD_BASE } from '../../../src/lib/helm';
import { helmToolInputs } from '../../../src/lib/helmInputs';
import { parseOciRepository } from '../../../src/lib/ociRef';
import type { FileProbe } from '../../../src/lib/fileProbe';
import {
  DNS1123_LABEL,
  DNS1123_SUBDOMAIN,
  HELM_SET_KEY,
  InputReader,
  portProblem,
  type InputLookup
} from '../../../src/lib/inputs';
import { exposedValues, input, readTable, type ExposedValues } from '../../../src/lib/inputTable';
import { parseExemptionLine, type Exemption } from './checks/exemptions';
import { parseLabelList, type CustomWorkload } from './checks/workloads';

export const POLICIES = ['strict', 'warn', 'off'] as const;
export type Policy = (typeof POLICIES)[number];

/** SemVer 2 as Helm requires for chart versions. */
export const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const KIND = /^[A-Z][A-Za-z0-9]*$/;
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?$/;
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v\d+[a-z0-9]*(?:\/[A-Z][A-Za-z0-9]*)?$/;
const CUSTOM_WORKLOAD = /^([A-Z][A-Za-z0-9]*)(?:\.([a-z0-9.-]+))?:\s*(.+)$/;
const DEFAULT_KINDS = 'Deployment,Service,ServiceAccount';

/** The file look-ups of the shared path rule (src/lib/inputs.ts InputReader.path). */
export type FsProbe = Pick<FileProbe, 'isFile' | 'isDirectory' | 'realpath'>;

/** The inputs, in action.yml's order, each read and checked where it is listed. */
function inputTable(fsProbe: FsProbe, tempDir: string) {
  return {
    /**
     * Absolute chart directory. Reading (not writing) outside the workspace is harmless: allowed;
     * a symlink inside the workspace must not lead out of it (the shared path rule).
     */
    chart: input.custom((r, name) => {
      const raw = r.string(name, { required: true });
      if (!raw) return '';
      const p = r.path(name, raw, fsProbe, {
        outside: true,
        want: 'directory',
        missing: `directory "${raw}" does not exist`,
        notDirectory: `"${raw}" is not a directory (give the chart's source directory)`
      });
      if (!p) return path.resolve(r.workspaceDir, raw);
      r.path(name, path.join(raw, 'Chart.yaml'), fsProbe, {
        outside: true,
        want: 'file',
        missing: `"${raw}" has no Chart.yaml, so it is not a Helm chart`
      });
      return p.path;
    }),
    /** Absolute values files, in order (later files win, as with helm -f). */
    'values-files': input.custom((r, name) =>
      r.list(name).map(
        v =>
          r.path(name, v, fsProbe, {
            outside: true,
            want: 'file',
            missing: `file "${v}" does not exist`,
            notFile: `"${v}" is a directory, not a values file`
          })?.path ?? path.resolve(r.workspaceDir, v)
      )
    ),
    set: input.custom((r, name) => r.keyValues(name, HELM_SET_KEY, { helmSet: true })),
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
      if (!raw) return path.join(tempDir, 'charts');
      // Absolute destinations (e.g. runner.temp) are the user's choice; relative ones stay in the
      // workspace, and a symlink there must not lead the written package out of it.
      return (
        r.path(name, raw, fsProbe, {
          outside: path.isAbsolute(raw),
          mayNotExist: true,
          want: 'directory',
          notDirectory: `"${raw}" exists and is not a directory`
        })?.path ?? path.resolve(r.workspaceDir, raw)
      );
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
    /** Secrets that exist outside the chart (not reported as missing). */
    'external-secrets': input.custom((r, name) => {
      const names = r.list(name, { commas: true });
      for (const s of names)
        if (!DNS1123_SUBDOMAIN.test(s)) r.problem(name, `"${s}" is not a valid Secret name`);
      return names;
    }),
    /** `<Kind>/<name>:<check>=<reason>` lines, parsed. */
    exemptions: input.custom((r, name) => {
      const out: Exemption[] = [];
      for (const line of r.list(name)) {
        const e = parseExemptionLine(line);
        if (typeof e === 'string') r.problem(name, e);
        else out.push(e);
      }
      return out;
    }),
    /** Custom resource kinds whose operator makes pods, with the labels it gives them. */
    'custom-workloads': input.custom((r, name) => {
      const out: CustomWorkload[] = [];
      for (const line of r.list(name)) {
        const m = CUSTOM_WORKLOAD.exec(line);
        const labels = m ? parseLabelList(m[3] as string) : undefined;
        if (!m || !labels)
          r.problem(
            name,
            `"${line}" is not <Kind>[.<group>]: <label>=<value>,... (e.g. Database.db.example.com: app=db,cluster={name})`
          );
        else out.push({ kind: m[1] as string, group: m[2] ?? '', labels });
      }
      return out;
    }),
    policy: input.oneOf(POLICIES, 'strict'),
    'kube-version': input.text({ pattern: KUBE_VERSION, hint: 'e.g. 1.33 or v1.33.0' }),
    /** Extra `--api-versions` for the render (the kube-version default set is added in run). */
    'api-versions': input.custom((r, name) => {
      const list = r.list(name, { commas: true });
      for (const v of list)
        if (!API_VERSION.test(v))
          r.problem(
            name,
            `"${v}" is not <group>/<version> or <group>/<version>/<Kind> (e.g. policy/v1/PodDisruptionBudget)`
          );
      return [...new Set(list)];
    }),
    /** CA bundle for https chart repositories and OCI registries of dependencies ('' = system CAs). */
    'repository-ca-file': input.custom((r, name) => {
      const raw = r.string(name);
      if (!raw) return '';
      return (
        r.path(name, raw, fsProbe, {
          outside: path.isAbsolute(raw),
          want: 'file',
          missing: `"${raw}" is not a file`,
          notFile: `"${raw}" is not a file`
        })?.path ?? ''
      );
    }),
    /** Credentials for OCI dependency registries ('' = anonymous). */
    'registry-username': input.custom((r, name) => {
      const v = r.string(name);
      if (!v && r.raw('registry-password')) r.problem(name, 'is required when registry-password is set');
      return v;
    }),
    'registry-password': input.custom((r, name) => {
      const v = r.raw(name);
      if (!v && r.string('registry-username')) r.problem(name, 'is required when registry-username is set');
      return v;
    }),
    ...helmToolInputs(fsProbe),
    /** Base URL of Helm releases (get.helm.sh or a mirror). */
    'helm-download-url': input.text({
      default: HELM_DOWNLOAD_BASE,
      pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
      hint: 'an http(s) URL such as https://get.helm.sh',
      check: v => portProblem(/^https?:\/\/([^/]+)/.exec(v)?.[1] ?? '')
    }),
    /** Rewrite the package so identical sources give identical bytes (mtimes fixed). */
    reproducible: input.flag(true),
    /** After verification, push the package here (ociPush.ts); undefined: no push. */
    'push-to': input.custom((r, name) => {
      const raw = r.string(name);
      if (!raw) return undefined;
      const target = parseOciRepository(raw);
      if (!target)
        r.problem(
          name,
          `"${raw}" is not an OCI repository (oci://<registry>/<path>, lower-case path, no tag)`
        );
      else {
        const port = portProblem(target.host);
        if (port) r.problem(name, `registry ${port}`);
      }
      return target;
    }),
    'registry-plain-http': input.flag(false)
  };
}

type Table = ReturnType<typeof inputTable>;

/** The table itself, for the checks that compare it with action.yml (names and defaults). */
export const INPUT_TABLE: Table = inputTable(
  {
    isFile: () => false,
    isDirectory: () => false,
    realpath: p => p
  },
  '.'
);

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
