/**
 * The scan gate's severity scale, apart from scanGate.ts so that inputs.ts can validate
 * scan-severity-threshold without loading the gate (and the AWS client options it imports) into
 * the entry chunk: start-up before validation stays small.
 */

/** ECR severities, least to most severe (UNDEFINED counts as informational). */
export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const THRESHOLDS = ['none', ...SEVERITIES] as const;
export type Threshold = (typeof THRESHOLDS)[number];
