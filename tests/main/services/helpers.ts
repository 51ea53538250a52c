// Shared fixtures for the service tests: a temp data folder, scripted dialogs, report texts we
// wrote ourselves (never corpus texts), and a progress recorder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportKind, ImportProgress } from '../../../src/shared/api';
import type { DialogPort, ServiceOptions } from '../../../src/main/services/ports';
import { createReportService, type ReportService, type ServiceTuning } from '../../../src/main/services/report-service';

export function tempDir(prefix = 'rc-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Dialogs that answer from queues the test fills; an empty queue means "cancelled". */
export class ScriptedDialogs implements DialogPort {
  files: (string[] | null)[] = [];
  folders: (string | null)[] = [];
  savePaths: (string | null)[] = [];
  workspaceFiles: (string | null)[] = [];
  saveRequests: { suggestedName: string; kind: ExportKind }[] = [];
  async pickFiles() {
    return this.files.shift() ?? null;
  }
  async pickFolder() {
    return this.folders.shift() ?? null;
  }
  async pickSavePath(suggestedName: string, kind: ExportKind) {
    this.saveRequests.push({ suggestedName, kind });
    return this.savePaths.shift() ?? null;
  }
  async pickWorkspaceFile() {
    return this.workspaceFiles.shift() ?? null;
  }
}

export interface Harness {
  service: ReportService;
  dialogs: ScriptedDialogs;
  progress: ImportProgress[];
  options: ServiceOptions;
}

export async function startService(
  dataDir: string,
  extra: Partial<ServiceOptions> = {},
  tuning: ServiceTuning = { saveDebounceMs: 10, progressIntervalMs: 0 },
): Promise<Harness> {
  const dialogs = new ScriptedDialogs();
  const progress: ImportProgress[] = [];
  const options: ServiceOptions = {
    dataDir,
    resourcesDir: join(dataDir, '..', 'no-resources'),
    dialogs,
    emitProgress: (p) => progress.push(p),
    demoOnFirstStart: false,
    ...extra,
  };
  const service = await createReportService(options, tuning);
  return { service, dialogs, progress, options };
}

/** A short report in the style of a district work report (our own wording and numbers). */
export function reportText(region: string, year: number, gdp: number): string {
  return [
    `${region}${year + 1}年政府工作报告`,
    `——${year + 1}年1月10日在${region}第一届人民代表大会第三次会议上`,
    '',
    `一、${year}年工作回顾`,
    `${year}年,全区实现地区生产总值${gdp}亿元,同比增长6.2%;一般公共预算收入15.3亿元,增长4.1%。`,
    `城镇常住居民人均可支配收入52318元,增长5.0%。新增城镇就业3200人。`,
    '',
    `二、${year + 1}年工作安排`,
    `${year + 1}年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。`,
  ].join('\n');
}
