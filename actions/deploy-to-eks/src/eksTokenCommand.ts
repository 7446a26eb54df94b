/**
 * The logic of the exec credential plugin (the entry is eksTokenCli.ts) of the kubeconfig this action writes for EKS:
 *
 *   node dist/deploy-to-eks/eks-token.js --cluster-name NAME --region REGION
 *
 * prints an ExecCredential JSON (apiVersion from KUBERNETES_EXEC_INFO, default
 * client.authentication.k8s.io/v1beta1) with a fresh EKS token, the way `aws eks get-token` does.
 * helm runs it whenever it needs a token, so a long `--wait` never holds an expired one.
 *
 * Credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (what
 * aws-actions/configure-aws-credentials exports); other sources (profiles, web identity,
 * container/instance metadata) through the AWS SDK's default chain. The STS endpoint comes from
 * the SDK's endpoint resolution (eksTokenEndpoint.ts), or from `--sts-endpoint`: the kubeconfig
 * this action writes passes the endpoint the action resolved with the same SDK functions and the
 * same environment (helm runs the plugin with the action's environment), so each token helm asks
 * for does not load the SDK's config and ruleset modules again (most of the plugin's start-up).
 */
import { eksToken, execApiVersion, execCredential, type AwsCredentials, type StsEndpoint } from './eksToken';
import { resolveStsEndpoint } from './eksTokenEndpoint';

export const USAGE = `Usage: eks-token --cluster-name NAME [--region REGION] [--sts-endpoint URL]

Prints a Kubernetes ExecCredential with an EKS bearer token for the cluster.
Credentials come from the standard AWS chain (environment first); the region defaults to
AWS_REGION / AWS_DEFAULT_REGION; the STS endpoint to the AWS SDK's for the region.`;

export interface CliArgs {
  clusterName: string;
  region: string;
  /** Given by --sts-endpoint: used instead of the SDK's endpoint resolution. */
  stsEndpoint?: StsEndpoint;
  help: boolean;
}

/** The endpoint of `--sts-endpoint` (http(s)://host[:port][/path], nothing else), or undefined. */
export function parseStsEndpoint(value: string): StsEndpoint | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname) return undefined;
  if (u.username || u.password || u.search || u.hash) return undefined;
  return {
    protocol: u.protocol,
    host: u.host,
    path: u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`
  };
}

/** The `--sts-endpoint` value for an endpoint (the inverse of parseStsEndpoint). */
export function formatStsEndpoint(e: StsEndpoint): string {
  return `${e.protocol}//${e.host}${e.path}`;
}

/** Parses `--flag value` and `--flag=value`; returns problems instead of throwing. */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): { args: CliArgs; problems: string[] } {
  const args: CliArgs = {
    clusterName: '',
    region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '',
    help: false
  };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-h' || a === '--help') {
      args.help = true;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag !== '--cluster-name' && flag !== '--region' && flag !== '--sts-endpoint') {
      problems.push(`unknown argument "${a}"`);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') problems.push(`${flag} needs a value`);
    else if (flag === '--cluster-name') args.clusterName = value;
    else if (flag === '--region') args.region = value;
    else {
      const e = parseStsEndpoint(value);
      if (e) args.stsEndpoint = e;
      else problems.push(`--sts-endpoint "${value}" is not an http(s)://host[:port][/path] URL`);
    }
  }
  if (!args.help) {
    if (!args.clusterName) problems.push('--cluster-name is required');
    if (!args.region) problems.push('--region is required (or set AWS_REGION)');
  }
  return { args, problems };
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): AwsCredentials | undefined {
  const accessKeyId = env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env['AWS_SESSION_TOKEN'] || undefined;
  return { accessKeyId, secretAccessKey, sessionToken };
}

async function resolveCredentials(env: NodeJS.ProcessEnv): Promise<AwsCredentials> {
  const fromEnv = credentialsFromEnv(env);
  if (fromEnv) return fromEnv;
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  const c = await defaultProvider()();
  return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
}

export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: (s: string) => void,
  err: (s: string) => void,
  now: () => Date = () => new Date(),
  resolveEndpoint: (region: string) => Promise<StsEndpoint> = resolveStsEndpoint
): Promise<number> {
  const { args, problems } = parseArgs(argv, env);
  if (args.help) {
    out(USAGE + '\n');
    return 0;
  }
  if (problems.length) {
    err(`eks-token: ${problems.join('; ')}\n${USAGE}\n`);
    return 2;
  }
  let credentials: AwsCredentials;
  try {
    credentials = await resolveCredentials(env);
  } catch (e) {
    err(
      `eks-token: no AWS credentials for cluster ${args.clusterName}: ${(e as Error).message || e}. ` +
        'Run aws-actions/configure-aws-credentials before the deploy step.\n'
    );
    return 1;
  }
  let endpoint: StsEndpoint;
  try {
    endpoint = args.stsEndpoint ?? (await resolveEndpoint(args.region));
  } catch (e) {
    err(`eks-token: no STS endpoint for region ${args.region}: ${(e as Error).message || e}\n`);
    return 1;
  }
  const at = now();
  const token = eksToken({
    clusterName: args.clusterName,
    region: args.region,
    credentials,
    now: at,
    endpoint
  });
  out(JSON.stringify(execCredential(token, at, execApiVersion(env['KUBERNETES_EXEC_INFO']))) + '\n');
  return 0;
}
