// Words around a metric name that change what it measures (periods, sub-totals) and words that
// do not (全年, 实现, 总量). Both operate on normalised labels (see normalise.ts).
import { REGION_PREFIX } from './normalise';

/**
 * Not the annual figure of the year under review: multi-year averages and totals, quarters,
 * months, explicit years (由2011年的…). The corpus guidelines give such figures no headline key;
 * they keep their own label key so they line up only with the same wording.
 */
const PERIOD = new RegExp(
  [
    '年均', '月均', '日均', '累计',
    '季度', '[一二三四1-4]季', '前三季', '上半年', '下半年',
    '[0-9一二三四五六七八九十]+(?:[-~至到][0-9一二三四五六七八九十]+)?月', '月份', '月度',
    '十[一二三四五六七八九]五', '五年', '\\d{4}年', '\\d{4}-\\d{4}', '\\d+年来', '[近过去]+\\d+年', '以来', '期间',
  ].join('|'),
);

export function statesAnotherPeriod(normalisedLabel: string): boolean {
  return PERIOD.test(normalisedLabel);
}

/**
 * Words a label may carry before a metric name without changing the measure. Deliberately a
 * closed list: anything else before an alias (人均, 城乡, 镇级, 高新技术, 新增…) makes a different
 * measure, so 人均地区生产总值 is not GDP.
 */
const FILLER_PREFIX = /^(?:全年|全口径|全社会|全部|全体|本级|当年|年度|实现|完成|达到|预计|共计|共)+/;

/**
 * Words after a metric name that restate it (GDP总量, 进出口总值, 地区生产总值增速). Ratios and shares
 * (比重, 占比, 率, 比例, 强度, 指数, 贡献率…) are deliberately absent: a share of X is not X.
 */
const FILLER_SUFFIX = /(?:总量|总规模|规模|总额|总值|金额|额|总水平|水平|增速|增幅|涨幅|同比增长|增长|总数|数量|人数|数|达到|达|突破|超过|超)$/;

/** Strip filler words; yields each candidate core, widest first, ending with the fully stripped one. */
export function* fillerStripped(normalisedLabel: string): Generator<string> {
  let core = normalisedLabel;
  // 全年全市实现… : fillers and region words interleave.
  for (let previous = ''; previous !== core; ) {
    previous = core;
    core = core.replace(FILLER_PREFIX, '').replace(REGION_PREFIX, '');
  }
  if (core === '') return;
  yield core;
  for (let i = 0; i < 2; i++) {
    const shorter = core.replace(FILLER_SUFFIX, '');
    if (shorter === core || shorter === '') return;
    core = shorter;
    yield core;
  }
}
