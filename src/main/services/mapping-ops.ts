// The user's metric mapping: merges (key → the key it lines up with) and display names. Pure
// functions returning a new mapping; the comparison views follow merge chains (with a cycle guard),
// and these operations keep the stored mapping free of cycles in the first place.
import type { MetricMapping } from '../../shared/api';

function chainFrom(merges: Record<string, string>, start: string): string[] {
  const chain = [start];
  const seen = new Set(chain);
  for (let next = merges[start]; next !== undefined && !seen.has(next); next = merges[next]) {
    chain.push(next);
    seen.add(next);
  }
  return chain;
}

export function mergeMetrics(mapping: MetricMapping, sources: string[], target: string): MetricMapping {
  const merges = { ...mapping.merges };
  // Merging a key into one that is (transitively) merged into it: the target becomes the root.
  const targetChain = chainFrom(merges, target);
  if (sources.some((s) => s !== target && targetChain.includes(s))) delete merges[target];
  for (const source of sources) if (source !== target) merges[source] = target;
  return { ...mapping, merges };
}

export function splitMetric(mapping: MetricMapping, source: string): MetricMapping {
  if (!(source in mapping.merges)) return mapping;
  const merges = { ...mapping.merges };
  delete merges[source];
  return { ...mapping, merges };
}

export function renameMetric(mapping: MetricMapping, metric: string, name: string | null): MetricMapping {
  const names = { ...mapping.names };
  const trimmed = name?.trim() ?? '';
  if (trimmed) names[metric] = trimmed;
  else delete names[metric];
  return { ...mapping, names };
}

/** True when following merges from any key ever revisits a key (a hand-edited or imported file). */
export function hasCycle(mapping: MetricMapping): boolean {
  return Object.keys(mapping.merges).some((key) => {
    const chain = chainFrom(mapping.merges, key);
    const last = chain[chain.length - 1];
    return mapping.merges[last] !== undefined;
  });
}
