// Table of sentences written for these tests (not taken from the corpus) and what the parser
// must read in them. `results: []` means the sentence states no figure at all.
import type { IndicatorKind } from '../../../src/core/model';

export interface ExpectedFigure {
  /** Evidence text: original[start, end). */
  text: string;
  label: string;
  value: number | null;
  unit: string | null;
  change?: { value: number; unit: string } | null;
  kind?: IndicatorKind;
  approx?: boolean;
}

export interface Case {
  name: string;
  input: string;
  results: ExpectedFigure[];
}

export const LEVELS_AND_CHANGES: Case[] = [
  {
    name: 'more change verbs (递增, 削减) and adverbs between a measure and its change (逆势, 恢复性)',
    input: '生产总值年均递增14.6%。化学需氧量排放量削减12.1%。外贸进出口总额逆势增长8.7%,外贸出口恢复性增长8%。',
    results: [
      { text: '生产总值年均递增14.6%', label: '生产总值年均', value: null, unit: null, change: { value: 14.6, unit: '%' } },
      { text: '化学需氧量排放量削减12.1%', label: '化学需氧量排放量', value: null, unit: null, change: { value: -12.1, unit: '%' } },
      { text: '外贸进出口总额逆势增长8.7%', label: '外贸进出口总额', value: null, unit: null, change: { value: 8.7, unit: '%' } },
      { text: '外贸出口恢复性增长8%', label: '外贸出口', value: null, unit: null, change: { value: 8, unit: '%' } },
    ],
  },
  {
    name: 'units: 标箱, 公里/小时, m²; 增产 is a change; a comparison with the city average is kept apart',
    input: '集装箱吞吐量首次超过100万标箱,平均车速18.5公里/小时,人均公园绿地面积14.8m²。粮食总产量5.6亿斤,增产1.2%。人均地区生产总值较全市平均水平低4个百分点。',
    results: [
      { text: '集装箱吞吐量首次超过100万标箱', label: '集装箱吞吐量', value: 100, unit: '万标箱', approx: true },
      { text: '平均车速18.5公里/小时', label: '平均车速', value: 18.5, unit: '公里/小时' },
      { text: '人均公园绿地面积14.8m²', label: '人均公园绿地面积', value: 14.8, unit: 'm²' },
      { text: '粮食总产量5.6亿斤', label: '粮食总产量', value: 5.6, unit: '亿斤', change: { value: 1.2, unit: '%' } },
      { text: '人均地区生产总值较全市平均水平低4个百分点', label: '人均地区生产总值较全市平均水平低', value: 4, unit: '个百分点', kind: 'comparison' },
    ],
  },
  {
    name: 'level with its change',
    input: '全年实现地区生产总值856.3亿元,同比增长7.2%。',
    results: [{ text: '地区生产总值856.3亿元', label: '地区生产总值', value: 856.3, unit: '亿元', change: { value: 7.2, unit: '%' } }],
  },
  {
    name: 'change-only statements, negative after 下降',
    input: '规模以上工业增加值增长9.1%;工业用电量下降3.5%。',
    results: [
      { text: '规模以上工业增加值增长9.1%', label: '规模以上工业增加值', value: null, unit: null, change: { value: 9.1, unit: '%' } },
      { text: '工业用电量下降3.5%', label: '工业用电量', value: null, unit: null, change: { value: -3.5, unit: '%' } },
    ],
  },
  {
    name: 'percentage-point change attached to a rate',
    input: '城镇化率达到65.2%,比上年提高1.1个百分点。',
    results: [{ text: '城镇化率达到65.2%', label: '城镇化率', value: 65.2, unit: '%', change: { value: 1.1, unit: '个百分点' } }],
  },
  {
    name: 'multiple of an earlier period',
    input: '人均生产总值达到52000元,是2010年的2.3倍。',
    results: [{ text: '人均生产总值达到52000元', label: '人均生产总值', value: 52000, unit: '元', change: { value: 2.3, unit: '倍' } }],
  },
  {
    name: 'new level after 降至 is a level, not a change',
    input: '城乡收入比降至1.92,登记失业率回落至2.6%。',
    results: [
      { text: '城乡收入比降至1.92', label: '城乡收入比', value: 1.92, unit: null },
      { text: '登记失业率回落至2.6%', label: '登记失业率', value: 2.6, unit: '%' },
    ],
  },
  {
    name: 'per mille',
    input: '人口自然增长率3.15‰。',
    results: [{ text: '人口自然增长率3.15‰', label: '人口自然增长率', value: 3.15, unit: '‰' }],
  },
  {
    name: 'multiplier kept in the unit, bare multiplier as unit',
    input: '新增城镇就业1.2万人,全县48万干部群众参与。',
    results: [
      { text: '新增城镇就业1.2万人', label: '新增城镇就业', value: 1.2, unit: '万人' },
      { text: '48万干部群众参与', label: '干部群众参与', value: 48, unit: '万' },
    ],
  },
  {
    name: 'one subject with two quantities',
    input: '发放助农贷款3560笔9.6亿元。',
    results: [
      { text: '发放助农贷款3560笔', label: '发放助农贷款', value: 3560, unit: '笔' },
      { text: '9.6亿元', label: '发放助农贷款', value: 9.6, unit: '亿元' },
    ],
  },
  {
    name: 'count before its noun',
    input: '建成26个村级综合服务中心。',
    results: [{ text: '建成26个村级综合服务中心', label: '建成村级综合服务中心', value: 26, unit: '个' }],
  },
  {
    name: 'bare measure takes the subject before it',
    input: '净增规上工业企业35家,总数达到412家。',
    results: [
      { text: '净增规上工业企业35家', label: '净增规上工业企业', value: 35, unit: '家' },
      { text: '总数达到412家', label: '规上工业企业总数', value: 412, unit: '家' },
    ],
  },
  {
    name: 'year of the starting level of 由…提高到',
    input: '财政收入由2018年的40.2亿元提高到2023年的61.5亿元。',
    results: [
      { text: '财政收入由2018年的40.2亿元', label: '2018年财政收入', value: 40.2, unit: '亿元' },
      { text: '61.5亿元', label: '财政收入', value: 61.5, unit: '亿元' },
    ],
  },
];

