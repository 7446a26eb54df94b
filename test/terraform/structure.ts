/**
 * Structural checks over terraform/ parsed to JSON by terraform/tests/hcl2json.py.
 * Each check returns a list of problems (empty = fine) so the tests can show that
 * a check passes on the real tree *and* catches a broken one.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Parsed HCL is dynamic by nature; the checks below test its shape explicitly. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;
export interface TfDir {
  files: string[];
  variable: Record<string, Body>;
  output: Record<string, Body>;
  module: Record<string, Body>;
  resource: Record<string, Body>;
  data: Record<string, Body>;
  locals: Record<string, unknown>;
  terraform: Body[];
  provider: Record<string, Body[]>;
}
export interface Tree {
  dirs: Record<string, TfDir>;
}

/** The parsed directory, or a clear failure when the tree lacks it. */
export function dirOf(tree: Tree, dir: string): TfDir {
  const d = tree.dirs[dir];
  if (!d) throw new Error(`terraform/${dir} has no .tf files`);
  return d;
}

export const MODULE_DIRS = ['modules/ecr', 'modules/irsa', 'modules/github-oidc', 'modules/environment'];
/** The runtime environments, each a root from modules/environment (the chart's values-<env>.yaml). */
export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export const RUNTIME_DIRS = ENVIRONMENTS.map(env => `${env}/eu-north-1`);
export const ROOT_DIRS = ['build/eu-north-1', ...RUNTIME_DIRS];

export function pythonWithHcl2(): string {
  const py = process.env.FT_TF_PYTHON ?? path.join(REPO_ROOT, '.tools/venv/bin/python');
  if (!fs.existsSync(py)) {
    throw new Error(`no python at ${py}: run scripts/bootstrap.sh --only python (or set FT_TF_PYTHON)`);
  }
  return py;
}

