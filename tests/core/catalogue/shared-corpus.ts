// Locates ../shared (real report corpus and evaluation data) when this checkout sits next to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const sharedDir = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const hasShared = existsSync(sharedDir + 'corpus/gold') && existsSync(sharedDir + 'eval/headline-metrics.json');
export const skipMessage = `../shared not found at ${sharedDir}: skipping the checks against the real corpus`;

export interface GoldItem {
  quote: string;
  label: string;
  unit: string | null;
  metric?: string;
}

export function readGold(): Array<{ file: string; item: GoldItem }> {
  const dir = sharedDir + 'corpus/gold/';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(dir + file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ file, item: JSON.parse(line) as GoldItem })),
    );
}

export function readHeadlineMetrics(): Array<{ key: string; zh: string; names: string[] }> {
  return JSON.parse(readFileSync(sharedDir + 'eval/headline-metrics.json', 'utf8')).metrics;
}