export const LISTS: Case[] = [
  {
    name: 'a list with a negative member; a unit written only after the last member',
    input: '汽车类、石油制品类、家用电器和音像器材类零售额分别增长15.6%、9.2%、-3.8%。二氧化硫、氮氧化物排放量分别为41、24吨。',
    results: [
      { text: '汽车类、石油制品类、家用电器和音像器材类零售额分别增长15.6%', label: '汽车类零售额', value: null, unit: null, change: { value: 15.6, unit: '%' } },
      { text: '9.2%', label: '石油制品类零售额', value: null, unit: null, change: { value: 9.2, unit: '%' } },
      { text: '-3.8%', label: '家用电器和音像器材类零售额', value: null, unit: null, change: { value: -3.8, unit: '%' } },
      { text: '二氧化硫、氮氧化物排放量分别为41', label: '二氧化硫排放量', value: 41, unit: '吨' },
      { text: '24吨', label: '氮氧化物排放量', value: 24, unit: '吨' },
    ],
  },
  {
    name: 'an addition verb is shared down a 、 list, so new firms never read as the total',
    input: '新增规上工业企业25家、高新技术企业20家,改造老旧小区32个、农村危房1200户。净增高新技术企业58家、总数达到327家。',
    results: [
      { text: '新增规上工业企业25家', label: '新增规上工业企业', value: 25, unit: '家' },
      { text: '高新技术企业20家', label: '新增高新技术企业', value: 20, unit: '家' },
      { text: '改造老旧小区32个', label: '改造老旧小区', value: 32, unit: '个' },
      { text: '农村危房1200户', label: '农村危房', value: 1200, unit: '户' },
      { text: '净增高新技术企业58家', label: '净增高新技术企业', value: 58, unit: '家' },
      { text: '总数达到327家', label: '高新技术企业总数', value: 327, unit: '家' },
    ],
  },
  {
    name: 'a long 分别 list of four named rates',
    input: '国考断面水质优良比例、集中式饮用水水源地水质达标率、受污染耕地安全利用率和重点建设用地安全利用率分别为88.9%、100%、93%和100%。',
    results: [
      { text: '国考断面水质优良比例、集中式饮用水水源地水质达标率、受污染耕地安全利用率和重点建设用地安全利用率分别为88.9%', label: '国考断面水质优良比例', value: 88.9, unit: '%' },
      { text: '100%', label: '集中式饮用水水源地水质达标率', value: 100, unit: '%' },
      { text: '93%', label: '受污染耕地安全利用率', value: 93, unit: '%' },
      { text: '100%', label: '重点建设用地安全利用率', value: 100, unit: '%' },
    ],
  },
  {
    name: 'a dimension of the things just counted (长度, 面积)',
    input: '新建改造道路23条、长度37.4公里。',
    results: [
      { text: '新建改造道路23条', label: '新建改造道路', value: 23, unit: '条' },
      { text: '长度37.4公里', label: '改造道路长度', value: 37.4, unit: '公里' },
    ],
  },
  {
    name: 'distributive changes without levels',
    input: '城镇、农村常住居民人均可支配收入分别增长5.6%、7.9%。',
    results: [
      { text: '城镇、农村常住居民人均可支配收入分别增长5.6%', label: '城镇常住居民人均可支配收入', value: null, unit: null, change: { value: 5.6, unit: '%' } },
      { text: '7.9%', label: '农村常住居民人均可支配收入', value: null, unit: null, change: { value: 7.9, unit: '%' } },
    ],
  },
  {
    name: 'distributive changes attached to the levels before them',
    input: '存款余额860亿元、贷款余额720亿元,分别增长9.2%和11.5%。',
    results: [
      { text: '存款余额860亿元', label: '存款余额', value: 860, unit: '亿元', change: { value: 9.2, unit: '%' } },
      { text: '贷款余额720亿元', label: '贷款余额', value: 720, unit: '亿元', change: { value: 11.5, unit: '%' } },
    ],
  },
  {
    name: '总额 changes go to the amounts, not the counts',
    input: '发放贷款320笔2.1亿元,办理担保85件0.9亿元,总额分别增长12.5%、30.2%。',
    results: [
      { text: '发放贷款320笔', label: '发放贷款', value: 320, unit: '笔' },
      { text: '2.1亿元', label: '发放贷款', value: 2.1, unit: '亿元', change: { value: 12.5, unit: '%' } },
      { text: '办理担保85件', label: '办理担保', value: 85, unit: '件' },
      { text: '0.9亿元', label: '办理担保', value: 0.9, unit: '亿元', change: { value: 30.2, unit: '%' } },
    ],
  },
  {
    name: 'a list of values shares its head noun',
    input: '新增省级、市级专精特新企业12家、40家。',
    results: [
      { text: '新增省级、市级专精特新企业12家', label: '新增省级专精特新企业', value: 12, unit: '家' },
      { text: '40家', label: '市级专精特新企业', value: 40, unit: '家' },
    ],
  },
  {
    name: '城乡 with two values reads as 城镇 and 农村',
    input: '城乡居民人均可支配收入分别达到41200元、19800元。',
    results: [
      { text: '城乡居民人均可支配收入分别达到41200元', label: '城镇居民人均可支配收入', value: 41200, unit: '元' },
      { text: '19800元', label: '农村居民人均可支配收入', value: 19800, unit: '元' },
    ],
  },
];

