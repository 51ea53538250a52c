// The shipped catalogue file, checked when it is loaded: a broken resources/metrics.json must
// fail loudly at start-up and in tests, not mis-align figures silently.
import { z } from 'zod';
import { normaliseLabel } from './normalise';
import type { MetricDef } from './types';

const metricSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case English'),
  zh: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  unitType: z.enum(['money', 'count', 'rate', 'area', 'length', 'mass', 'energy', 'ratio', 'other']),
  headline: z.boolean(),
  direction: z.enum(['higher', 'lower']).optional(),
});

const fileSchema = z.object({ metrics: z.array(metricSchema).min(1) });

export class CatalogueDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`指标目录 metrics.json 无效：${problems.join('；')} / Invalid metric catalogue metrics.json: ${problems.join('; ')}`);
    this.name = 'CatalogueDataError';
  }
}

/** Validates the catalogue file: schema, unique keys, and no wording claimed by two metrics. */
export function parseCatalogueJson(json: unknown): MetricDef[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogueDataError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems: string[] = [];
  const keys = new Set<string>();
  const owner = new Map<string, string>();
  for (const metric of parsed.data.metrics) {
    if (keys.has(metric.key)) problems.push(`duplicate key ${metric.key}`);
    keys.add(metric.key);
    for (const wording of [metric.zh, ...metric.aliases]) {
      const alias = normaliseLabel(wording);
      const previous = owner.get(alias);
      if (previous !== undefined && previous !== metric.key) problems.push(`"${wording}" (${alias}) is an alias of both ${previous} and ${metric.key}`);
      owner.set(alias, metric.key);
    }
  }
  if (problems.length > 0) throw new CatalogueDataError(problems);
  return parsed.data.metrics;
}
