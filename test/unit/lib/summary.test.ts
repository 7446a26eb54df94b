import { SummaryBuilder, table, cell, facts } from '../../../src/lib/summary';
import { describeAwsError, resolveRegion, AWS_REGION_PATTERN } from '../../../src/lib/aws';

describe('summary', () => {
  test('table cells escape pipes and newlines', () => {
    expect(cell('a|b\nc')).toBe('a\\|b<br>c');
    expect(table(['k', 'v'], [['x', 1]])).toBe('| k | v |\n| --- | --- |\n| x | 1 |');
  });
  test('facts skip empty values', () => {
    expect(
      facts([
        ['Image', 'r/x'],
        ['Digest', '']
      ])
    ).toBe('|  |  |\n| --- | --- |\n| **Image** | r/x |');
  });
  test('builder joins sections and skips empty tables', () => {
    const s = new SummaryBuilder().heading('Deploy').table(['a'], []).add('done').toString();
    expect(s).toBe('### Deploy\n\ndone\n');
  });
});

describe('aws helpers', () => {
  test('region from input, then env', () => {
    expect(resolveRegion('', { AWS_REGION: 'eu-north-1' })).toBe('eu-north-1');
    expect(resolveRegion('us-east-1', { AWS_REGION: 'eu-north-1' })).toBe('us-east-1');
    expect(resolveRegion('', { AWS_DEFAULT_REGION: 'eu-west-1' })).toBe('eu-west-1');
    expect(AWS_REGION_PATTERN.test('eu-north-1')).toBe(true);
    expect(AWS_REGION_PATTERN.test('us-gov-west-1')).toBe(true);
    expect(AWS_REGION_PATTERN.test('europe')).toBe(false);
  });
  test('AWS errors name the call and the likely cause', () => {
    const msg = describeAwsError('DescribeCluster', {
      name: 'AccessDeniedException',
      message: 'no',
      $metadata: { httpStatusCode: 403 }
    });
    expect(msg).toBe(
      'DescribeCluster failed: AccessDeniedException (HTTP 403): no. The role is not allowed to do this: check its IAM policy.'
    );
    expect(
      describeAwsError('GetAuthorizationToken', new Error('Could not load credentials from any providers'))
    ).toMatch(/configure-aws-credentials/);
  });
});