export const MORE_LABELS: Case[] = [
  {
    name: 'fractions (三分之一), a growth rate after a share of the plan, short list members with one tail',
    input: '数字经济核心产业增加值占GDP比重超过三分之一。固定资产投资完成年度计划的103.5%,增长8.9%。城市、农村低保标准分别提高至每人每月780元、620元。',
    results: [
      { text: '数字经济核心产业增加值占GDP比重超过三分之一', label: '数字经济核心产业增加值占GDP比重', value: 1 / 3, unit: null, approx: true },
      { text: '固定资产投资完成年度计划的103.5%', label: '固定资产投资完成年度计划', value: 103.5, unit: '%' },
      { text: '增长8.9%', label: '固定资产投资', value: null, unit: null, change: { value: 8.9, unit: '%' } },
      { text: '城市、农村低保标准分别提高至每人每月780元', label: '城市低保标准', value: 780, unit: '元' },
      { text: '620元', label: '农村低保标准', value: 620, unit: '元' },
    ],
  },
  {
    name: 'a conversion, an increment over last year and a share in brackets take the subject just stated',
    input: '人均地区生产总值9.8万元,按年平均汇率折算约合1.4万美元。新增贷款2380亿元,比上年多增412亿元。综合保税区进出口额286亿元(占全市外贸的31.2%)。',
    results: [
      { text: '人均地区生产总值9.8万元', label: '人均地区生产总值', value: 9.8, unit: '万元' },
      { text: '约合1.4万美元', label: '人均地区生产总值', value: 1.4, unit: '万美元', approx: true },
      { text: '新增贷款2380亿元', label: '新增贷款', value: 2380, unit: '亿元' },
      { text: '多增412亿元', label: '贷款多增', value: 412, unit: '亿元' },
      { text: '综合保税区进出口额286亿元', label: '综合保税区进出口额', value: 286, unit: '亿元' },
      { text: '(占全市外贸的31.2%', label: '综合保税区进出口额占全市外贸', value: 31.2, unit: '%' },
    ],
  },
  {
    name: 'a share after an amount is that amount\'s share; a share of the plan names the plan',
    input: '一般公共预算收入18.2亿元,其中税收收入11.06亿元,占比69.9%。重点项目完成投资286亿元,完成年度计划的112.4%;新增城镇就业2.6万人,完成年度目标的130.7%。',
    results: [
      { text: '一般公共预算收入18.2亿元', label: '一般公共预算收入', value: 18.2, unit: '亿元' },
      { text: '税收收入11.06亿元', label: '税收收入', value: 11.06, unit: '亿元' },
      { text: '占比69.9%', label: '税收收入占比', value: 69.9, unit: '%' },
      { text: '重点项目完成投资286亿元', label: '重点项目完成投资', value: 286, unit: '亿元' },
      { text: '年度计划的112.4%', label: '重点项目完成投资占年度计划', value: 112.4, unit: '%' },
      { text: '新增城镇就业2.6万人', label: '新增城镇就业', value: 2.6, unit: '万人' },
      { text: '年度目标的130.7%', label: '新增城镇就业完成年度目标', value: 130.7, unit: '%' },
    ],
  },
  {
    name: 'a total drops the additions from its subject',
    input: '五年新增高新技术企业1260家,总数达到2035家。',
    results: [
      { text: '五年新增高新技术企业1260家', label: '五年新增高新技术企业', value: 1260, unit: '家' },
      { text: '总数达到2035家', label: '高新技术企业总数', value: 2035, unit: '家' },
    ],
  },
  {
    name: 'how a change was computed stands between a level and its change (按不变价格计算, 扣除…因素后, 负增长)',
    input: '地区生产总值达到2.68万亿元,按不变价格计算增长6.2%。社会消费品零售总额1032亿元,负增长0.6%。税收收入168.4亿元,扣除留抵退税因素后增长6.2%。',
    results: [
      { text: '地区生产总值达到2.68万亿元', label: '地区生产总值', value: 2.68, unit: '万亿元', change: { value: 6.2, unit: '%' } },
      { text: '社会消费品零售总额1032亿元', label: '社会消费品零售总额', value: 1032, unit: '亿元', change: { value: -0.6, unit: '%' } },
      { text: '税收收入168.4亿元', label: '税收收入', value: 168.4, unit: '亿元', change: { value: 6.2, unit: '%' } },
    ],
  },
  {
    name: 'a stretch goal after a change is the same change (力争达到9%)',
    input: '今年主要预期目标是:地区生产总值增长8%以上,力争达到9%;城镇化率达到60%,力争61%。',
    results: [
      { text: '地区生产总值增长8%以上', label: '地区生产总值', value: null, unit: null, change: { value: 8, unit: '%' }, kind: 'target', approx: true },
      { text: '力争达到9%', label: '地区生产总值', value: null, unit: null, change: { value: 9, unit: '%' }, kind: 'target' },
      { text: '城镇化率达到60%', label: '城镇化率', value: 60, unit: '%', kind: 'target' },
      { text: '61%', label: '城镇化率', value: 61, unit: '%', kind: 'target' },
    ],
  },
  {
    name: 'an increment between a level and its growth rate; the rate is the level\'s',
    input: '农村居民人均可支配收入达到26731元,比上年增加1812元,增长7.3%。税收收入占比提高2.3个百分点至86.1%。',
    results: [
      { text: '农村居民人均可支配收入达到26731元', label: '农村居民人均可支配收入', value: 26731, unit: '元', change: { value: 7.3, unit: '%' } },
      { text: '增加1812元', label: '农村居民人均可支配收入增加', value: 1812, unit: '元' },
      { text: '税收收入占比提高2.3个百分点至86.1%', label: '税收收入占比', value: 86.1, unit: '%', change: { value: 2.3, unit: '个百分点' } },
    ],
  },
  {
    name: 'bullets and Latin measures before a value',
    input: '▲城镇新增就业 9.26万人\n●GDP 318.6亿元,增长8.7%\n■CPI上涨0.9%',
    results: [
      { text: '城镇新增就业 9.26万人', label: '城镇新增就业', value: 9.26, unit: '万人' },
      { text: 'GDP 318.6亿元', label: 'GDP', value: 318.6, unit: '亿元', change: { value: 8.7, unit: '%' } },
      { text: 'CPI上涨0.9%', label: 'CPI', value: null, unit: null, change: { value: 0.9, unit: '%' } },
    ],
  },
  {
    name: 'a counted noun followed by a time phrase keeps no preposition',
    input: '318家规上工业企业在3月底前全部复工。',
    results: [{ text: '318家规上工业企业', label: '规上工业企业', value: 318, unit: '家' }],
  },
  {
    name: 'a change and the level it reached are one figure',
    input: '城镇化率提高1.5个百分点,达到61.2%。',
    results: [{ text: '城镇化率提高1.5个百分点,达到61.2%', label: '城镇化率', value: 61.2, unit: '%', change: { value: 1.5, unit: '个百分点' } }],
  },
  {
    name: 'a collective subject read member by member',
    input: '三次产业增加值分别为12亿元、45亿元和60亿元。',
    results: [
      { text: '三次产业增加值分别为12亿元', label: '第一产业增加值', value: 12, unit: '亿元' },
      { text: '45亿元', label: '第二产业增加值', value: 45, unit: '亿元' },
      { text: '60亿元', label: '第三产业增加值', value: 60, unit: '亿元' },
    ],
  },
  {
    name: 'how long something took',
    input: '仅用28天完成项目征迁。',
    results: [{ text: '用28天', label: '项目征迁用时', value: 28, unit: '天' }],
  },
  {
    name: 'the amount of a named project',
    input: '总投资12亿元的城南污水处理厂建成投用。',
    results: [{ text: '总投资12亿元的城南污水处理厂', label: '城南污水处理厂总投资', value: 12, unit: '亿元' }],
  },
  {
    name: 'a sibling measure takes the subject without its own measure word',
    input: '粮食播种面积52万亩,总产量21万吨。',
    results: [
      { text: '粮食播种面积52万亩', label: '粮食播种面积', value: 52, unit: '万亩' },
      { text: '总产量21万吨', label: '粮食总产量', value: 21, unit: '万吨' },
    ],
  },
];

