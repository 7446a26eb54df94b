/**
 * Offline checks of terraform/: formatting with the real terraform binary, HCL parsed to
 * JSON by python-hcl2 with structural assertions, and checkov's terraform framework.
 * `terraform validate` is not run: it needs the hashicorp/aws provider, which cannot be
 * downloaded here (scripts/terraform-check.sh says so when it runs).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import {
  REPO_ROOT,
  Tree,
  asList,
  dirOf,
  checkBuildRoleScope,
  checkDeployRoleScope,
  checkIrsaSubject,
  checkModuleWiring,
  checkNoWildcardPrincipals,
  checkPinning,
  checkReadmes,
  checkVariablesAndOutputs,
  checkWebIdentityTrust,
  documentStatements,
  ENVIRONMENTS,
  findAccountIds,
  loadTree,
  pythonWithHcl2
} from './structure';

const TF_DIR = path.join(REPO_ROOT, 'terraform');
const CHECK_SCRIPT = path.join(REPO_ROOT, 'scripts/terraform-check.sh');

// The chart's contract for dev (charts/frontdoor/values-dev.yaml, release namespace).
const DEV_NAMESPACE = 'flygtaxi-dev';
const DEV_SERVICE_ACCOUNT = 'flygtaxi-dev-frontdoor';
const DEV_CLUSTER = 'dev-col-eu-north-1-eks';

// Parsed YAML and HCL are dynamic; each assertion narrows what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The chart's values file of an environment, parsed. */
function chartValues(env: string): Loose {
  return parseYaml(
    fs.readFileSync(path.join(REPO_ROOT, `charts/frontdoor/values-${env}.yaml`), 'utf8')
  ) as Loose;
}

function runCheck(steps: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
  const res = spawnSync('bash', [CHECK_SCRIPT, ...steps], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, FT_TF_PYTHON: pythonWithHcl2(), ...env },
    maxBuffer: 64 * 1024 * 1024
  });
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

/** A scratch copy of terraform/ to break on purpose. */
function scratchCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ft-terraform-'));
  fs.cpSync(TF_DIR, dir, { recursive: true, filter: src => !src.includes(`${path.sep}.terraform`) });
  return dir;
}

const clone = (tree: Tree): Tree => JSON.parse(JSON.stringify(tree)) as Tree;

let tree: Tree;
const scratch: string[] = [];

beforeAll(() => {
  tree = loadTree(TF_DIR);
});

afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

describe('terraform tree layout', () => {
  it('has the four modules, the build root and one runtime root per environment', () => {
    expect(Object.keys(tree.dirs).sort()).toEqual(
      [
        'build/eu-north-1',
        'dev/eu-north-1',
        'staging/eu-north-1',
        'prod/eu-north-1',
        'modules/ecr',
        'modules/environment',
        'modules/github-oidc',
        'modules/irsa'
      ].sort()
    );
  });

  it('builds every runtime root from the same module, differing only in names', () => {
    const normalise = (env: string): string =>
      JSON.stringify(dirOf(tree, `${env}/eu-north-1`))
        .split(env)
        .join('<env>');
    const shapes = new Set(ENVIRONMENTS.map(normalise));
    // prod reads one secret through External Secrets; apart from that the roots are one shape.
    expect(shapes.size).toBeLessThanOrEqual(2);
    expect(normalise('dev')).toBe(normalise('staging'));
    for (const env of ENVIRONMENTS)
      expect(dirOf(tree, `${env}/eu-north-1`).module.frontdoor.source).toBe('../../modules/environment');
  });

  it('pins required_version and the aws provider, and declares the S3 backend in each root', () => {
    expect(checkPinning(tree)).toEqual([]);
    const broken = clone(tree);
    delete dirOf(broken, 'dev/eu-north-1').terraform[0].required_version;
    asList(dirOf(broken, 'build/eu-north-1').terraform[0].required_providers)[0].aws.version = '>= 5.0';
    expect(checkPinning(broken)).toEqual([
      'build/eu-north-1: aws provider version ">= 5.0" is not pinned as "~> 6.x"',
      'dev/eu-north-1: no required_version'
    ]);
  });

  it('documents every module variable and output in the module README', () => {
    expect(checkReadmes(tree, TF_DIR)).toEqual([]);
  });

  it('hard-codes no AWS account ID', () => {
    expect(findAccountIds(TF_DIR)).toEqual([]);
  });
});

