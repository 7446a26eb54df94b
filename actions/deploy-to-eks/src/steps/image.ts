/**
 * Read (the artifact): before anything changes, the manifest of the image this run deploys is
 * read with the credentials this job has for its registry, so that a promotion to an environment
 * that may not read the image (the seed builds in one AWS account and runs in another) is refused
 * naming the image, who asked and how to grant the pull, instead of ending in ImagePullBackOff.
 *
 * - ECR (`<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, the hosts the other ECR code
 *   recognises): BatchGetImage, the call a pull makes, with registryId = the host's account,
 *   through build-push-ecr's SDK wrapper (the SDK's credentials, endpoint and retries). On a
 *   refusal, STS GetCallerIdentity names who asked.
 * - any other registry: GET of the manifest by digest with the registry client (registry.ts),
 *   whose digest is computed from the body; credentials are registry-username/-password when the
 *   image is on the oci:// chart's registry (or there is no oci:// chart), else what the runner's
 *   auth files and credential helpers hold (registryAuth.ts), never sent to another host.
 *
 * What it proves: the artifact exists at that digest and this job's identity can read it. The
 * nodes pull with their own identity (the node role, imagePullSecrets), so it does not prove that
 * they can; the refusal says that the node role needs the grant too. A definite answer (absent,
 * denied, credentials refused) refuses; no answer (unreachable, no credentials to ask with) is a
 * warning under `auto` and a refusal under `on` (inputs.ts IMAGE_CHECK_MODES).
 */
import { parseEcrHost, type EcrHost } from '../../../build-push-ecr/src/imageNames';
import { callerIdentity, type CallerIdentity } from '../../../../src/lib/awsIdentity';
import { UserError, describeError } from '../../../../src/lib/errors';
import { parseOciChartRef } from '../../../../src/lib/ociRef';
import type { RegistryCredentials } from '../../../../src/lib/registry';
import { oneLine } from '../../../../src/lib/untrusted';
import type { Inputs } from '../inputs';
import type { DeployDeps } from '../release';

/** The image reference this run deploys, split as the registry sees it. */
export interface ImageToCheck {
  host: string;
  repository: string;
  /** `sha256:…`, or '' when only a tag is given (image-check: on resolves it). */
  digest: string;
  tag: string;
  /** As the pods will name it: host/repository@digest (or :tag). */
  ref: string;
}

export type ImageCheckInputs = Pick<
  Inputs,
  | 'image'
  | 'imageCheck'
  | 'rollbackTo'
  | 'dryRun'
  | 'registryUsername'
  | 'registryPassword'
  | 'registryPlainHttp'
>;

/** The logger, the runner's environment (auth files, registries.conf, proxies) and the masker. */
export type ImageCheckDeps = Pick<DeployDeps, 'log' | 'helmEnv' | 'mask'>;

/** What to check, or why nothing is ('' when there is nothing to say: rollback, record). */
export function imageToCheck(i: ImageCheckInputs): ImageToCheck | { skip: string } {
  if (i.rollbackTo || i.dryRun === 'record') return { skip: '' };
  if (i.imageCheck === 'off') return { skip: 'Image not checked (image-check: off).' };
  const { repository: image, digest, tag } = i.image;
  if (!image) return { skip: "Image not checked: no image input (the chart's values name it)." };
  if (!digest && (i.imageCheck === 'auto' || !tag))
    return {
      skip: `Image ${image}${tag ? `:${tag}` : ''} not checked: it is not pinned by image-digest (image-check: on resolves a tag).`
    };
  const slash = image.indexOf('/');
  const first = slash > 0 ? image.slice(0, slash) : '';
  // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
  const host = /[.:]/.test(first) || first === 'localhost' ? first : '';
  const ref = `${image}${digest ? `@${digest}` : `:${tag}`}`;
  if (!host) {
    const why = `image ${ref} names no registry host (a Docker Hub short name): image-check cannot read it; give <registry>/<repository>, or set image-check: off`;
    if (i.imageCheck === 'on') throw new UserError(`${why}; nothing was changed`);
    return { skip: `Image not checked: ${why}.` };
  }
  return { host, repository: image.slice(slash + 1), digest, tag, ref };
}

/** The check's answer: read, refused (a definite no), or not answerable from here. */
export type ImageOutcome =
  /** `fact`: the summary's short form (who read it, how). */
  | { kind: 'readable'; digest: string; line: string; fact: string }
  | { kind: 'refused'; message: string }
  | { kind: 'unchecked'; why: string };

/**
 * Checks the image and logs the result; throws (a UserError, nothing changed) on a refusal, and
 * under image-check: on when it could not check. `chartRef` is the oci:// chart as pulled ('' for
 * a local chart): its host decides whether the registry-* inputs apply to the image's registry.
 */