/** Parses every Terraform directory under `dir` (argument arrays, no shell). */
export function loadTree(dir: string): Tree {
  const res = spawnSync(pythonWithHcl2(), [path.join(REPO_ROOT, 'terraform/tests/hcl2json.py'), dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  if (res.status !== 0) throw new Error(`hcl2json failed: ${res.stderr || res.error}`);
  return JSON.parse(res.stdout) as Tree;
}

/** HCL blocks are lists of bodies; attributes set by a list literal are lists too. */
export function asList<T>(v: T | T[] | undefined): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach(x => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach(x => strings(x, out));
  return out;
}

const META_ARGS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Every variable typed and described; every output described. */
export function checkVariablesAndOutputs(tree: Tree): string[] {
  const problems: string[] = [];
  for (const [dir, d] of Object.entries(tree.dirs)) {
    for (const [name, body] of Object.entries(d.variable)) {
      if (typeof body.type !== 'string' || body.type.trim() === '')
        problems.push(`${dir}: variable "${name}" has no type`);
      if (typeof body.description !== 'string' || body.description.trim() === '')
        problems.push(`${dir}: variable "${name}" has no description`);
    }
    for (const [name, body] of Object.entries(d.output)) {
      if (typeof body.description !== 'string' || body.description.trim() === '')
        problems.push(`${dir}: output "${name}" has no description`);
    }
  }
  return problems;
}

/**
 * Module calls with a local source: the module exists, every argument is one of its
 * variables, every variable without a default is passed, and every module.<name>.<output>
 * the calling directory references exists — the part of `terraform validate` that needs
 * no provider.
 */
export function checkModuleWiring(tree: Tree): string[] {
  const problems: string[] = [];
  for (const [dir, d] of Object.entries(tree.dirs)) {
    const calls: Record<string, TfDir> = {};
    for (const [name, call] of Object.entries(d.module)) {
      const source = String(call.source ?? '');
      if (!source.startsWith('./') && !source.startsWith('../')) {
        problems.push(`${dir}: module "${name}" has a non-local source "${source}"`);
        continue;
      }
      const target = path.posix.normalize(path.posix.join(dir, source));
      const mod = tree.dirs[target];
      if (!mod) {
        problems.push(`${dir}: module "${name}" source ${source} (${target}) has no .tf files`);
        continue;
      }
      calls[name] = mod;
      for (const arg of Object.keys(call)) {
        if (!META_ARGS.has(arg) && !(arg in mod.variable))
          problems.push(`${dir}: module "${name}" passes "${arg}", which ${target} does not declare`);
      }
      for (const [v, body] of Object.entries(mod.variable)) {
        if (!('default' in body) && !(v in call))
          problems.push(`${dir}: module "${name}" does not pass required variable "${v}" of ${target}`);
      }
    }
    for (const s of strings([d.resource, d.data, d.output, d.locals, d.module, d.provider])) {
      // module.x.out, module.x["key"].out, and [for m in module.x : m.out] / {for k, m in module.x : k => m.out}
      const refs = [
        ...[...s.matchAll(/\bmodule\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.([A-Za-z0-9_-]+)/g)].map(m => [
          m[1],
          m[2]
        ]),
        ...[
          ...s.matchAll(
            /\bfor\s+(?:\w+\s*,\s*)?(\w+)\s+in\s+module\.([A-Za-z0-9_-]+)\s*:[^\]}]*?\b\1\.([A-Za-z0-9_-]+)/g
          )
        ].map(m => [m[2], m[3]])
      ];
      for (const [name = '', out = ''] of refs) {
        const mod = calls[name];
        if (!mod) problems.push(`${dir}: references module.${name}, which is not declared`);
        else if (!(out in mod.output))
          problems.push(`${dir}: references module.${name}.${out}, which the module does not output`);
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Every statement of every aws_iam_policy_document in the tree, with where it came from:
 * literal `statement` blocks and the `content` of `dynamic "statement"` blocks.
 */
export function policyStatements(tree: Tree): { where: string; stmt: Body }[] {
  const out: { where: string; stmt: Body }[] = [];
  for (const [dir, d] of Object.entries(tree.dirs)) {
    for (const [name, doc] of Object.entries<Body>(d.data.aws_iam_policy_document ?? {})) {
      asList<Body>(doc.statement).forEach((stmt, i) =>
        out.push({ where: `${dir}: data.aws_iam_policy_document.${name} statement ${i}`, stmt })
      );
      asList<Body>(doc.dynamic).forEach((dyn, i) =>
        asList<Body>(dyn.statement?.content).forEach(stmt =>
          out.push({ where: `${dir}: data.aws_iam_policy_document.${name} dynamic statement ${i}`, stmt })
        )
      );
    }
  }
  return out;
}

/** The statements of one policy document, literal and dynamic, in that order. */
export function documentStatements(doc: Body): Body[] {
  return [
    ...asList<Body>(doc?.statement),
    ...asList<Body>(doc?.dynamic).flatMap(dyn => asList<Body>(dyn.statement?.content))
  ];
}

/** No wildcard principal anywhere; policies only through aws_iam_policy_document. */
export function checkNoWildcardPrincipals(tree: Tree): string[] {
  const problems: string[] = [];
  for (const { where, stmt } of policyStatements(tree)) {
    for (const key of ['principals', 'not_principals']) {
      for (const p of asList<Body>(stmt[key])) {
        if (String(p.type).includes('*')) problems.push(`${where}: principal type "${p.type}"`);
        for (const id of strings(p.identifiers))
          if (id.includes('*')) problems.push(`${where}: wildcard principal "${id}"`);
      }
    }
    if (stmt.not_principals) problems.push(`${where}: not_principals grants everyone else`);
  }
  for (const [dir, d] of Object.entries(tree.dirs)) {
    for (const [rtype, byName] of Object.entries(d.resource)) {
      for (const [name, body] of Object.entries<Body>(byName)) {
        for (const attr of ['assume_role_policy', 'policy']) {
          const v = body[attr];
          if (v === undefined || (!rtype.startsWith('aws_iam_') && rtype !== 'aws_ecr_repository_policy'))
            continue;
          if (typeof v !== 'string' || !/^\$\{(data\.aws_iam_policy_document\.|var\.|each\.value)/.test(v))
            problems.push(`${dir}: ${rtype}.${name}.${attr} is not built from an aws_iam_policy_document`);
        }
      }
    }
  }
  return problems;
}

/**
 * Web-identity trust: a Federated principal, StringEquals (never StringLike) on both
 * <issuer>:sub and <issuer>:aud, aud = sts.amazonaws.com, no wildcard in any value.
 */
export function checkWebIdentityTrust(tree: Tree): string[] {
  const problems: string[] = [];
  for (const { where, stmt } of policyStatements(tree)) {
    if (!asList<string>(stmt.actions).includes('sts:AssumeRoleWithWebIdentity')) continue;
    const principals = asList<Body>(stmt.principals);
    if (principals.length !== 1 || principals[0].type !== 'Federated')
      problems.push(`${where}: principal must be one Federated OIDC provider`);
    const conds = asList<Body>(stmt.condition);
    for (const claim of ['sub', 'aud']) {
      const c = conds.filter(x => String(x.variable).endsWith(`:${claim}`));
      if (c.length !== 1) problems.push(`${where}: needs exactly one condition on :${claim}`);
      for (const x of c) {
        if (x.test !== 'StringEquals')
          problems.push(`${where}: :${claim} condition uses ${x.test}, not StringEquals`);
        for (const v of strings(x.values))
          if (/[*?]/.test(v.replace(/\$\{[^}]*\}/g, '')))
            problems.push(`${where}: wildcard in :${claim} value "${v}"`);
        if (claim === 'aud' && JSON.stringify(asList(x.values)) !== JSON.stringify(['sts.amazonaws.com']))
          problems.push(`${where}: :aud must be exactly ["sts.amazonaws.com"]`);
      }
    }
    for (const x of conds)
      if (String(x.test).includes('Like')) problems.push(`${where}: ${x.test} condition on ${x.variable}`);
  }
  return problems;
}

/** The IRSA module trusts exactly system:serviceaccount:<namespace>:<service_account>. */
export function checkIrsaSubject(tree: Tree): string[] {
  const problems: string[] = [];
  const irsa = tree.dirs['modules/irsa'];
  if (!irsa) return ['modules/irsa is missing'];
  if (irsa.locals.subject !== 'system:serviceaccount:${var.namespace}:${var.service_account}')
    problems.push(`modules/irsa: local.subject is ${JSON.stringify(irsa.locals.subject)}`);
  const stmt = asList<Body>(irsa.data.aws_iam_policy_document?.trust?.statement)[0] ?? {};
  const sub = asList<Body>(stmt.condition).find(c => String(c.variable).endsWith(':sub'));
  if (!sub || JSON.stringify(asList(sub.values)) !== JSON.stringify(['${local.subject}']))
    problems.push('modules/irsa: the :sub condition does not use local.subject alone');
  if (irsa.resource.aws_iam_role?.this?.assume_role_policy !== '${data.aws_iam_policy_document.trust.json}')
    problems.push('modules/irsa: the role does not use the trust document');
  return problems;
}

/** What the build root passes as the build role's repositories: its own, and nothing else. */
export const BUILD_ROLE_REPOSITORIES =
  '${concat([for m in module.service_ecr : m.arn], [for m in module.chart_ecr : m.arn])}';

/** The build role's ECR permissions are limited to the repository ARNs it is given. */
export function checkBuildRoleScope(tree: Tree): string[] {
  const problems: string[] = [];
  const oidc = tree.dirs['modules/github-oidc'];
  if (!oidc) return ['modules/github-oidc is missing'];
  for (const [i, stmt] of asList<Body>(oidc.data.aws_iam_policy_document?.build?.statement).entries()) {
    const actions = asList<string>(stmt.actions);
    if (actions.some(a => a.includes('*'))) problems.push(`build statement ${i}: wildcard action`);
    if (!actions.every(a => a.startsWith('ecr:'))) problems.push(`build statement ${i}: non-ECR action`);
    const resources = stmt.resources;
    if (JSON.stringify(actions) === JSON.stringify(['ecr:GetAuthorizationToken'])) continue; // account-level, needs "*"
    if (resources !== '${var.ecr_repository_arns}')
      problems.push(
        `build statement ${i}: resources ${JSON.stringify(resources)} are not var.ecr_repository_arns`
      );
  }
  const build = tree.dirs['build/eu-north-1'];
  const call = build?.module.github_oidc;
  if (!call) problems.push('build/eu-north-1: no module "github_oidc"');
  else if (call.ecr_repository_arns !== BUILD_ROLE_REPOSITORIES)
    problems.push(
      `build/eu-north-1: build role repositories ${JSON.stringify(call.ecr_repository_arns)} are not exactly the service image and chart repositories`
    );
  return problems;
}

/**
 * Deploy and plan roles (one shared "runtime" policy): DescribeCluster on the named cluster,
 * ECR login, and reading artifacts only from var.ecr_read_repository_arns. The deploy access
 * policy is namespace-scoped; the plan entry grants nothing but its Kubernetes group; each
 * runtime root scopes the roles to its own namespace.
 */
export function checkDeployRoleScope(tree: Tree): string[] {
  const problems: string[] = [];
  const oidc = tree.dirs['modules/github-oidc'];
  if (!oidc) return ['modules/github-oidc is missing'];
  for (const stmt of documentStatements(oidc.data.aws_iam_policy_document?.runtime)) {
    const actions = JSON.stringify(asList(stmt.actions));
    const resources = JSON.stringify(asList(stmt.resources));
    if (actions === JSON.stringify(['eks:DescribeCluster'])) {
      if (resources !== JSON.stringify(['${local.cluster_arn}']))
        problems.push('runtime policy: DescribeCluster resource is not the named cluster');
    } else if (actions === JSON.stringify(['ecr:GetAuthorizationToken'])) {
      // account-level call: "*" is the only resource IAM accepts
    } else if (
      asList<string>(stmt.actions).every(
        a => a.startsWith('ecr:') && !/Put|Upload|Delete|Complete|Initiate|\*/.test(a)
      )
    ) {
      if (stmt.resources !== '${var.ecr_read_repository_arns}')
        problems.push(`runtime policy: ECR read resources ${resources} are not var.ecr_read_repository_arns`);
    } else {
      problems.push(`runtime policy: unexpected actions ${actions}`);
    }
  }
  const assoc = oidc.resource.aws_eks_access_policy_association?.deploy;
  const scope = asList<Body>(assoc?.access_scope)[0];
  if (scope?.type !== 'namespace' || scope?.namespaces !== '${var.eks_namespaces}')
    problems.push(
      `deploy access policy scope is ${JSON.stringify(scope)}, not namespace = var.eks_namespaces`
    );
  if (oidc.resource.aws_eks_access_policy_association?.plan)
    problems.push('the plan role has an access policy association; it must get only its RBAC group');
  const planEntry = oidc.resource.aws_eks_access_entry?.plan;
  if (
    JSON.stringify(asList(planEntry?.kubernetes_groups)) !== JSON.stringify(['${var.plan_kubernetes_group}'])
  )
    problems.push('the plan access entry does not put the role in var.plan_kubernetes_group');
  const env = tree.dirs['modules/environment'];
  const call = env?.module.github_oidc;
  if (!call) problems.push('modules/environment: no module "github_oidc"');
  else if (JSON.stringify(asList(call.eks_namespaces)) !== JSON.stringify(['${var.namespace}']))
    problems.push(
      `modules/environment: deploy namespaces ${JSON.stringify(call.eks_namespaces)} are not [var.namespace]`
    );
  for (const dir of RUNTIME_DIRS) {
    if (!tree.dirs[dir]?.module.frontdoor)
      problems.push(`${dir}: no module "frontdoor" (modules/environment)`);
  }
  return problems;
}

/** Roots pin Terraform and the AWS provider and declare the S3 backend; modules declare their provider. */
export function checkPinning(tree: Tree): string[] {
  const problems: string[] = [];
  for (const dir of [...ROOT_DIRS, ...MODULE_DIRS]) {
    const d = tree.dirs[dir];
    if (!d) {
      problems.push(`${dir} is missing`);
      continue;
    }
    const tf = d.terraform[0] ?? {};
    if (typeof tf.required_version !== 'string') problems.push(`${dir}: no required_version`);
    const aws = asList<Body>(tf.required_providers)[0]?.aws;
    if (aws?.source !== 'hashicorp/aws')
      problems.push(`${dir}: required_providers.aws.source is not hashicorp/aws`);
    const version = String(aws?.version ?? '');
    if (ROOT_DIRS.includes(dir)) {
      if (!/^~> 6\.\d+$/.test(version))
        problems.push(`${dir}: aws provider version "${version}" is not pinned as "~> 6.x"`);
      if (!asList<Body>(tf.backend).some(b => 's3' in b)) problems.push(`${dir}: no backend "s3"`);
    } else if (!/>= 6\.\d+/.test(version) || !/< 7/.test(version)) {
      problems.push(`${dir}: aws provider version "${version}" is not bounded to major 6`);
    }
  }
  return problems;
}

/** 12-digit numbers (account IDs) anywhere under a directory. */
export function findAccountIds(dir: string): string[] {
  const hits: string[] = [];
  const walk = (p: string): void => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(full);
      } else if (/\.(tf|md|hcl|example|tfvars)$/.test(e.name)) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/(?<![0-9])[0-9]{12}(?![0-9])/g))
          hits.push(`${path.relative(dir, full)}: ${m[0]}`);
      }
    }
  };
  walk(dir);
  return hits;
}

/** A module README names each of its variables and outputs. */
export function checkReadmes(tree: Tree, terraformDir: string): string[] {
  const problems: string[] = [];
  for (const dir of MODULE_DIRS) {
    const readme = path.join(terraformDir, dir, 'README.md');
    if (!fs.existsSync(readme)) {
      problems.push(`${dir}/README.md is missing`);
      continue;
    }
    const text = fs.readFileSync(readme, 'utf8');
    const d = tree.dirs[dir];
    for (const name of [...Object.keys(d?.variable ?? {}), ...Object.keys(d?.output ?? {})]) {
      if (!text.includes(`\`${name}\``)) problems.push(`${dir}/README.md does not document \`${name}\``);
    }
  }
  return problems;
}