describe('variables, outputs and module wiring', () => {
  it('types and describes every variable and describes every output', () => {
    expect(checkVariablesAndOutputs(tree)).toEqual([]);
    const broken = clone(tree);
    delete dirOf(broken, 'modules/ecr').variable.name.type;
    dirOf(broken, 'modules/irsa').output.role_arn.description = ' ';
    expect(checkVariablesAndOutputs(broken)).toEqual([
      'modules/ecr: variable "name" has no type',
      'modules/irsa: output "role_arn" has no description'
    ]);
  });

  it('passes only declared variables, all required ones, and uses only existing module outputs', () => {
    expect(checkModuleWiring(tree)).toEqual([]);
    const broken = clone(tree);
    delete dirOf(broken, 'modules/ecr').output.arn;
    dirOf(broken, 'modules/environment').module.irsa.sa_name = 'x';
    delete dirOf(broken, 'prod/eu-north-1').module.frontdoor.namespace;
    expect(checkModuleWiring(broken).sort()).toEqual(
      [
        'build/eu-north-1: references module.service_ecr.arn, which the module does not output',
        'build/eu-north-1: references module.chart_ecr.arn, which the module does not output',
        'modules/environment: module "irsa" passes "sa_name", which modules/irsa does not declare',
        'prod/eu-north-1: module "frontdoor" does not pass required variable "namespace" of modules/environment'
      ].sort()
    );
  });

  it('exposes what the workflow and the chart need from the roots', () => {
    expect(Object.keys(dirOf(tree, 'build/eu-north-1').output)).toEqual(
      expect.arrayContaining([
        'ecr_repository_urls',
        'ecr_registry',
        'ecr_repository_arns',
        'chart_repository_arns',
        'chart_registry_url',
        'build_role_arn'
      ])
    );
    for (const env of ENVIRONMENTS)
      expect(Object.keys(dirOf(tree, `${env}/eu-north-1`).output)).toEqual(
        expect.arrayContaining([
          'frontdoor_irsa_role_arn',
          'deploy_role_arn',
          'plan_role_arn',
          'plan_rbac_manifest'
        ])
      );
    expect(Object.keys(dirOf(tree, 'modules/ecr').output)).toEqual(
      expect.arrayContaining(['repository_url', 'arn', 'registry_id'])
    );
    expect(Object.keys(dirOf(tree, 'modules/irsa').output)).toContain('role_arn');
    expect(Object.keys(dirOf(tree, 'modules/github-oidc').output)).toEqual(
      expect.arrayContaining(['build_role_arn', 'deploy_role_arn', 'plan_role_arn', 'plan_rbac_manifest'])
    );
  });
});