export async function checkImage(
  i: ImageCheckInputs,
  d: ImageCheckDeps,
  chartRef: string
): Promise<ImageOutcome | undefined> {
  const t = imageToCheck(i);
  if ('skip' in t) {
    if (t.skip) d.log.info(t.skip);
    return undefined;
  }
  const ecr = parseEcrHost(t.host);
  const outcome = ecr ? await readFromEcr(t, ecr, d) : await readFromRegistry(t, i, d, chartRef);
  if (outcome.kind === 'unchecked') outcome.why = outcome.why.replace(/[.\s]+$/, '');
  if (outcome.kind === 'readable') d.log.info(outcome.line);
  else if (outcome.kind === 'refused') throw new UserError(`${outcome.message}; nothing was changed`);
  else if (i.imageCheck === 'on')
    throw new UserError(`image-check: on could not check ${t.ref}: ${outcome.why}; nothing was changed`);
  else
    d.log.warning(
      `Image ${t.ref} not checked: ${outcome.why}. The nodes pull it with their own identity; image-check: on makes this a refusal.`
    );
  return outcome;
}

/**
 * How the pull is granted: within the repository's account, the identities' IAM policies; from
 * another account, the repository policy as well (terraform/modules/ecr pull_accounts), for the
 * node role that pulls the image and the roles that read it before the deploy.
 */
export function ecrImageGrant(ecr: EcrHost, askerAccount: string | undefined): string {
  const policies =
    "each role's own IAM policy (node role: AmazonEC2ContainerRegistryReadOnly or the same actions; " +
    'deploy and plan roles: terraform/modules/github-oidc ecr_read_repository_arns, with ecr:GetAuthorizationToken)';
  const docs = 'see docs/promote.md "Cross-account pull"';
  if (askerAccount === ecr.accountId)
    return `grant ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository in ${policies}; ${docs}`;
  return (
    `grant the pull in the repository policy of account ${ecr.accountId} (terraform/modules/ecr pull_accounts: ` +
    `account_id ${askerAccount ?? '<the target account>'}, principal_arns naming the target cluster's node role, which pulls the image, and ` +
    'the deploy and plan roles, which read it before the deploy; ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) ' +
    `and in ${policies}; ${docs}`
  );
}

const asked = (who: CallerIdentity | undefined): string =>
  who ? `${who.arn} (account ${who.account})` : 'the AWS identity of this job (GetCallerIdentity failed)';

