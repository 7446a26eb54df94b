// Loaded into every node process of an act run (NODE_OPTIONS=--require) by actHarness.ts: when a
// step's node exits, it copies that step's GITHUB_STEP_SUMMARY into FT_ACT_SUMMARIES, because act
// truncates the file for every step and deletes it with the job. It only reads; the action's
// behaviour and exit status are untouched.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
process.on('exit', () => {
  const file = process.env.GITHUB_STEP_SUMMARY;
  const dir = process.env.FT_ACT_SUMMARIES;
  if (!file || !dir) return;
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.trim()) return;
    fs.mkdirSync(dir, { recursive: true });
    const name = `${Date.now()}-${process.pid}-${process.env.GITHUB_JOB || 'job'}.md`;
    fs.writeFileSync(path.join(dir, name), text);
  } catch {
    // no summary written by this process
  }
});