describe('IAM trust and scope', () => {
  it('has no wildcard principal and builds every policy from aws_iam_policy_document', () => {
    expect(checkNoWildcardPrincipals(tree)).toEqual([]);
    const broken = clone(tree);
    const pull = dirOf(broken, 'modules/ecr').data.aws_iam_policy_document.pull;
    documentStatements(pull)[0].principals[0].identifiers = ['*'];
    dirOf(broken, 'modules/irsa').resource.aws_iam_role.this.assume_role_policy =
      '${jsonencode({Statement = []})}';
    expect(checkNoWildcardPrincipals(broken)).toEqual([
      'modules/ecr: data.aws_iam_policy_document.pull dynamic statement 0: wildcard principal "*"',
      'modules/irsa: aws_iam_role.this.assume_role_policy is not built from an aws_iam_policy_document'
    ]);
  });

  it('binds every web-identity trust with StringEquals on :sub and :aud = sts.amazonaws.com', () => {
    const trustDocs = ['build_trust', 'deploy_trust', 'plan_trust'].map(
      n => dirOf(tree, 'modules/github-oidc').data.aws_iam_policy_document[n]
    );
    trustDocs.push(dirOf(tree, 'modules/irsa').data.aws_iam_policy_document.trust);
    expect(trustDocs.every(d => d !== undefined)).toBe(true);
    expect(checkWebIdentityTrust(tree)).toEqual([]);

    const broken = clone(tree);
    const stmt = asList(
      dirOf(broken, 'modules/github-oidc').data.aws_iam_policy_document.deploy_trust.statement
    )[0];
    const sub = asList(stmt.condition).find((c: { variable: string }) => c.variable.endsWith(':sub'));
    sub.test = 'StringLike';
    sub.values = ['repo:my-org/*'];
    const where = 'modules/github-oidc: data.aws_iam_policy_document.deploy_trust statement 0';
    expect(checkWebIdentityTrust(broken)).toEqual([
      `${where}: :sub condition uses StringLike, not StringEquals`,
      `${where}: wildcard in :sub value "repo:my-org/*"`,
      `${where}: StringLike condition on \${local.github_oidc_host}:sub`
    ]);
  });

  it('binds GitHub subjects to repo:<owner>/<name>:environment:<env>', () => {
    const locals = dirOf(tree, 'modules/github-oidc').locals;
    expect(locals.deploy_subjects).toBe(
      '${[for env in var.deploy_environments : "repo:${var.github_repository}:environment:${env}"]}'
    );
    expect(String(locals.build_subjects)).toContain('"repo:${var.github_repository}:environment:${env}"');
    expect(locals.github_oidc_host).toBe('token.actions.githubusercontent.com');
  });

  it('trusts exactly system:serviceaccount:<namespace>:<serviceaccount> in the IRSA module', () => {
    expect(checkIrsaSubject(tree)).toEqual([]);
    const broken = clone(tree);
    dirOf(broken, 'modules/irsa').locals.subject = 'system:serviceaccount:${var.namespace}:*';
    expect(checkIrsaSubject(broken)).toEqual([
      'modules/irsa: local.subject is "system:serviceaccount:${var.namespace}:*"'
    ]);
  });

  it('points the dev root at the chart namespace, ServiceAccount and cluster', () => {
    const dev = dirOf(tree, 'dev/eu-north-1');
    expect(dev.module.frontdoor.namespace).toBe(DEV_NAMESPACE);
    expect(dev.module.frontdoor.service_account).toBe(DEV_SERVICE_ACCOUNT);
    expect(dev.variable.eks_cluster_name.default).toBe(DEV_CLUSTER);
    expect(dev.module.frontdoor.eks_cluster_name).toBe('${var.eks_cluster_name}');
    const env = dirOf(tree, 'modules/environment');
    expect(env.module.irsa.namespace).toBe('${var.namespace}');
    expect(env.module.irsa.service_account).toBe('${var.service_account}');
    expect(env.module.github_oidc.eks_cluster_name).toBe('${var.eks_cluster_name}');
  });

  it.each(ENVIRONMENTS)(
    "matches the %s IRSA subject to the chart's values file and release namespace",
    env => {
      const root = dirOf(tree, `${env}/eu-north-1`).module.frontdoor;
      expect(root.service_account).toBe(chartValues(env).serviceAccount.name);
      expect(root.namespace).toBe(`flygtaxi-${env}`);
      // The deploy role trusts the environment itself; the plan role an environment of its own.
      const vars = dirOf(tree, `${env}/eu-north-1`).variable;
      expect(vars.github_environments.default).toEqual([env]);
      expect(vars.github_plan_environments.default).toEqual([`${env}-plan`]);
    }
  );

  it.each(ENVIRONMENTS)(
    "lets the %s IRSA role read exactly the Secrets Manager secrets the chart's ExternalSecret names",
    env => {
      const values = chartValues(env);
      const es = values.externalSecret as
        { enabled?: boolean; data?: { remoteRef: { key: string } }[] } | undefined;
      const keys = es?.enabled ? [...new Set((es.data ?? []).map(d => d.remoteRef.key))].sort() : [];
      const granted = dirOf(tree, `${env}/eu-north-1`).variable.secrets_manager_secret_names
        .default as string[];
      expect([...granted].sort()).toEqual(keys);
      if (env === 'prod') expect(keys.length).toBeGreaterThan(0);
    }
  );

  it('lets the build role reach only the repositories it is given', () => {
    expect(checkBuildRoleScope(tree)).toEqual([]);
    const broken = clone(tree);
    const statements = asList(
      dirOf(broken, 'modules/github-oidc').data.aws_iam_policy_document.build.statement
    );
    statements[1].resources = ['*'];
    dirOf(broken, 'build/eu-north-1').module.github_oidc.ecr_repository_arns = [
      '${module.other.arn}',
      'arn:aws:ecr:eu-north-1:000000000000:repository/other'
    ];
    expect(checkBuildRoleScope(broken)).toEqual([
      'build statement 1: resources ["*"] are not var.ecr_repository_arns',
      'build/eu-north-1: build role repositories ["${module.other.arn}","arn:aws:ecr:eu-north-1:000000000000:repository/other"] are not exactly the service image and chart repositories'
    ]);
  });

  it('limits deploy and plan roles to one cluster, artifact reads and namespace-scoped access', () => {
    expect(checkDeployRoleScope(tree)).toEqual([]);
    const mod = dirOf(tree, 'modules/github-oidc');
    expect(mod.resource.aws_eks_access_entry.deploy.type).toBe('STANDARD');
    expect(mod.resource.aws_eks_access_entry.plan.type).toBe('STANDARD');
    const broken = clone(tree);
    const b = dirOf(broken, 'modules/github-oidc');
    asList(b.resource.aws_eks_access_policy_association.deploy.access_scope)[0].type = 'cluster';
    b.resource.aws_eks_access_policy_association.plan = { policy_arn: 'x' };
    documentStatements(b.data.aws_iam_policy_document.runtime)[2].actions.push('ecr:PutImage');
    delete dirOf(broken, 'staging/eu-north-1').module.frontdoor;
    expect(checkDeployRoleScope(broken)).toEqual([
      'runtime policy: unexpected actions ["ecr:BatchCheckLayerAvailability","ecr:BatchGetImage","ecr:DescribeImages","ecr:GetDownloadUrlForLayer","ecr:PutImage"]',
      'deploy access policy scope is {"namespaces":"${var.eks_namespaces}","type":"cluster"}, not namespace = var.eks_namespaces',
      'the plan role has an access policy association; it must get only its RBAC group',
      'staging/eu-north-1: no module "frontdoor" (modules/environment)'
    ]);
  });
});