export const HELD_OUT_LESSONS: Case[] = [
  {
    name: 'dimensionless levels before and after 由…缩小到',
    input: '城乡居民收入比由2.52缩小到2.23,万车死亡率降至1.46。',
    results: [
      { text: '城乡居民收入比由2.52', label: '城乡居民收入比', value: 2.52, unit: null },
      { text: '2.23', label: '城乡居民收入比', value: 2.23, unit: null },
      { text: '万车死亡率降至1.46', label: '万车死亡率', value: 1.46, unit: null },
    ],
  },
  {
    name: 'a streak that is an outcome names what went on',
    input: '连续六年实现安全生产零事故。',
    results: [{ text: '连续六年', label: '连续实现安全生产零事故', value: 6, unit: '年' }],
  },
  {
    name: 'statements about the indicators themselves',
    input: '规划确定的30项主要指标中,已有27项提前完成。',
    results: [],
  },
  {
    name: 'a move in a ranking is a rank',
    input: '在全市综合考核中排名上升3位。',
    results: [{ text: '3位', label: '在全市综合考核中排名上升排名', value: 3, unit: '位', kind: 'rank' }],
  },
  {
    name: 'an ASCII full stop between Chinese clauses ends the sentence',
    input: '主动接受监督.全年办理建议96件。',
    results: [{ text: '办理建议96件', label: '办理建议', value: 96, unit: '件' }],
  },
  {
    name: 'a short rate name keeps its verb and takes the subject',
    input: '滚动实施重点项目80个,完成率112%。',
    results: [
      { text: '滚动实施重点项目80个', label: '滚动实施重点项目', value: 80, unit: '个' },
      { text: '完成率112%', label: '滚动实施重点项目完成率', value: 112, unit: '%' },
    ],
  },
  {
    name: 'quoted examples before 等 name no measure',
    input: '发放“惠农贷”“创业贷”等普惠贷款2100笔。',
    results: [{ text: '发放“惠农贷”“创业贷”等普惠贷款2100笔', label: '发放普惠贷款', value: 2100, unit: '笔' }],
  },
  {
    name: 'a grade after 其中 qualifies the subject',
    input: '新增农业龙头企业30家,其中省级8家。',
    results: [
      { text: '新增农业龙头企业30家', label: '新增农业龙头企业', value: 30, unit: '家' },
      { text: '省级8家', label: '省级农业龙头企业', value: 8, unit: '家' },
    ],
  },
  {
    name: 'units read from the lexicon',
    input: '审批时限压缩至1.5个工作日,新增供电能力12万千伏安,开行中欧班列210列。',
    results: [
      { text: '审批时限压缩至1.5个工作日', label: '审批时限', value: 1.5, unit: '个工作日' },
      { text: '新增供电能力12万千伏安', label: '新增供电能力', value: 12, unit: '万千伏安' },
      { text: '开行中欧班列210列', label: '开行中欧班列', value: 210, unit: '列' },
    ],
  },
];

