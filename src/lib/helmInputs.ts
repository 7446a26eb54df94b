/**
 * The helm-version and helm-path inputs, shared by package-and-verify-helm-chart and
 * deploy-to-eks: one grammar, one path rule, one message. Kept apart from helm.ts so that
 * validating inputs does not load child_process (helm.ts's exec) before the work starts.
 */
import { input } from './inputTable';
import type { PathFs } from './inputs';

export const HELM_VERSION_RE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** `4.3.1` or `v4.3.1` → `v4.3.1`; undefined when it is not an exact SemVer version. */
export function normalizeHelmVersion(text: string): string | undefined {
  const t = text.trim();
  if (!HELM_VERSION_RE.test(t)) return undefined;
  return t.startsWith('v') ? t : `v${t}`;
}

/** The two table rows, in action.yml's order (helm-version, then helm-path). */
export function helmToolInputs(fsx: PathFs) {
  return {
    /** '' means the pinned default; otherwise normalised to v<semver>. */
    'helm-version': input.custom((r, name) => {
      const raw = r.string(name);
      const v = raw ? normalizeHelmVersion(raw) : '';
      if (v === undefined) r.problem(name, `"${raw}" is not a version (e.g. v4.3.1)`);
      return v ?? '';
    }),
    /** A helm binary used as it is (the symlink rule of every path input applies). */
    'helm-path': input.custom((r, name) => {
      const raw = r.string(name);
      if (!raw) return '';
      return (
        r.path(name, raw, fsx, {
          outside: true,
          want: 'file',
          notFile: `"${raw}" is a directory, not the helm binary`
        })?.path ?? ''
      );
    })
  };
}
