/**
 * The EKS bearer token without the aws CLI: `k8s-aws-v1.` + unpadded base64url of a
 * SigV4-presigned STS GetCallerIdentity URL whose signed headers include `x-k8s-aws-id: <cluster>`.
 * The API server's authenticator replays the URL against STS to learn who we are, and the signed
 * header binds the token to one cluster.
 *
 * The STS endpoint is not computed here: eksTokenEndpoint.ts asks the AWS SDK's own endpoint
 * resolution (partitions aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, …; AWS_USE_FIPS_ENDPOINT;
 * AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL and the config file's endpoint_url). The presign itself
 * is SigV4 over node:crypto's SHA-256/HMAC, parameters in the order botocore emits them, so it is
 * known-answer tested against botocore (what `aws eks get-token` uses) byte for byte; the SDK's
 * presigner orders the query differently, which STS accepts but no byte-for-byte test could show.
 */
import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Where GetCallerIdentity is sent, as the SDK resolved it. */
export interface StsEndpoint {
  protocol: 'https:' | 'http:';
  /** Host name, with `:port` when the endpoint names one. */
  host: string;
  /** The endpoint's base path ('/' for every AWS endpoint). */
  path: string;
}

export interface EksTokenRequest {
  clusterName: string;
  region: string;
  credentials: AwsCredentials;
  now: Date;
  endpoint: StsEndpoint;
}

/** How long the presigned URL is valid; what aws-iam-authenticator and the aws CLI use. */
export const PRESIGN_EXPIRES_SECONDS = 60;
/** The token's advertised lifetime: the API server accepts a token 15 min; refresh 1 min early. */
export const TOKEN_LIFETIME_MS = 14 * 60 * 1000;
export const TOKEN_PREFIX = 'k8s-aws-v1.';
export const DEFAULT_EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters. */
export function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** 20260102T030405Z */
export function amzDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const sha256Hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** The presigned GetCallerIdentity URL, parameters in the order botocore emits them. */
export function presignGetCallerIdentity(req: EksTokenRequest): string {
  const { host, protocol } = req.endpoint;
  const basePath = req.endpoint.path || '/';
  const date = amzDate(req.now);
  const day = date.slice(0, 8);
  const scope = `${day}/${req.region}/sts/aws4_request`;
  const signedHeaders = 'host;x-k8s-aws-id';
  const params: [string, string][] = [
    ['Action', 'GetCallerIdentity'],
    ['Version', '2011-06-15'],
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${req.credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', date],
    ['X-Amz-Expires', String(PRESIGN_EXPIRES_SECONDS)],
    ['X-Amz-SignedHeaders', signedHeaders]
  ];
  if (req.credentials.sessionToken) params.push(['X-Amz-Security-Token', req.credentials.sessionToken]);
  const encoded = params.map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  const canonicalQuery = [...encoded]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    'GET',
    basePath,
    canonicalQuery,
    `host:${host}\nx-k8s-aws-id:${req.clusterName}\n`,
    signedHeaders,
    sha256Hex('')
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${req.credentials.secretAccessKey}`, day);
  for (const part of [req.region, 'sts', 'aws4_request']) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString('hex');
  const query = encoded.map(([k, v]) => `${k}=${v}`).join('&');
  return `${protocol}//${host}${basePath}?${query}&X-Amz-Signature=${signature}`;
}

export function eksToken(req: EksTokenRequest): string {
  return TOKEN_PREFIX + Buffer.from(presignGetCallerIdentity(req), 'utf8').toString('base64url');
}

export interface ExecCredential {
  kind: 'ExecCredential';
  apiVersion: string;
  spec: Record<string, unknown>;
  status: { expirationTimestamp: string; token: string };
}

/** The apiVersion kubectl/helm asked for (KUBERNETES_EXEC_INFO), else v1beta1. */
export function execApiVersion(execInfo: string | undefined): string {
  if (!execInfo) return DEFAULT_EXEC_API_VERSION;
  try {
    const v = (JSON.parse(execInfo) as { apiVersion?: unknown }).apiVersion;
    return typeof v === 'string' && v.startsWith('client.authentication.k8s.io/')
      ? v
      : DEFAULT_EXEC_API_VERSION;
  } catch {
    return DEFAULT_EXEC_API_VERSION;
  }
}

export function execCredential(token: string, now: Date, apiVersion: string): ExecCredential {
  const expires = new Date(now.getTime() + TOKEN_LIFETIME_MS);
  return {
    kind: 'ExecCredential',
    apiVersion,
    spec: {},
    status: { expirationTimestamp: expires.toISOString().replace(/\.\d{3}Z$/, 'Z'), token }
  };
}