export const APPROXIMATIONS: Case[] = [
  {
    name: 'ranges are one figure at their lower bound, approximate; 由…到… is no range',
    input: '今年主要预期目标是:地区生产总值增长5.5%—6%,固定资产投资增长6%到6.5%,城镇新增就业1.2万-1.5万人。\n森林覆盖率由60%到62%。',
    results: [
      { text: '地区生产总值增长5.5%—6%', label: '地区生产总值', value: null, unit: null, change: { value: 5.5, unit: '%' }, kind: 'target', approx: true },
      { text: '固定资产投资增长6%到6.5%', label: '固定资产投资', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'target', approx: true },
      { text: '城镇新增就业1.2万-1.5万人', label: '城镇新增就业', value: 1.2, unit: '万人', kind: 'target', approx: true },
      { text: '森林覆盖率由60%', label: '森林覆盖率', value: 60, unit: '%', kind: 'target' },
      { text: '62%', label: '森林覆盖率', value: 62, unit: '%', kind: 'target' },
    ],
  },
  {
    name: 'approximation words before and after',
    input: '引进人才300余人,接待游客近2万人次,粮食产量稳定在60万吨左右,城镇调查失业率控制在5%以内。',
    results: [
      { text: '引进人才300余人', label: '引进人才', value: 300, unit: '人', approx: true },
      { text: '接待游客近2万人次', label: '接待游客', value: 2, unit: '万人次', approx: true },
      { text: '粮食产量稳定在60万吨左右', label: '粮食产量', value: 60, unit: '万吨', approx: true },
      { text: '城镇调查失业率控制在5%以内', label: '城镇调查失业率', value: 5, unit: '%', approx: true },
    ],
  },
  {
    name: 'a ceiling with 以下',
    input: '不良贷款率控制在1.5%以下。',
    results: [{ text: '不良贷款率控制在1.5%以下', label: '不良贷款率', value: 1.5, unit: '%', approx: true }],
  },
  {
    name: 'thresholds reached, Chinese numerals with a bare multiplier',
    input: '工业总产值突破千亿元,经济总量跨过500亿元台阶。',
    results: [
      { text: '工业总产值突破千亿元', label: '工业总产值', value: 1000, unit: '亿元', approx: true },
      { text: '经济总量跨过500亿元台阶', label: '经济总量', value: 500, unit: '亿元', approx: true },
    ],
  },
  {
    name: 'Chinese numerals',
    input: '新建学校三所,培训农民两千人次。',
    results: [
      { text: '新建学校三所', label: '新建学校', value: 3, unit: '所' },
      { text: '培训农民两千人次', label: '培训农民', value: 2000, unit: '人次' },
    ],
  },
  {
    name: 'rates written as words (百分之, 千分之), Chinese decimals with 点',
    input: '城镇登记失业率控制在百分之三点五以内,森林覆盖率提高到百分之六十二点三,研发投入强度达到百分之2.8,人口自然增长率为千分之四。',
    results: [
      { text: '城镇登记失业率控制在百分之三点五以内', label: '城镇登记失业率', value: 3.5, unit: '%', approx: true },
      { text: '森林覆盖率提高到百分之六十二点三', label: '森林覆盖率', value: 62.3, unit: '%' },
      { text: '研发投入强度达到百分之2.8', label: '研发投入强度', value: 2.8, unit: '%' },
      { text: '人口自然增长率为千分之四', label: '人口自然增长率', value: 4, unit: '‰' },
    ],
  },
  {
    name: 'a rate in words as a change, and as a threshold that is no figure',
    input: '税收收入增长百分之十二。百分之五十以上的村集体经济收入超过十万元。',
    results: [
      { text: '税收收入增长百分之十二', label: '税收收入', value: null, unit: null, change: { value: 12, unit: '%' } },
      // The threshold stays in the label, as 5亿元以上的… does.
      { text: '百分之五十以上的村集体经济收入超过十万元', label: '百分之五十以上的村集体经济收入', value: 10, unit: '万元', approx: true },
    ],
  },
];

