#!/usr/bin/env node
// Runs electronegativity over the project and fails on any finding that is not justified in
// security/electronegativity-justifications.md. Usage: node scripts/security-check.mjs
// (build first so the bundled out/ is checked too: npx electron-vite build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const JUSTIFICATIONS = join(root, 'security', 'electronegativity-justifications.md');
/** Findings in these folders are ours; anything else (test reports, traces) is not shipped code. */
const CHECKED_DIRS = ['src/', 'out/'];

function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

// SARIF, not CSV: electronegativity writes its CSV header and rows with two unordered async
// writes, so the header is sometimes overwritten by the rows (seen in CI). SARIF is one write.
function runElectronegativity(sarifPath) {
  const pkg = join(root, 'node_modules', '@doyensec', 'electronegativity');
  const bin = join(pkg, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).bin.electronegativity);
  const result = spawnSync(process.execPath, [bin, '-i', root, '-o', sarifPath, '-r', '-e', electronVersion()], {
    cwd: root,
    encoding: 'utf8',
    timeout: 9 * 60 * 1000,
  });
  if (result.status !== 0 || !existsSync(sarifPath)) {
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

/** One finding per SARIF result; the file is relative to the project (run with -r). */
function readSarifFindings(sarifPath) {
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  const results = sarif?.runs?.[0]?.results;
  if (!Array.isArray(results)) throw new Error(`electronegativity wrote no results list to ${sarifPath}`);
  return results.map((r) => {
    const loc = r?.locations?.[0]?.physicalLocation;
    return {
      check: r?.ruleId,
      severity: r?.level,
      file: loc?.artifactLocation?.uri,
      location: `${loc?.region?.startLine}:${loc?.region?.startColumn}`,
      description: r?.message?.text,
      raw: r,
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'rc-security-'));
try {
  const sarifPath = join(dir, 'findings.sarif');
  runElectronegativity(sarifPath);
  const findings = readSarifFindings(sarifPath);
  const justifications = readJustifications();
  let unjustified = 0;
  let ignored = 0;
  for (const finding of findings) {
    if (!finding.check || !finding.file) {
      unjustified++;
      console.log(`MALFORMED  ${JSON.stringify(finding.raw)} — electronegativity reported a finding without a rule or file`);
      continue;
    }
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
