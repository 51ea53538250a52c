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
// A bare 年 in front is what is left of a year the parser dropped (2015年全县实现… → 年全县实现…);
// a year still written out is another period (see PERIOD).
const FILLER_PREFIX = /^(?:全年|全口径|全社会|全部|全体|本级|当年|年度|实现|完成|达到|投入|安排|预计|共计|共|年(?![均末底])|[省市县区旗盟州]?(?:政府)?(?:所在地|驻地)|[省市县区旗盟州](?=财政)|[省市县区](?:本)?级(?=一般公共预算|财政|地方|公共财政))+/;

/**
 * The region's own name before a metric (广州市地区生产总值, 合肥市规上工业增加值). Zones inside a
 * region (开发区, 高新区, 中心城区, 长三角地区…) measure something else and are kept.
 */
const REGION_NAME_END = new Set(['省', '市', '县', '州', '盟', '旗', '区']);
const NOT_A_REGION = /(?:市|县|开发|高新|经开|园|新|片|城|景|社|街|保税|自贸|示范|试验|集聚|功能|产业|工业|港|矿|林|牧|山|地|辖|小|校|厂|库|湖|灾|老)区$|(?:城|超|都|夜)市$|联盟$|节省$|红旗$/;
const MAX_REGION_NAME = 8;

/** The label without each possible region name in front (广州 / 广州市 …), shortest name first. */
function withoutRegionNames(label: string): string[] {
  const rests: string[] = [];
  for (let end = 2; end <= Math.min(MAX_REGION_NAME, label.length - 1); end++) {
    const name = label.slice(0, end);
    if (!/^[\u4e00-\u9fff]+$/u.test(name)) break;
    if (REGION_NAME_END.has(name[end - 1]) && !NOT_A_REGION.test(name)) rests.push(label.slice(end).replace(FILLER_PREFIX, ''));
  }
  return rests;
}

/**
 * Words after a metric name that restate it (GDP总量, 进出口总值, 地区生产总值增速). Ratios and shares
 * (比重, 占比, 率, 比例, 强度, 指数, 贡献率…) are deliberately absent: a share of X is not X.
 */
const FILLER_SUFFIX = /(?:总量|总规模|规模|总额|总值|金额|额|总水平|水平|增速|增幅|涨幅|同比增长|增长|总数|数量|人数|数|达到|达|突破|超过|超)$/;

/** Strip filler words; yields each candidate core, widest first: with and without the region's
 *  name, each then without up to two restating suffixes. */
export function* fillerStripped(normalisedLabel: string): Generator<string> {
  let core = normalisedLabel;
  // 全年全市实现… : fillers and region words interleave.
  for (let previous = ''; previous !== core; ) {
    previous = core;
    core = core.replace(FILLER_PREFIX, '').replace(REGION_PREFIX, '');
  }
  // 教育、卫生等民生支出: the examples before 等 narrow nothing the catalogue distinguishes.
  const examples = /^[^等]{2,30}?[^平同对均相高中初上次]等(?![级于待同])(.{2,})$/.exec(core);
  for (const base of [core, ...withoutRegionNames(core), ...(examples ? [examples[1]] : [])]) {
    let candidate = base;
    for (let i = 0; i < 3 && candidate !== ''; i++) {
      yield candidate;
      const shorter = candidate.replace(FILLER_SUFFIX, '');
      if (shorter === candidate) break;
      candidate = shorter;
    }
  }
}