export const KINDS: Case[] = [
  {
    name: 'in the plan, a sentence opening on the past is a result until a later time word says otherwise',
    input: '二、2024年工作安排\n去年,全省生产总值增长5.2%,实际使用外资112.6亿美元。去年旅游接待人次突破800万,今年力争达到900万人次,旅游综合收入增长15%。',
    results: [
      { text: '生产总值增长5.2%', label: '生产总值', value: null, unit: null, change: { value: 5.2, unit: '%' }, kind: 'actual' },
      { text: '实际使用外资112.6亿美元', label: '实际使用外资', value: 112.6, unit: '亿美元', kind: 'actual' },
      { text: '旅游接待人次突破800万', label: '旅游接待人次', value: 800, unit: '万', kind: 'actual', approx: true },
      { text: '900万人次', label: '旅游接待人次', value: 900, unit: '万人次', kind: 'target' },
      { text: '旅游综合收入增长15%', label: '旅游综合收入', value: null, unit: null, change: { value: 15, unit: '%' }, kind: 'target' },
    ],
  },
  {
    name: 'a paragraph opened by a pledge for the coming year keeps its tense',
    input: '今年将新增城镇就业5.5万人。城乡低保标准提高到每人每月860元。\n过去一年,新增城镇就业5.2万人。',
    results: [
      { text: '新增城镇就业5.5万人', label: '新增城镇就业', value: 5.5, unit: '万人', kind: 'target' },
      { text: '城乡低保标准提高到每人每月860元', label: '城乡低保标准', value: 860, unit: '元', kind: 'target' },
      { text: '新增城镇就业5.2万人', label: '新增城镇就业', value: 5.2, unit: '万人', kind: 'actual' },
    ],
  },
  {
    name: 'a pledge with 将 outside the plan, and 建设人民满意的政府 as a part of its own',
    input: '第四部分 建设人民满意的政府\n2022年办理人大代表建议和政协提案1046件。今年,一般性支出将再压减8%。',
    results: [
      { text: '办理人大代表建议和政协提案1046件', label: '办理人大代表建议和政协提案', value: 1046, unit: '件', kind: 'actual' },
      { text: '一般性支出将再压减8%', label: '一般性支出', value: null, unit: null, change: { value: -8, unit: '%' }, kind: 'target' },
    ],
  },
  {
    name: 'the plan recalls last year (去年…, 已建成…); the review quotes last year\'s target; 政府自身建设 mixes both',
    input: '二、2024年工作安排\n去年全县新增市场主体5820户,今年力争突破6500户。已建成社区服务设施36个,再建40个。\n三、加强政府自身建设\n2023年办理人大代表建议136件。今年一般性支出再压减5%。',
    results: [
      { text: '新增市场主体5820户', label: '新增市场主体', value: 5820, unit: '户', kind: 'actual' },
      { text: '突破6500户', label: '市场主体', value: 6500, unit: '户', kind: 'target', approx: true },
      { text: '建成社区服务设施36个', label: '建成社区服务设施', value: 36, unit: '个', kind: 'actual' },
      { text: '再建40个', label: '再建', value: 40, unit: '个', kind: 'target' },
      { text: '办理人大代表建议136件', label: '办理人大代表建议', value: 136, unit: '件', kind: 'actual' },
      { text: '一般性支出再压减5%', label: '一般性支出', value: null, unit: null, change: { value: -5, unit: '%' }, kind: 'target' },
    ],
  },
  {
    name: 'a review that quotes the target it set (…增长6%的预期目标)',
    input: '一年来,地区生产总值增长6.8%,超过年初确定的增长6%的预期目标。',
    results: [
      { text: '地区生产总值增长6.8%', label: '地区生产总值', value: null, unit: null, change: { value: 6.8, unit: '%' }, kind: 'actual' },
      { text: '增长6%', label: '地区生产总值', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'target' },
    ],
  },
  {
    name: 'rows of targets set against results (X:目标…,实际…); lines that open with a name are not joined',
    input: '地区生产总值:目标增长6.5%,实际增长6.9%,总量达到865.2亿元\n一般公共预算收入:目标增长5%,完成51.3亿元,增长5.6%\n城镇调查失业率:目标5.5%以内,实际4.9%',
    results: [
      { text: '目标增长6.5%', label: '地区生产总值', value: null, unit: null, change: { value: 6.5, unit: '%' }, kind: 'target' },
      { text: '实际增长6.9%', label: '地区生产总值', value: null, unit: null, change: { value: 6.9, unit: '%' }, kind: 'actual' },
      { text: '总量达到865.2亿元', label: '地区生产总值总量', value: 865.2, unit: '亿元', kind: 'actual' },
      { text: '目标增长5%', label: '一般公共预算收入', value: null, unit: null, change: { value: 5, unit: '%' }, kind: 'target' },
      { text: '51.3亿元', label: '一般公共预算收入', value: 51.3, unit: '亿元', change: { value: 5.6, unit: '%' }, kind: 'actual' },
      { text: '目标5.5%以内', label: '城镇调查失业率', value: 5.5, unit: '%', kind: 'target', approx: true },
      { text: '4.9%', label: '城镇调查失业率', value: 4.9, unit: '%', kind: 'actual' },
    ],
  },
  {
    name: 'a target named in running text, then the result; 实际增长 alone is real growth',
    input: '年初确定的地区生产总值目标增长6%,实际增长6.8%。\n今年主要预期目标是:城镇居民人均可支配收入实际增长6%。',
    results: [
      { text: '地区生产总值目标增长6%', label: '地区生产总值', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'target' },
      { text: '实际增长6.8%', label: '地区生产总值', value: null, unit: null, change: { value: 6.8, unit: '%' }, kind: 'actual' },
      { text: '城镇居民人均可支配收入实际增长6%', label: '城镇居民人均可支配收入', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'target' },
    ],
  },
  {
    name: 'news coverage: a sentence naming the coming year and an intent states targets',
    input: '2024年,新区将确保地区生产总值增长6.5%左右。据了解,今年全区计划新增学位5000个以上。县长提出,2023年单位GDP能耗下降3%左右。',
    results: [
      { text: '地区生产总值增长6.5%左右', label: '地区生产总值', value: null, unit: null, change: { value: 6.5, unit: '%' }, kind: 'target', approx: true },
      { text: '新增学位5000个以上', label: '新增学位', value: 5000, unit: '个', kind: 'target', approx: true },
      { text: '单位GDP能耗下降3%左右', label: '单位GDP能耗', value: null, unit: null, change: { value: -3, unit: '%' }, kind: 'target', approx: true },
    ],
  },
  {
    name: 'past-year sentences with 将 (把), 今年以来, 年度计划 stay actual',
    input: '2023年,将民生实事纳入考核,新增就业1200人。今年以来,计划外投资完成8亿元。2023年实施重点项目105个,年度计划投资160亿元。',
    results: [
      { text: '新增就业1200人', label: '新增就业', value: 1200, unit: '人', kind: 'actual' },
      { text: '计划外投资完成8亿元', label: '计划外投资', value: 8, unit: '亿元', kind: 'actual' },
      { text: '实施重点项目105个', label: '实施重点项目', value: 105, unit: '个', kind: 'actual' },
      { text: '年度计划投资160亿元', label: '年度计划投资', value: 160, unit: '亿元', kind: 'actual' },
    ],
  },
  {
    name: 'a review that mentions the main indicators, the targets met, or the report title is no plan',
    input: '蔚屿开发区2023年工作报告\n主要指标全面向好:规上工业增加值增长12.6%。\n▶ 主要目标完成情况\n地区生产总值增长6.9%。',
    results: [
      { text: '规上工业增加值增长12.6%', label: '规上工业增加值', value: null, unit: null, change: { value: 12.6, unit: '%' }, kind: 'actual' },
      { text: '地区生产总值增长6.9%', label: '地区生产总值', value: null, unit: null, change: { value: 6.9, unit: '%' }, kind: 'actual' },
    ],
  },
  {
    name: 'a target stated as 目标定在 / 预期增长',
    input: '今年预期目标定在5.5%左右。今年GDP预期增长5%以上。',
    results: [
      { text: '预期目标定在5.5%左右', label: '预期目标', value: 5.5, unit: '%', kind: 'target', approx: true },
      { text: 'GDP预期增长5%以上', label: 'GDP', value: null, unit: null, change: { value: 5, unit: '%' }, kind: 'target', approx: true },
    ],
  },
  {
    name: '预计 covers the rest of its sentence',
    input: '全年财政收入32亿元。预计全年地区生产总值增长6%;进出口总额18亿美元。',
    results: [
      { text: '财政收入32亿元', label: '财政收入', value: 32, unit: '亿元', kind: 'actual' },
      { text: '地区生产总值增长6%', label: '地区生产总值', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'estimate' },
      { text: '进出口总额18亿美元', label: '进出口总额', value: 18, unit: '亿美元', kind: 'estimate' },
    ],
  },
  {
    name: 'the 预期目标 paragraph opens the plan',
    input: '过去一年新增就业8000人。\n今年主要预期目标是:地区生产总值增长6%左右。一般公共预算收入增长5%。\n(一)扩大投资。实施重点项目120个。',
    results: [
      { text: '新增就业8000人', label: '新增就业', value: 8000, unit: '人', kind: 'actual' },
      { text: '地区生产总值增长6%左右', label: '地区生产总值', value: null, unit: null, change: { value: 6, unit: '%' }, kind: 'target', approx: true },
      { text: '一般公共预算收入增长5%', label: '一般公共预算收入', value: null, unit: null, change: { value: 5, unit: '%' }, kind: 'target' },
      { text: '实施重点项目120个', label: '实施重点项目', value: 120, unit: '个', kind: 'target' },
    ],
  },
  {
    name: 'the plan section of a report',
    input: '一、2023年工作回顾\n新建公园6个。\n二、2024年工作安排\n新建公园8个。',
    results: [
      { text: '新建公园6个', label: '新建公园', value: 6, unit: '个', kind: 'actual' },
      { text: '新建公园8个', label: '新建公园', value: 8, unit: '个', kind: 'target' },
    ],
  },
  {
    name: 'comparisons with other regions are kept apart',
    input: '地区生产总值增长6.1%,高于全省0.5个百分点。',
    results: [
      { text: '地区生产总值增长6.1%', label: '地区生产总值', value: null, unit: null, change: { value: 6.1, unit: '%' } },
      { text: '高于全省0.5个百分点', label: '高于全省', value: 0.5, unit: '个百分点', kind: 'comparison' },
    ],
  },
  {
    name: 'ranks are kept apart with their own label',
    input: '地区生产总值增长6.1%,增速居全省第3位。',
    results: [
      { text: '地区生产总值增长6.1%', label: '地区生产总值', value: null, unit: null, change: { value: 6.1, unit: '%' } },
      { text: '居全省第3位', label: '地区生产总值增速排名', value: 3, unit: '位', kind: 'rank' },
    ],
  },
  {
    name: 'figures of a part of the year keep their period (no headline key)',
    input: '1-11月,规上工业增加值增长8.1%。前三季度地区生产总值增长5.2%。',
    results: [
      { text: '规上工业增加值增长8.1%', label: '1-11月规上工业增加值', value: null, unit: null, change: { value: 8.1, unit: '%' } },
      { text: '前三季度地区生产总值增长5.2%', label: '前三季度地区生产总值', value: null, unit: null, change: { value: 5.2, unit: '%' } },
    ],
  },
  {
    name: 'multi-year averages keep 年均 in the label',
    input: '地区生产总值320亿元,年均增长7.5%。',
    results: [
      { text: '地区生产总值320亿元', label: '地区生产总值', value: 320, unit: '亿元' },
      { text: '增长7.5%', label: '地区生产总值年均', value: null, unit: null, change: { value: 7.5, unit: '%' } },
    ],
  },
];