describe('ECR module defaults', () => {
  it('keeps tags immutable except *-latest, scans on push and expires old images', () => {
    const ecr = dirOf(tree, 'modules/ecr');
    expect(ecr.variable.image_tag_mutability.default).toBe('IMMUTABLE_WITH_EXCLUSION');
    expect(ecr.variable.image_tag_mutability_exclusion_filters.default).toEqual(['*-latest']);
    expect(ecr.variable.scan_on_push.default).toBe(true);
    const repo = ecr.resource.aws_ecr_repository.this;
    expect(asList(repo.image_scanning_configuration)[0].scan_on_push).toBe('${var.scan_on_push}');
    expect(asList(repo.dynamic)[0]).toHaveProperty('image_tag_mutability_exclusion_filter');
    expect(String(ecr.locals.tagged_rules)).toContain('tagPatternList = ["${prefix}-*"]');
    expect(JSON.stringify(ecr.locals.untagged_rule)).toContain('"untagged"');
    const build = dirOf(tree, 'build/eu-north-1');
    expect(build.variable.services.default).toEqual(['frontdoor']);
    expect(build.module.service_ecr.lifecycle_tag_prefixes).toEqual(['${each.key}']);
    expect(build.module.service_ecr.name).toBe('${var.repository_prefix}/${each.key}');
    expect(build.module.chart_ecr.name).toBe('${var.repository_prefix}/charts/${each.key}');
    // Every environment pulls from the same repositories (one per service, in the build account).
    expect(build.module.service_ecr.pull_accounts).toBe('${var.environments}');
    expect(build.module.chart_ecr.pull_accounts).toBe('${var.environments}');
  });
});

/** terraform or tofu from PATH (.tools/bin first), or undefined. */
function findTerraform(): string | undefined {
  const dirs = [path.join(REPO_ROOT, '.tools/bin'), ...(process.env.PATH ?? '').split(path.delimiter)];
  for (const name of ['terraform', 'tofu']) {
    for (const d of dirs) {
      const candidate = path.join(d, name);
      if (d && fs.existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const TERRAFORM = findTerraform();

/**
 * A directory's variables.tf (and locals.tf, where the provider-free locals live) need no
 * provider, so the real terraform binary can init and apply them offline: that evaluates every
 * variable validation rule, and the probed locals come back through `terraform output -json`.
 */
function evalInputs(
  dir: string,
  vars: Record<string, unknown>,
  probeLocals: string[] = []
): { status: number | null; out: string; outputs: Record<string, unknown> } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ft-tfvars-'));
  scratch.push(work);
  for (const file of ['variables.tf', 'locals.tf']) {
    const src = path.join(TF_DIR, dir, file);
    if (fs.existsSync(src)) fs.copyFileSync(src, path.join(work, file));
  }
  fs.writeFileSync(
    path.join(work, 'probe.tf'),
    probeLocals.map(name => `output "${name}" {\n  value = local.${name}\n}\n`).join('\n')
  );
  fs.writeFileSync(path.join(work, 'case.tfvars.json'), JSON.stringify(vars));
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
  let out = '';
  let status: number | null = null;
  let outputs: Record<string, unknown> = {};
  for (const args of [
    ['init', '-input=false', '-no-color'],
    ['apply', '-auto-approve', '-input=false', '-no-color', '-var-file=case.tfvars.json'],
    ['output', '-json', '-no-color']
  ]) {
    const res = spawnSync(TERRAFORM as string, args, { cwd: work, env, encoding: 'utf8' });
    status = res.status;
    if (args[0] === 'output' && status === 0) {
      const raw = JSON.parse(res.stdout) as Record<string, { value: unknown }>;
      outputs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.value]));
    } else {
      out += `${res.stdout}${res.stderr}`;
    }
    if (status !== 0) break;
  }
  // Terraform wraps long messages in boxes; compare on single spaces.
  return { status, out: out.replace(/[│\s]+/g, ' '), outputs };
}

const ECR_ARN = 'arn:aws:ecr:eu-north-1:000000000000:repository/eks-dev-eu-north-1';
const IRSA_OK = {
  name: 'frontdoor',
  oidc_provider_arn: 'arn:aws:iam::000000000000:oidc-provider/oidc.eks.eu-north-1.amazonaws.com/id/EXAMPLE',
  oidc_issuer_url: 'https://oidc.eks.eu-north-1.amazonaws.com/id/EXAMPLE',
  namespace: DEV_NAMESPACE,
  service_account: DEV_SERVICE_ACCOUNT
};
const BUILD_OK = {
  github_repository: 'my-org/frontdoor',
  build_environments: ['dev'],
  ecr_repository_arns: [ECR_ARN],
  create_deploy_role: false
};
const DEPLOY_OK = {
  github_repository: 'my-org/frontdoor',
  create_build_role: false,
  deploy_environments: ['dev'],
  eks_cluster_name: DEV_CLUSTER,
  eks_namespaces: [DEV_NAMESPACE]
};

const ENV_OK = {
  service: 'frontdoor',
  eks_cluster_name: DEV_CLUSTER,
  namespace: DEV_NAMESPACE,
  service_account: DEV_SERVICE_ACCOUNT,
  irsa_role_name: 'frontdoor',
  github_repository: 'my-org/frontdoor',
  deploy_environments: ['dev'],
  deploy_role_name: 'deploy',
  plan_role_name: 'plan'
};

