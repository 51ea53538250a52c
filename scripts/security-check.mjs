#!/usr/bin/env node
// Runs electronegativity over the project and fails on any finding that is not justified in
// security/electronegativity-justifications.md. Usage: node scripts/security-check.mjs
// (build first so the bundled out/ is checked too: npx electron-vite build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const root = resolve(import.meta.dirname, '..');
const JUSTIFICATIONS = join(root, 'security', 'electronegativity-justifications.md');
/** Findings in these folders are ours; anything else (test reports, traces) is not shipped code. */
const CHECKED_DIRS = ['src/', 'out/'];

function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function runElectronegativity(csvPath) {
  const pkg = join(root, 'node_modules', '@doyensec', 'electronegativity');
  const bin = join(pkg, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).bin.electronegativity);
  const result = spawnSync(process.execPath, [bin, '-i', root, '-o', csvPath, '-r', '-e', electronVersion()], {
    cwd: root,
    encoding: 'utf8',
    timeout: 9 * 60 * 1000,
  });
  if (result.status !== 0 || !existsSync(csvPath)) {
    console.error(result.stdout, result.stderr);
    throw new Error(`electronegativity failed (exit ${result.status ?? result.signal})`);
  }
}

/** Justification rows: | CHECK_ID | path or glob (* within a folder, ** across) | reason | */
function readJustifications() {
  const rows = [];
  for (const line of readFileSync(JUSTIFICATIONS, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^[A-Z_]+_CHECK$/.test(cells[1])) continue;
    const [, check, path, reason] = cells;
    if (!reason) throw new Error(`justification for ${check} ${path} gives no reason`);
    const pattern = path.replace(/`/g, '').replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
    rows.push({ check, path, reason, regex: new RegExp(`^${pattern}$`), used: 0 });
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'rc-security-'));
try {
  const csvPath = join(dir, 'findings.csv');
  runElectronegativity(csvPath);
  const parsed = Papa.parse(readFileSync(csvPath, 'utf8').trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  const findings = parsed.data
    .map((row) => ({ check: row.issue, severity: row.severity, file: row.filename, location: row.location, description: row.description }))
    .filter((f) => f.check);
  const justifications = readJustifications();
  let unjustified = 0;
  let ignored = 0;
  for (const finding of findings) {
    if (!CHECKED_DIRS.some((d) => finding.file.startsWith(d))) {
      ignored++;
      continue;
    }
    const match = justifications.find((j) => j.check === finding.check && j.regex.test(finding.file));
    const where = `${finding.check} ${finding.severity} ${finding.file}:${finding.location}`;
    if (match) {
      match.used++;
      console.log(`justified  ${where}`);
    } else {
      unjustified++;
      console.log(`FINDING    ${where} — ${finding.description}`);
    }
  }
  for (const j of justifications.filter((x) => x.used === 0)) console.log(`(unused justification: ${j.check} ${j.path})`);
  console.log(`${findings.length} findings: ${findings.length - ignored - unjustified} justified, ${unjustified} unjustified, ${ignored} outside ${CHECKED_DIRS.join(' ')}`);
  if (unjustified > 0) {
    console.error(`Fix these, or justify them in ${JUSTIFICATIONS}.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