export const SCRIPT_AND_NOISE: Case[] = [
  {
    name: 'a unit split after its multiplier by a line break; 吉瓦时 and 兆瓦',
    input: '财政总收入246.1亿\n元,增长6%。新能源电池产能达到45吉瓦时,光伏装机120兆瓦。',
    results: [
      { text: '财政总收入246.1亿\n元', label: '财政总收入', value: 246.1, unit: '亿元', change: { value: 6, unit: '%' } },
      { text: '新能源电池产能达到45吉瓦时', label: '新能源电池产能', value: 45, unit: '吉瓦时' },
      { text: '光伏装机120兆瓦', label: '光伏装机', value: 120, unit: '兆瓦' },
    ],
  },
  {
    name: 'a minus sign before a level or a change; a dash between numbers is none',
    input: '人口自然增长率为-1.2‰,家用电器类零售额增长-3.8%。城镇新增就业1.2万-1.5万人。',
    results: [
      { text: '人口自然增长率为-1.2‰', label: '人口自然增长率', value: -1.2, unit: '‰' },
      { text: '家用电器类零售额增长-3.8%', label: '家用电器类零售额', value: null, unit: null, change: { value: -3.8, unit: '%' } },
      { text: '城镇新增就业1.2万-1.5万人', label: '城镇新增就业', value: 1.2, unit: '万人', approx: true },
    ],
  },
  {
    name: 'minutes as a unit, but not in the name of a service circle; a run-in heading stays out of the label',
    input: '【城市能级持续提升】院前急救平均反应时间缩短到11分钟,建成“15分钟便民生活圈”23个。',
    results: [
      { text: '院前急救平均反应时间缩短到11分钟', label: '院前急救平均反应时间', value: 11, unit: '分钟' },
      { text: '建成“15分钟便民生活圈”23个', label: '建成“15分钟便民生活圈”', value: 23, unit: '个' },
    ],
  },
  {
    name: 'OCR slips a reader reads through: 。 for a decimal point, O for 0',
    input: '地区生产总值增长3。6%,一般公共预算收入1O.36亿元。实施项目12个。6月份开工。',
    results: [
      { text: '地区生产总值增长3。6%', label: '地区生产总值', value: null, unit: null, change: { value: 3.6, unit: '%' } },
      { text: '一般公共预算收入1O.36亿元', label: '一般公共预算收入', value: 10.36, unit: '亿元' },
      { text: '实施项目12个', label: '实施项目', value: 12, unit: '个' },
    ],
  },
  {
    name: 'bare 千/百/万 before 余, and 头只',
    input: '带动转移就业千余人,培育家庭农场百余家,牲畜存栏286万头只。',
    results: [
      { text: '带动转移就业千余人', label: '带动转移就业', value: 1000, unit: '人', approx: true },
      { text: '培育家庭农场百余家', label: '培育家庭农场', value: 100, unit: '家', approx: true },
      { text: '牲畜存栏286万头只', label: '牲畜存栏', value: 286, unit: '万头只' },
    ],
  },
  {
    name: 'traditional script, pinyin glosses, full-width digits',
    input: '地區生產總值增長(zhǎng)６.５％,財政收入１２.８億元。',
    results: [
      { text: '地區生產總值增長(zhǎng)６.５％', label: '地区生产总值', value: null, unit: null, change: { value: 6.5, unit: '%' } },
      { text: '財政收入１２.８億元', label: '财政收入', value: 12.8, unit: '亿元' },
    ],
  },
  {
    name: 'spaces inside a number and before the unit',
    input: '接待游客2 350万人次,旅游收入66.1 亿元。',
    results: [
      { text: '接待游客2 350万人次', label: '接待游客', value: 2350, unit: '万人次' },
      { text: '旅游收入66.1 亿元', label: '旅游收入', value: 66.1, unit: '亿元' },
    ],
  },
  {
    name: 'a hard-wrapped line inside a number',
    input: '各项工作扎实推进,经济社会发展稳中有进,农村居民人均可支配收入18\n650元、增长8.1%。',
    results: [{ text: '农村居民人均可支配收入18\n650元', label: '农村居民人均可支配收入', value: 18650, unit: '元', change: { value: 8.1, unit: '%' } }],
  },
  {
    name: 'anti-copy tokens repeated through the page',
    input: '各位代表:Qx7\n现在我代表县政府报告工作。Qx7\n全年完成投资5Qx7\n8亿元。Qx7',
    results: [{ text: '完成投资5Qx7\n8亿元', label: '完成投资', value: 58, unit: '亿元' }],
  },
];

