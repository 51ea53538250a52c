// Public shapes of the metric catalogue.

/** The kind of quantity a metric is stated in: lets callers refuse a label match with an impossible unit. */
export type UnitType = 'money' | 'count' | 'rate' | 'area' | 'length' | 'mass' | 'energy' | 'ratio' | 'other';

export interface MetricDef {
  /** snake_case English, stable: saved in workspaces and exports. */
  key: string;
  zh: string;
  en: string;
  /** Wordings reports use for this metric (compared after label normalisation). */
  aliases: string[];
  unitType: UnitType;
  /** One of the headline metrics of a work report (the keys of the evaluation's headline list). */
  headline: boolean;
  /** Set where less is better (失业率, 能耗, PM2.5, CPI): comparison views colour changes by it. */
  direction?: 'higher' | 'lower';
}

/** How a match was found: a user merge, a catalogue alias (possibly with filler words around it), or none. */
export type MatchSource = 'user' | 'alias' | 'label';

export interface MetricMatch {
  /** Catalogue key, a user-chosen target, or the label key ('label:…'). */
  metric: string;
  /** Whether metric is a catalogue key. */
  catalogued: boolean;
  /** How the match was found (for diagnostics and tests). */
  via?: MatchSource;
}

export interface Catalogue {
  readonly metrics: readonly MetricDef[];
  get(key: string): MetricDef | undefined;
  /**
   * The metric a label measures: a catalogue key, or a stable key derived from the normalised
   * label. Given the unit the figure is stated in, a catalogue match whose unit type cannot fit
   * (GDP in 家) falls back to the label key.
   */
  match(label: string, unit?: string | null): MetricMatch;
}