// [module dir, case, inputs, undefined = accepted | the error message terraform must print]
const VALIDATION_CASES: (readonly [string, string, Record<string, unknown>, string | undefined])[] = [
  ['modules/ecr', 'defaults', { name: 'eks-dev-eu-north-1' }, undefined],
  ['modules/ecr', 'bad name', { name: 'Eks_Dev' }, 'name must be a valid ECR repository name'],
  [
    'modules/ecr',
    'IMMUTABLE with an exclusion filter',
    { name: 'frontdoor', image_tag_mutability: 'IMMUTABLE' },
    'image_tag_mutability_exclusion_filters must be non-empty exactly when image_tag_mutability is IMMUTABLE_WITH_EXCLUSION'
  ],
  [
    'modules/ecr',
    'plain IMMUTABLE',
    { name: 'frontdoor', image_tag_mutability: 'IMMUTABLE', image_tag_mutability_exclusion_filters: [] },
    undefined
  ],
  [
    'modules/ecr',
    'KMS key without KMS encryption',
    { name: 'frontdoor', kms_key_arn: 'arn:aws:kms:eu-north-1:000000000000:key/example' },
    'kms_key_arn is only valid with encryption_type = "KMS"'
  ],
  [
    'modules/ecr',
    'KMS with a customer key',
    {
      name: 'frontdoor',
      encryption_type: 'KMS',
      kms_key_arn: 'arn:aws:kms:eu-north-1:000000000000:key/example'
    },
    undefined
  ],
  [
    'modules/ecr',
    'short account ID',
    { name: 'frontdoor', pull_accounts: { dev: { account_id: '12345' } } },
    'each account_id a 12-digit AWS account ID'
  ],
  [
    'modules/ecr',
    'wildcard pull principal',
    {
      name: 'frontdoor',
      pull_accounts: {
        dev: { account_id: '000000000000', principal_arns: ['arn:aws:iam::000000000000:role/*'] }
      }
    },
    'principal_arns must be IAM role or user ARNs of that environment'
  ],
  [
    'modules/ecr',
    "pull principal of another environment's account",
    {
      name: 'frontdoor',
      pull_accounts: {
        dev: { account_id: '000000000000', principal_arns: ['arn:aws:iam::111111111111:role/node'] }
      }
    },
    "principal_arns must be IAM role or user ARNs of that environment's account_id"
  ],
  [
    'modules/ecr',
    'pull narrowed to roles',
    {
      name: 'frontdoor',
      pull_accounts: {
        dev: { account_id: '000000000000', principal_arns: ['arn:aws:iam::000000000000:role/node'] },
        prod: { account_id: '111111111111' }
      }
    },
    undefined
  ],
  ['modules/irsa', 'valid', IRSA_OK, undefined],
  [
    'modules/irsa',
    'wildcard ServiceAccount',
    { ...IRSA_OK, service_account: '*' },
    'service_account must be a Kubernetes object name (DNS-1123 subdomain, no wildcards)'
  ],
  [
    'modules/irsa',
    'wildcard namespace',
    { ...IRSA_OK, namespace: 'flygtaxi-*' },
    'namespace must be a Kubernetes namespace name'
  ],
  ['modules/github-oidc', 'build role only', BUILD_OK, undefined],
  ['modules/github-oidc', 'deploy role only', DEPLOY_OK, undefined],
  [
    'modules/github-oidc',
    'build role without repositories',
    { ...BUILD_OK, ecr_repository_arns: [] },
    'ecr_repository_arns must name at least one repository when create_build_role is true'
  ],
  [
    'modules/github-oidc',
    'wildcard repository',
    { ...BUILD_OK, github_repository: 'my-org/*' },
    "github_repository must be 'owner/name' without wildcards"
  ],
  [
    'modules/github-oidc',
    'build role without subjects',
    { ...BUILD_OK, build_environments: [] },
    'The build role needs at least one trusted subject'
  ],
  [
    'modules/github-oidc',
    'existing provider without its ARN',
    { ...BUILD_OK, create_oidc_provider: false },
    'Set oidc_provider_arn exactly when create_oidc_provider is false'
  ],
  [
    'modules/github-oidc',
    'deploy role without cluster',
    { ...DEPLOY_OK, eks_cluster_name: null },
    'eks_cluster_name must be an EKS cluster name when create_deploy_role or create_plan_role is true'
  ],
  [
    'modules/github-oidc',
    'deploy and plan roles',
    {
      ...DEPLOY_OK,
      create_plan_role: true,
      plan_environments: ['dev-plan'],
      ecr_read_repository_arns: [ECR_ARN]
    },
    undefined
  ],
  [
    'modules/github-oidc',
    'plan role in the protected environment',
    { ...DEPLOY_OK, create_plan_role: true, plan_environments: ['dev'] },
    'plan_environments and deploy_environments must not share an environment'
  ],
  [
    'modules/github-oidc',
    'plan role without environment',
    { ...DEPLOY_OK, create_plan_role: true },
    'plan_environments must name at least one environment when create_plan_role is true'
  ],
  [
    'modules/github-oidc',
    'plan role without cluster',
    {
      github_repository: 'my-org/frontdoor',
      create_build_role: false,
      create_deploy_role: false,
      create_plan_role: true,
      plan_environments: ['dev-plan']
    },
    'eks_cluster_name must be an EKS cluster name when create_deploy_role or create_plan_role is true'
  ],
  [
    'modules/github-oidc',
    'system: group for the plan role',
    {
      ...DEPLOY_OK,
      create_plan_role: true,
      plan_environments: ['dev-plan'],
      plan_kubernetes_group: 'system-masters'
    },
    "not start with 'system-' or 'eks-'"
  ],
  [
    'modules/github-oidc',
    'wildcard artifact repository',
    { ...DEPLOY_OK, ecr_read_repository_arns: ['arn:aws:ecr:eu-north-1:000000000000:repository/*'] },
    'ecr_read_repository_arns entries must be ECR repository ARNs without wildcards'
  ],
  ['modules/environment', 'valid', ENV_OK, undefined],
  [
    'modules/environment',
    'wildcard secret name',
    { ...ENV_OK, secrets_manager_secret_names: ['flygtaxi/prod/*'] },
    'secrets_manager_secret_names entries must be secret names'
  ],
  [
    'modules/environment',
    'wildcard SSM path',
    { ...ENV_OK, ssm_parameter_path: '/flygtaxi/*' },
    'ssm_parameter_path must be an absolute parameter path'
  ],
  [
    'modules/github-oidc',
    'cluster-admin access policy',
    { ...DEPLOY_OK, eks_access_policy_name: 'AmazonEKSClusterAdminPolicy' },
    'cluster-admin is not offered'
  ],
  ['build/eu-north-1', 'defaults', { github_repository: 'my-org/frontdoor' }, undefined],
  [
    'build/eu-north-1',
    'bad allowed account',
    { github_repository: 'my-org/frontdoor', allowed_account_ids: ['1234'] },
    'allowed_account_ids entries must be 12-digit AWS account IDs'
  ],
  [
    'build/eu-north-1',
    'a service name that is no repository name',
    { github_repository: 'my-org/frontdoor', services: ['Front Door'] },
    'services must name at least one service'
  ],
  ...ENVIRONMENTS.map(
    env => [`${env}/eu-north-1`, 'defaults', { github_repository: 'my-org/frontdoor' }, undefined] as const
  ),
  [
    'prod/eu-north-1',
    'bad allowed account',
    { github_repository: 'my-org/frontdoor', allowed_account_ids: ['1234'] },
    'allowed_account_ids entries must be 12-digit AWS account IDs'
  ]
];

