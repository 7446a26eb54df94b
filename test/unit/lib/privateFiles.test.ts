import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateDir, removePrivateDir, writePrivateFile } from '../../../src/lib/privateFiles';
import { findOnPath } from '../../../src/lib/exec';
import { helmValuesArgs } from '../../../src/lib/helm';

describe('private files (credentials on disk)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'pf-'));

  test('a 0700 directory with 0600 files, even over an existing world-readable file', () => {
    const dir = createPrivateDir(join(temp, 'runner-temp'), 'flygtaxi-test-');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const file = join(dir, 'kubeconfig');
    writeFileSync(file, 'old', { mode: 0o644 });
    writePrivateFile(file, 'secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(removePrivateDir(dir, 'flygtaxi-test-')).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });

  test('removal refuses a directory it did not make', () => {
    const other = join(temp, 'workspace');
    mkdirSync(other);
    expect(removePrivateDir(other, 'flygtaxi-test-')).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});

describe('findOnPath', () => {
  test('finds executable files only, in PATH order', () => {
    const a = mkdtempSync(join(tmpdir(), 'path-a-'));
    const b = mkdtempSync(join(tmpdir(), 'path-b-'));
    writeFileSync(join(a, 'tool'), 'not executable', { mode: 0o644 });
    mkdirSync(join(a, 'dir-tool'));
    writeFileSync(join(b, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { PATH: `${a}:${b}` };
    expect(findOnPath('tool', env, 'linux')).toBe(join(b, 'tool'));
    expect(findOnPath('dir-tool', env, 'linux')).toBeUndefined();
    expect(findOnPath('missing', env, 'linux')).toBeUndefined();
  });
});

test('helmValuesArgs: values files, then --set lines, in order', () => {
  expect(helmValuesArgs(['a.yaml', 'b.yaml'], [{ key: 'image.tag', value: 'x=y' }])).toEqual([
    '--values',
    'a.yaml',
    '--values',
    'b.yaml',
    '--set',
    'image.tag=x=y'
  ]);
});
