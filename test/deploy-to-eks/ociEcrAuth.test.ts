/**
 * An oci:// chart on an ECR host without registry-username/-password: its credentials come from
 * GetAuthorizationToken through the real @aws-sdk/client-ecr client (the stack's moto server via
 * AWS_ENDPOINT_URL, as the SDK honours it), and the password is masked before anything uses it.
 * moto's fake ECR host cannot serve a chart, so the pull itself is lifecycle.test.ts's (local
 * registry with basic auth).
 */
import { ociCredentials, sdkEcrAuth } from '../../src/lib/ociChart';
import { loadStack } from '../helpers/stack';

const SAVED = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'];
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  const s = loadStack();
  for (const k of SAVED) saved[k] = process.env[k];
  process.env['AWS_ENDPOINT_URL'] = s.motoEndpoint;
  process.env['AWS_ACCESS_KEY_ID'] = s.aws.accessKeyId;
  process.env['AWS_SECRET_ACCESS_KEY'] = s.aws.secretAccessKey;
  process.env['AWS_REGION'] = s.aws.region;
});
afterAll(() => {
  for (const k of SAVED) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

test('ECR host: GetAuthorizationToken of its account and region through the SDK, password masked', async () => {
  const masked: string[] = [];
  const c = await ociCredentials(
    `123456789012.dkr.ecr.${loadStack().aws.region}.amazonaws.com`,
    {},
    sdkEcrAuth,
    s => masked.push(s)
  );
  expect(c?.username).toBe('AWS');
  expect(c?.password.length).toBeGreaterThan(0);
  expect(masked).toEqual([c?.password]);
});