// Without terraform/tofu these are reported as skipped, never silently passed.
(TERRAFORM ? describe : describe.skip)('inputs and locals, evaluated by the real terraform binary', () => {
  it.each(VALIDATION_CASES)('%s: %s', (dir, _label, vars, error) => {
    const { status, out } = evalInputs(dir, vars);
    if (error === undefined) {
      expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
    } else {
      expect({ status, out }).toEqual({ status: 1, out: expect.stringContaining(error) });
    }
  });

  it('renders the ECR lifecycle policy: untagged expiry, then one keep-N rule per image prefix', () => {
    const { status, out, outputs } = evalInputs(
      'modules/ecr',
      {
        name: 'eks-dev-eu-north-1',
        lifecycle_tag_prefixes: ['flygtaxi-dev-frontdoor', 'flygtaxi-dev-backoffice'],
        lifecycle_keep_tagged_count: 25,
        lifecycle_untagged_expire_days: 3
      },
      ['lifecycle_policy', 'with_exclusion']
    );
    expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
    expect(outputs.with_exclusion).toBe(true);
    const keep = (priority: number, prefix: string): object => ({
      rulePriority: priority,
      description: `Keep the newest 25 images tagged ${prefix}-*`,
      selection: {
        tagStatus: 'tagged',
        tagPatternList: [`${prefix}-*`],
        countType: 'imageCountMoreThan',
        countNumber: 25
      },
      action: { type: 'expire' }
    });
    expect(JSON.parse(outputs.lifecycle_policy as string)).toEqual({
      rules: [
        {
          rulePriority: 1,
          description: 'Expire untagged images 3 days after push',
          selection: {
            tagStatus: 'untagged',
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: 3
          },
          action: { type: 'expire' }
        },
        keep(10, 'flygtaxi-dev-frontdoor'),
        keep(11, 'flygtaxi-dev-backoffice')
      ]
    });
  });

  it('trusts exactly the environment (and ref) subjects given to the GitHub roles', () => {
    const { status, out, outputs } = evalInputs(
      'modules/github-oidc',
      { ...BUILD_OK, build_refs: ['refs/heads/main'], deploy_environments: ['dev', 'staging'] },
      ['build_subjects', 'deploy_subjects', 'github_oidc_host']
    );
    expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
    expect(outputs).toEqual({
      build_subjects: ['repo:my-org/frontdoor:environment:dev', 'repo:my-org/frontdoor:ref:refs/heads/main'],
      deploy_subjects: ['repo:my-org/frontdoor:environment:dev', 'repo:my-org/frontdoor:environment:staging'],
      github_oidc_host: 'token.actions.githubusercontent.com'
    });
  });

  it("computes the IRSA subject from the dev root's defaults as the chart's ServiceAccount", () => {
    const dev = dirOf(tree, 'dev/eu-north-1');
    const { status, out, outputs } = evalInputs(
      'modules/irsa',
      {
        ...IRSA_OK,
        namespace: dev.module.frontdoor.namespace,
        service_account: dev.module.frontdoor.service_account
      },
      ['subject', 'oidc_issuer']
    );
    expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
    expect(outputs).toEqual({
      subject: `system:serviceaccount:${DEV_NAMESPACE}:${DEV_SERVICE_ACCOUNT}`,
      oidc_issuer: 'oidc.eks.eu-north-1.amazonaws.com/id/EXAMPLE'
    });
  });
});

