// A stored report as the workspace store keeps it (document + parsed figures + the user's edits), for
// tests of the store and the crash test's child process. No vitest import: the child runs under plain tsx.
import type { MetaSource } from '../../src/core/model';
import type { PersistedReport } from '../../src/main/services/workspace-schema';

export interface PersistedReportSpec {
  id: string;
  text: string;
  fileName?: string;
  addedAt?: string;
  region: { value: string; source: MetaSource };
  reviewYear: { value: number; source: MetaSource };
  contentHash: string;
}

export function persistedReport(spec: PersistedReportSpec): PersistedReport {
  return {
    id: spec.id,
    addedAt: spec.addedAt ?? new Date(0).toISOString(),
    demo: false,
    document: {
      fileName: spec.fileName ?? `${spec.id}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      text: spec.text,
      meta: {
        region: spec.region,
        regionLevel: { value: null, source: 'none' },
        reportDate: { value: null, source: 'none' },
        reviewYear: spec.reviewYear,
        title: { value: null, source: 'none' },
      },
      contentHash: spec.contentHash,
      sizeBytes: spec.text.length,
      warnings: [],
    },
    parsed: [],
    metaEdits: {},
    edits: {},
    encodingOverride: null,
    hasOriginal: false,
  };
}