async function readFromEcr(t: ImageToCheck, ecr: EcrHost, d: ImageCheckDeps): Promise<ImageOutcome> {
  const where = `ECR repository ${t.repository} of account ${ecr.accountId} (${ecr.region})`;
  const who = () => callerIdentity(ecr.region, m => d.log.info(m));
  try {
    const { loadEcrApi } = await import('../../../build-push-ecr/src/ecrApi');
    const api = await loadEcrApi(ecr.region, m => d.log.info(m));
    const got = await api.imageManifest(
      t.repository,
      t.digest ? { digest: t.digest } : { tag: t.tag },
      ecr.accountId
    );
    if (got.found) {
      if (t.digest && got.digest !== t.digest)
        return {
          kind: 'refused',
          message: `ECR answered ${got.digest} for ${t.ref} (another digest); refused`
        };
      return {
        kind: 'readable',
        digest: got.digest,
        fact: `readable by this job (ECR BatchGetImage, account ${ecr.accountId})`,
        line: `Image ${t.ref} is readable by this job: ECR BatchGetImage in ${where} returned its manifest${got.mediaType ? ` (${got.mediaType})` : ''}${t.digest ? '' : `, digest ${got.digest}`}.`
      };
    }
    const by = asked(await who());
    if (got.code === 'ImageNotFound')
      return {
        kind: 'refused',
        message:
          `image ${t.ref} does not exist in ${where}: BatchGetImage as ${by} found no image ${t.digest ? 'with that digest' : 'with that tag'}; ` +
          'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
      };
    return {
      kind: 'refused',
      message: `ECR BatchGetImage of ${t.ref} as ${by} failed: ${oneLine(got.code)}${got.reason ? `: ${oneLine(got.reason)}` : ''}`
    };
  } catch (err) {
    const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const name = e.name ?? '';
    const status = e.$metadata?.httpStatusCode;
    // An error body the SDK could not parse says nothing: the status does.
    const detail =
      name === 'SyntaxError' || !e.message
        ? `HTTP ${status ?? '?'}`
        : oneLine(e.message.split('\n')[0] ?? '').slice(0, 400);
    if (
      name === 'AccessDeniedException' ||
      name === 'AccessDenied' ||
      (status === 403 && !(err instanceof UserError))
    ) {
      const me = await who();
      return {
        kind: 'refused',
        message: `${asked(me)} may not read image ${t.ref} from ${where}: ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
      };
    }
    if (name === 'RepositoryNotFoundException') {
      const me = await who();
      const other = me?.account !== ecr.accountId;
      return {
        kind: 'refused',
        message: other
          ? `image ${t.ref}: ${where} does not exist or is not visible to ${asked(me)}: create it, or ${ecrImageGrant(ecr, me?.account)} (ECR: ${detail})`
          : `image ${t.ref}: ${where} does not exist (asked as ${asked(me)}); push the image there (ECR: ${detail})`
      };
    }
    // No answer (no credentials, unreachable, throttled past the retries): said, not hidden.
    if (err instanceof UserError) return { kind: 'unchecked', why: describeError(err) };
    throw err;
  }
}

/** The registry-* inputs apply to the image's registry when it is the chart's, or there is no oci:// chart. */
export function inputsApplyTo(host: string, chartRef: string): boolean {
  return !chartRef || parseOciChartRef(chartRef)?.host === host;
}

async function readFromRegistry(
  t: ImageToCheck,
  i: ImageCheckInputs,
  d: ImageCheckDeps,
  chartRef: string
): Promise<ImageOutcome> {
  const env = d.helmEnv;
  const { loadRegistriesConf, findRegistry } = await import('../../../../src/lib/registriesConf');
  const { findRegistryCredentials } = await import('../../../../src/lib/registryAuth');
  const { RegistryClient, RegistryAuthError, RegistryError } = await import('../../../../src/lib/registry');
  const mask = d.mask ?? (() => undefined);
  const own = inputsApplyTo(t.host, chartRef);
  let credentials: RegistryCredentials | undefined;
  let source = '';
  let insecure = own && i.registryPlainHttp;
  try {
    const conf = loadRegistriesConf(env);
    insecure ||= findRegistry(conf, `${t.host}/${t.repository}`)?.insecure ?? false;
    if (own && i.registryUsername && i.registryPassword) {
      credentials = { username: i.registryUsername, password: i.registryPassword };
      source = 'registry-username / registry-password';
    } else {
      const found = await findRegistryCredentials(t.host, t.repository, {
        env,
        helpers: conf.credentialHelpers,
        log: m => d.log.info(m)
      });
      if (found) {
        credentials = found.credentials;
        source = found.source;
      }
    }
  } catch (err) {
    if (err instanceof UserError) return { kind: 'unchecked', why: describeError(err) };
    throw err;
  }
  if (credentials) mask(credentials.password);
  const client = new RegistryClient({
    registry: t.host,
    insecure,
    env,
    // Under auto an unanswered check is only a warning: one try. Under on it refuses: retried.
    retry: { attempts: i.imageCheck === 'on' ? 3 : 1 },
    ...(credentials ? { credentials } : {})
  });
  const as = credentials ? `user ${credentials.username} (${source})` : 'no credentials';
  try {
    // GET: the digest is computed from the body (HEAD would trust a header).
    const m = await client.getManifest(t.repository, t.digest || t.tag);
    if (!m)
      return {
        kind: 'refused',
        message:
          `image ${t.ref} does not exist in registry ${t.host} (no manifest ${t.digest ? 'with that digest' : 'with that tag'} in ${t.repository}, read as ${as}); ` +
          'push it there, or for split registries copy it by digest (scripts/workflow/copy-by-digest.sh) and deploy the copy'
      };
    if (t.digest && m.digest !== t.digest)
      return {
        kind: 'refused',
        message: `registry ${t.host} answered ${m.digest} for ${t.ref} (another digest); refused`
      };
    return {
      kind: 'readable',
      digest: m.digest,
      fact: `readable by this job (registry GET, ${as})`,
      line: `Image ${t.ref} is readable by this job: registry ${t.host} returned its manifest as ${as}${m.mediaType ? ` (${m.mediaType})` : ''}${t.digest ? '' : `, digest ${m.digest}`}.`
    };
  } catch (err) {
    if (err instanceof RegistryAuthError && credentials)
      return {
        kind: 'refused',
        message:
          `registry ${t.host} refused to let ${as} read image ${t.ref} (${oneLine(err.message)}): ` +
          `grant that identity pull access to ${t.repository}, or give this job the registry's credentials (${own ? 'registry-username / registry-password' : "the runner's auth file or credential helper for that host"})`
      };
    if (err instanceof RegistryAuthError)
      return {
        kind: 'unchecked',
        why: `registry ${t.host} wants credentials and this job has none for it (${own ? 'registry-username / registry-password' : "the runner's auth files and credential helpers"}): the nodes may pull with imagePullSecrets`
      };
    if (err instanceof RegistryError) return { kind: 'unchecked', why: oneLine(err.message) };
    throw err;
  } finally {
    client.close();
  }
}

/** The summary's "Image check" fact ('' when nothing was checked). */
export function imageCheckFact(o: ImageOutcome | undefined): string {
  if (!o) return '';
  return o.kind === 'readable' ? o.fact : o.kind === 'unchecked' ? `not checked: ${o.why}` : 'refused';
}