(TERRAFORM ? describe : describe.skip)(
  'plan role RBAC and secret grants, rendered by the real terraform binary',
  () => {
    it('grants the IRSA role exactly the named secrets (with the random 6-character suffix)', () => {
      const { status, out, outputs } = evalInputs(
        'modules/environment',
        {
          ...ENV_OK,
          secrets_manager_secret_names: ['flygtaxi/prod/frontdoor/app'],
          ssm_parameter_path: '/flygtaxi/prod/frontdoor'
        },
        ['secret_arn_suffixes', 'ssm_parameter_suffixes']
      );
      expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
      expect(outputs).toEqual({
        secret_arn_suffixes: ['secret:flygtaxi/prod/frontdoor/app-??????'],
        ssm_parameter_suffixes: ['parameter/flygtaxi/prod/frontdoor', 'parameter/flygtaxi/prod/frontdoor/*']
      });
    });

    it('renders a read-only Role per namespace and a ClusterRole reading only those Namespaces', () => {
      const { status, out, outputs } = evalInputs(
        'modules/github-oidc',
        {
          ...DEPLOY_OK,
          eks_namespaces: ['flygtaxi-staging', 'flygtaxi-prod'],
          create_plan_role: true,
          plan_environments: ['prod-plan']
        },
        ['plan_rbac_manifest', 'plan_subjects']
      );
      expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining('Apply complete!') });
      expect(outputs.plan_subjects).toEqual(['repo:my-org/frontdoor:environment:prod-plan']);
      const docs = parseAllDocuments(outputs.plan_rbac_manifest as string).map(d => d.toJS() as Loose);
      expect(docs.map(d => `${d.kind}/${d.metadata.namespace ?? ''}/${d.metadata.name}`)).toEqual([
        'Role/flygtaxi-staging/github-actions-plan',
        'RoleBinding/flygtaxi-staging/github-actions-plan',
        'Role/flygtaxi-prod/github-actions-plan',
        'RoleBinding/flygtaxi-prod/github-actions-plan',
        'ClusterRole//github-actions-plan',
        'ClusterRoleBinding//github-actions-plan'
      ]);
      const verbs = new Set(docs.flatMap(d => (d.rules ?? []).flatMap((r: { verbs: string[] }) => r.verbs)));
      expect([...verbs].sort()).toEqual(['get', 'list']);
      const role = docs[0] as { rules: { apiGroups: string[]; resources: string[] }[] };
      const core = role.rules.find(r => r.apiGroups.includes(''));
      expect(core?.resources).toEqual(expect.arrayContaining(['secrets', 'services', 'configmaps']));
      expect(docs[4]?.rules).toEqual([
        {
          apiGroups: [''],
          resources: ['namespaces'],
          resourceNames: ['flygtaxi-staging', 'flygtaxi-prod'],
          verbs: ['get']
        }
      ]);
      for (const binding of [docs[1], docs[3], docs[5]])
        expect(binding?.subjects).toEqual([
          { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'github-actions-plan' }
        ]);
    });
  }
);

