// Units as data: multiplier prefixes, and English names for the base units reports use.
// Used only for display; the parser's own lexicon decides normValue/baseUnit.

/** Longest first, so 万亿 wins over 万 and 亿. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** English names of base units; a unit not listed is shown as written. */
const UNIT_EN: Readonly<Record<string, string>> = {
  元: 'yuan',
  美元: 'US$',
  户: 'households',
  家: 'firms',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  家次: 'firm-times',
  个: 'units',
  项: 'items',
  件: 'cases',
  笔: 'loans',
  亩: 'mu',
  公顷: 'ha',
  平方米: 'm²',
  平方公里: 'km²',
  立方米: 'm³',
  公里: 'km',
  千米: 'km',
  米: 'm',
  吨: 't',
  千克: 'kg',
  公斤: 'kg',
  千瓦: 'kW',
  千瓦时: 'kWh',
  度: 'kWh',
  标准箱: 'TEU',
  辆: 'vehicles',
  套: 'units',
  所: 'institutions',
  座: 'facilities',
  张: 'beds',
  床: 'beds',
  台: 'sets',
  次: 'times',
  例: 'cases',
  起: 'incidents',
  天: 'days',
  年: 'years',
  个月: 'months',
  小时: 'hours',
  岁: 'years',
};

/** Base units that begin with a multiplier character but are units of their own. */
const UNITS_WITH_MULTIPLIER_CHAR = new Set(['千瓦', '千瓦时', '千克', '千米', '百分点', '个百分点', '万元户']);

export interface SplitUnit {
  multiplier: number;
  base: string;
}

/** '亿元' → {1e8, '元'}; '千瓦时' → {1, '千瓦时'}; '万' → {1e4, ''}; '%' → {1, '%'}. */
export function splitUnit(unit: string): SplitUnit {
  if (UNITS_WITH_MULTIPLIER_CHAR.has(unit)) return { multiplier: 1, base: unit };
  for (const [prefix, multiplier] of MULTIPLIERS) {
    if (!unit.startsWith(prefix)) continue;
    const base = unit.slice(prefix.length);
    // 千/百 are only multipliers before a unit we know (千克 is a unit, 百强 is not a multiplier).
    if ((prefix === '千' || prefix === '百') && base !== '' && !Object.hasOwn(UNIT_EN, base) && !UNITS_WITH_MULTIPLIER_CHAR.has(base)) {
      continue;
    }
    return { multiplier, base };
  }
  return { multiplier: 1, base: unit };
}

/** English name of a base unit, or the unit as written when we have none. */
export function unitNameEn(base: string): string {
  return Object.hasOwn(UNIT_EN, base) ? UNIT_EN[base] : base;
}
