// The comparison engine: lines up the figures of the workspace's reports across years (one region),
// across regions (one year), or two reports side by side. Pure functions; the renderer only draws.
export type * from './types';
export { buildAcrossYears } from './across-years';
export { buildAcrossRegions, rankDescending } from './across-regions';
export { buildSideBySide } from './side-by-side';
export { UNKNOWN_REGION, listRegions, listYears, regionOf, yearOf, compareForPreference } from './grouping';
export { CHANGE_ONLY, resolveMetric, rowKeyOf, unitKeyOf, isLowerBetter, isRateOfChange, isRealGrowth } from './metric';
export { computeChange } from './change';
export { checkTarget, judge, qualifierOf, type Qualifier, type TargetOptions } from './targets';
export { pickCell } from './rows';