export const NOT_FIGURES: Case[] = [
  { name: 'a bare 百亿/千亿 naming a class', input: '经济总量连跨三个百亿台阶,成为全市首个千亿园区。', results: [] },
  { name: 'a glossary at the end defines terms, states no figures', input: '新建口袋公园22座。\n附件\n名词解释\n1.口袋公园:指面积在400至10000平方米之间、服务半径500米左右的小型公园。', results: [
    { text: '新建口袋公园22座', label: '新建口袋公园', value: 22, unit: '座' },
  ] },
  { name: 'three-quarters and more of something is a threshold', input: '三分之二以上的村建成示范点。', results: [] },
  { name: 'thresholds and distances that qualify a noun', input: '可用财力不足5000万元的乡镇有待扶持,提高公交站点500米覆盖范围。', results: [] },
  { name: 'registration is no page furniture here, 备案号 is', input: '新增外贸备案企业210家。网站备案号:京ICP备12345678号', results: [
    { text: '新增外贸备案企业210家', label: '新增外贸备案企业', value: 210, unit: '家' },
  ] },
  { name: 'dates and years', input: '2024年1月18日在第十五届人民代表大会第三次会议上', results: [] },
  { name: 'ordinals and batches', input: '入选第三批国家级示范区,第二届论坛在第5号厅举行。', results: [] },
  { name: 'numbers inside names', input: '开通12345热线,推进“1+1+N”工程,打造“三公里”就业圈和15分钟生活圈。', results: [] },
  { name: 'name suffixes', input: '建成220千伏变电站,获评AAA级信用,进入百强县。', results: [] },
  { name: 'thresholds qualifying a noun', input: '推进亿元以上项目建设,实施5亿元以上重大项目。', results: [] },
  { name: 'composite ratios', input: '三次产业结构比为9.6∶38.2∶52.2。', results: [] },
  { name: 'idioms and slogans', input: '粮食生产实现十连丰,金融业增加值翻一番,实现“零死亡”,落实中央八项规定。', results: [] },
  { name: 'times and phones', input: '发布时间:2023-01-05 10:30 电话:0551-1234567', results: [] },
  { name: 'page furniture', input: '浏览次数:1256次 来源:县政府办 阅读:3.2万 点赞12 评论5条', results: [] },
  {
    name: 'streaks that belong to a ranking',
    input: '工业投资增速连续8个月位居全省第1。',
    results: [{ text: '位居全省第1', label: '工业投资增速排名', value: 1, unit: null, kind: 'rank' }],
  },
  { name: 'articles and quoted counts', input: '坚定“四个自信”,做到“两个维护”,形成一批成果。', results: [] },
  { name: 'malformed rate words', input: '百分之点五,百分之三点,千分之', results: [] },
  {
    name: 'a conjunction opening the clause is not part of the label',
    input: '但跨境电商交易额增长35%,同时外贸依存度下降2个百分点。',
    results: [
      { text: '跨境电商交易额增长35%', label: '跨境电商交易额', value: null, unit: null, change: { value: 35, unit: '%' } },
      { text: '外贸依存度下降2个百分点', label: '外贸依存度', value: null, unit: null, change: { value: -2, unit: '个百分点' } },
    ],
  },
  { name: 'per-capita qualifiers', input: '每万人口发明专利拥有量提高。', results: [] },
  { name: 'a figure cut off at the end of a fragment', input: '新开工项目数、总投资分别增长8%和9%,120个', results: [
    { text: '新开工项目数、总投资分别增长8%', label: '新开工项目数', value: null, unit: null, change: { value: 8, unit: '%' } },
    { text: '9%', label: '新开工项目总投资', value: null, unit: null, change: { value: 9, unit: '%' } },
  ] },
];

export const ALL_CASES: Array<[string, Case[]]> = [
  ['levels and changes', LEVELS_AND_CHANGES],
  ['lists', LISTS],
  ['more labels', MORE_LABELS],
  ['held-out lessons', HELD_OUT_LESSONS],
  ['approximations', APPROXIMATIONS],
  ['kinds', KINDS],
  ['script and noise', SCRIPT_AND_NOISE],
  ['not figures', NOT_FIGURES],
];
