/**
 * The real AWS SDK clients against the moto server of the local stack (moto stands in for AWS,
 * which cannot exist locally): ECR repository create/describe/auth token, EKS describe.
 */
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand
} from '@aws-sdk/client-ecr';
import { CreateClusterCommand, DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { loadStack } from '../helpers/stack';

describe('AWS SDK + moto server', () => {
  const s = loadStack();
  const config = {
    endpoint: s.motoEndpoint,
    region: s.aws.region,
    credentials: { accessKeyId: s.aws.accessKeyId, secretAccessKey: s.aws.secretAccessKey }
  };
  const suffix = `${process.pid}-${Date.now()}`;

  test('ECR: create a repository, then describe it', async () => {
    const ecr = new ECRClient(config);
    const name = `smoke/ecr-${suffix}`;
    const created = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: name,
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true }
      })
    );
    expect(created.repository?.repositoryName).toBe(name);

    const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    const repo = described.repositories?.[0];
    expect(repo?.repositoryUri).toMatch(
      new RegExp(`^\\d{12}\\.dkr\\.ecr\\.${s.aws.region}\\.amazonaws\\.com/${name}$`)
    );
    expect(repo?.imageTagMutability).toBe('IMMUTABLE');
    expect(repo?.imageScanningConfiguration?.scanOnPush).toBe(true);
  });

  test('ECR: a missing repository is a RepositoryNotFoundException', async () => {
    const ecr = new ECRClient(config);
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [`absent-${suffix}`] }))
    ).rejects.toMatchObject({
      name: 'RepositoryNotFoundException'
    });
  });

  test('ECR: GetAuthorizationToken returns an AWS:<password> token', async () => {
    const ecr = new ECRClient(config);
    const r = await ecr.send(new GetAuthorizationTokenCommand({}));
    const token = r.authorizationData?.[0]?.authorizationToken ?? '';
    expect(Buffer.from(token, 'base64').toString('utf8')).toMatch(/^AWS:.+/);
  });

  test('EKS: create a cluster, then describe its endpoint and CA', async () => {
    const eks = new EKSClient(config);
    const name = `smoke-${suffix}`;
    await eks.send(
      new CreateClusterCommand({
        name,
        roleArn: 'arn:aws:iam::123456789012:role/smoke-eks',
        resourcesVpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] }
      })
    );
    const d = await eks.send(new DescribeClusterCommand({ name }));
    expect(d.cluster?.name).toBe(name);
    expect(d.cluster?.endpoint).toMatch(/^https:\/\//);
    expect(d.cluster?.certificateAuthority?.data).toBeTruthy();
  });
});
