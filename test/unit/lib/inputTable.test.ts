/**
 * The input tables (src/lib/inputTable.ts): kebab-case names become camelCase keys, hidden
 * fields are read but left out, problems come out in table order; and each action's table lists
 * exactly the inputs its action.yml declares, with the same defaults.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../../../src/lib/errors';
import { InputReader } from '../../../src/lib/inputs';
import {
  camelCase,
  exposedValues,
  hidden,
  input,
  readTable,
  tableDefaults,
  type InputTable
} from '../../../src/lib/inputTable';
import { INPUT_TABLE as BUILD } from '../../../actions/build-push-ecr/src/inputs';
import { INPUT_TABLE as DEPLOY } from '../../../actions/deploy-to-eks/src/inputs';
import { INPUT_TABLE as PACKAGE } from '../../../actions/package-and-verify-helm-chart/src/inputs';

const table = {
  'release-name': input.text({ required: true }),
  'history-max': input.integer(10, { min: 0 }),
  wait: input.flag(true),
  'image-tag': hidden(input.text({ pattern: /^[a-z]+$/, hint: 'lower-case letters' })),
  'dry-run': input.oneOf(['none', 'client'] as const, 'none')
};

test('camelCase turns runner names into keys', () => {
  expect(['release-name', 'wait', 'a-b-c', 'x-1'].map(camelCase)).toEqual([
    'releaseName',
    'wait',
    'aBC',
    'x1'
  ]);
});

test('readTable reads every field under its camelCase key; exposedValues drops the hidden ones', () => {
  const r = new InputReader(n => ({ 'release-name': 'web', 'image-tag': 'abc', wait: 'false' })[n]);
  const v = readTable(table, r);
  r.finish();
  expect(v).toEqual({ releaseName: 'web', historyMax: 10, wait: false, imageTag: 'abc', dryRun: 'none' });
  // The type says the same: imageTag is not part of the exposed values.
  const exposed: { releaseName: string; historyMax: number; wait: boolean; dryRun: 'none' | 'client' } =
    exposedValues(table, v);
  expect(exposed).toEqual({ releaseName: 'web', historyMax: 10, wait: false, dryRun: 'none' });
});

test('every problem, in table order', () => {
  const r = new InputReader(n => ({ 'dry-run': 'maybe', 'image-tag': 'ABC', 'history-max': '-1' })[n]);
  readTable(table, r);
  let problems: string[] = [];
  try {
    r.finish();
  } catch (err) {
    problems = (err as InputError).problems.map(p => p.input);
  }
  expect(problems).toEqual(['release-name', 'history-max', 'image-tag', 'dry-run']);
});

test('tableDefaults lists the defaults the code applies, as action.yml spells them', () => {
  expect(tableDefaults(table)).toEqual({ 'history-max': '10', wait: 'true', 'dry-run': 'none' });
});

describe.each([
  ['build-push-ecr', BUILD],
  ['deploy-to-eks', DEPLOY],
  ['package-and-verify-helm-chart', PACKAGE]
] as [string, InputTable][])('actions/%s', (name, t) => {
  const yml = parse(readFileSync(join(__dirname, '../../../actions', name, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>;
  };

  test('its input table lists exactly the inputs action.yml declares, in the same order', () => {
    expect(Object.keys(t)).toEqual(Object.keys(yml.inputs));
  });

  test("the defaults the code applies are action.yml's", () => {
    const declared = Object.fromEntries(
      Object.entries(yml.inputs)
        .filter(([n, i]) => i.default !== undefined && tableDefaults(t)[n] !== undefined)
        .map(([n, i]) => [n, String(i.default)])
    );
    expect(tableDefaults(t)).toEqual(declared);
  });
});