describe('scripts/terraform-check.sh', () => {
  it('checks formatting with terraform or tofu, or says clearly that it could not', () => {
    const { status, out } = runCheck(['fmt']);
    expect({ status, out }).toEqual({
      status: 0,
      out: expect.stringMatching(/fmt: (ok \((Terraform|OpenTofu) v|SKIPPED - formatting NOT checked)/)
    });
    if (out.includes('fmt: ok')) expect(out).toContain('validate: NOT RUN');
  });

  it('fails on an unformatted file, naming it', () => {
    const dir = scratchCopy();
    scratch.push(dir);
    fs.writeFileSync(path.join(dir, 'modules/ecr/extra.tf'), 'locals {\nx=1\n  yy = 2\n}\n');
    const { status, out } = runCheck(['fmt'], { FT_TF_DIR: dir });
    if (/SKIPPED/.test(out)) {
      // No terraform/tofu on this machine: the skip must be visible, never silent.
      expect(out).toContain('formatting NOT checked');
    } else {
      expect(status).toBe(1);
      expect(out).toContain('extra.tf');
      expect(out).toContain('not formatted');
    }
  });

  it('lints with tflint (bundled terraform ruleset), or says clearly that it could not', () => {
    const { status, out } = runCheck(['tflint']);
    expect({ status, out }).toEqual({
      status: 0,
      out: expect.stringMatching(/tflint: (ok \(TFLint version |SKIPPED - lint NOT run)/)
    });
  });

  it('fails tflint on an untyped, undocumented, unused variable, naming the rules', () => {
    const dir = scratchCopy();
    scratch.push(dir);
    fs.writeFileSync(path.join(dir, 'modules/irsa/extra.tf'), 'variable "unused" {}\n');
    const { status, out } = runCheck(['tflint'], { FT_TF_DIR: dir });
    if (/SKIPPED/.test(out)) {
      expect(out).toContain('lint NOT run');
    } else {
      expect(status).toBe(1);
      for (const rule of [
        'terraform_typed_variables',
        'terraform_documented_variables',
        'terraform_unused_declarations'
      ])
        expect(out).toContain(rule);
    }
  });

  it('reports an unparsable file by name, without a stack trace', () => {
    const dir = scratchCopy();
    scratch.push(dir);
    fs.writeFileSync(path.join(dir, 'modules/irsa/broken.tf'), 'resource "aws_iam_role" "x" {\n  name = \n');
    const { status, out } = runCheck(['parse'], { FT_TF_DIR: dir });
    expect(status).toBe(1);
    expect(out).toMatch(/hcl2json: cannot parse modules\/irsa\/broken\.tf: /);
    expect(out).not.toContain('Traceback');
  });

  it('rejects an unknown step by name', () => {
    const { status, out } = runCheck(['validate']);
    expect(status).toBe(1);
    expect(out).toContain("unknown step 'validate'");
  });

  describe('checkov (terraform framework)', () => {
    let report: {
      summary: { passed: number; failed: number; skipped: number; parsing_errors: number };
      results: {
        passed_checks: { check_id: string }[];
        skipped_checks: { check_id: string; check_result: { suppress_comment?: string } }[];
      };
    };
    let run: { status: number | null; out: string };

    beforeAll(() => {
      const reportPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ft-checkov-')), 'report.json');
      scratch.push(path.dirname(reportPath));
      run = runCheck(['checkov'], { FT_CHECKOV_REPORT: reportPath });
      // No report means checkov did not run at all (e.g. not installed): show the script's reason.
      if (!fs.existsSync(reportPath)) throw new Error(run.out.trim());
      report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
    }, 180_000);

    it('passes with no failed check and no parsing error', () => {
      expect(run).toEqual({ status: 0, out: expect.stringContaining('failed=0') });
      expect(report.summary.failed).toBe(0);
      expect(report.summary.parsing_errors).toBe(0);
      // The checks that matter here ran: OIDC claims, assume-role principals, ECR scanning.
      const ran = new Set(report.results.passed_checks.map(c => c.check_id));
      for (const id of ['CKV_AWS_358', 'CKV_AWS_60', 'CKV_AWS_61', 'CKV_AWS_163', 'CKV_AWS_356'])
        expect(ran).toContain(id);
    });

    it('suppresses only inline, each with a reason', () => {
      // The two inline suppressions of modules/ecr, once per repository the build root creates.
      expect([...new Set(report.results.skipped_checks.map(c => c.check_id))].sort()).toEqual([
        'CKV_AWS_136',
        'CKV_AWS_51'
      ]);
      for (const c of report.results.skipped_checks) {
        expect(c.check_result.suppress_comment ?? '').toMatch(/\w{3,}.*\w{3,}/);
        expect(c.check_result.suppress_comment).not.toBe('No comment provided');
      }
    });

    it('fails on a wildcard trust principal, naming the check', () => {
      const dir = scratchCopy();
      scratch.push(dir);
      fs.writeFileSync(
        path.join(dir, 'modules/irsa/open.tf'),
        [
          'data "aws_iam_policy_document" "open" {',
          '  statement {',
          '    actions = ["sts:AssumeRole"]',
          '    principals {',
          '      type        = "AWS"',
          '      identifiers = ["*"]',
          '    }',
          '  }',
          '}',
          '',
          'resource "aws_iam_role" "open" {',
          '  name               = "open"',
          '  assume_role_policy = data.aws_iam_policy_document.open.json',
          '}',
          ''
        ].join('\n')
      );
      const { status, out } = runCheck(['checkov'], { FT_TF_DIR: dir });
      expect(status).toBe(1);
      expect(out).toMatch(/FAILED CKV_AWS_\d+ .*open/);
    }, 180_000);
  });
});
