// Deterministic synthetic work reports for the benchmark: sentence templates written by us in
// the style of 政府工作报告 (results with changes, distributive lists, estimates, targets, narrative
// without figures) plus the noise of scraped pages (navigation, dates, ordinals, names with
// numbers, ASCII punctuation, pinyin glosses, traditional characters, numbers broken by a line
// break). Same seed → same text, so figures from two runs compare.

/** mulberry32: small, fast, good enough to vary templates. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

interface Measure {
  label: string;
  unit: string;
  min: number;
  max: number;
  decimals: number;
}

const MEASURES: Measure[] = [
  { label: '地区生产总值', unit: '亿元', min: 80, max: 6000, decimals: 1 },
  { label: '规模以上工业增加值', unit: '亿元', min: 20, max: 2000, decimals: 1 },
  { label: '全社会固定资产投资', unit: '亿元', min: 50, max: 3000, decimals: 1 },
  { label: '社会消费品零售总额', unit: '亿元', min: 30, max: 2500, decimals: 1 },
  { label: '一般公共预算收入', unit: '亿元', min: 5, max: 600, decimals: 2 },
  { label: '财政总收入', unit: '亿元', min: 8, max: 900, decimals: 2 },
  { label: '进出口总额', unit: '亿元', min: 10, max: 1500, decimals: 1 },
  { label: '实际利用外资', unit: '亿美元', min: 0.5, max: 40, decimals: 2 },
  { label: '城镇常住居民人均可支配收入', unit: '元', min: 25000, max: 78000, decimals: 0 },
  { label: '农村常住居民人均可支配收入', unit: '元', min: 9000, max: 42000, decimals: 0 },
  { label: '新登记市场主体', unit: '户', min: 800, max: 90000, decimals: 0 },
  { label: '高新技术企业', unit: '家', min: 20, max: 3000, decimals: 0 },
  { label: '科技型中小企业', unit: '家', min: 30, max: 2000, decimals: 0 },
  { label: '粮食总产量', unit: '万吨', min: 5, max: 300, decimals: 1 },
  { label: '新增城镇就业', unit: '万人', min: 0.3, max: 30, decimals: 2 },
  { label: '空气质量优良天数比例', unit: '%', min: 70, max: 99.5, decimals: 1 },
  { label: '森林覆盖率', unit: '%', min: 20, max: 78, decimals: 2 },
  { label: '新改扩建学校', unit: '所', min: 2, max: 90, decimals: 0 },
  { label: '新增学位', unit: '个', min: 500, max: 40000, decimals: 0 },
  { label: '老旧小区改造', unit: '个', min: 5, max: 400, decimals: 0 },
  { label: '新改建农村公路', unit: '公里', min: 10, max: 900, decimals: 0 },
  { label: '高标准农田', unit: '万亩', min: 0.5, max: 60, decimals: 1 },
  { label: '接待游客', unit: '万人次', min: 50, max: 12000, decimals: 0 },
  { label: '旅游总收入', unit: '亿元', min: 5, max: 1600, decimals: 1 },
  { label: '养老床位', unit: '张', min: 100, max: 20000, decimals: 0 },
  { label: '发明专利授权量', unit: '件', min: 20, max: 9000, decimals: 0 },
  { label: '招商引资到位资金', unit: '亿元', min: 10, max: 1200, decimals: 1 },
  { label: '金融机构各项贷款余额', unit: '亿元', min: 100, max: 9000, decimals: 1 },
  { label: '民生支出', unit: '亿元', min: 5, max: 900, decimals: 1 },
  { label: '建筑业总产值', unit: '亿元', min: 10, max: 2000, decimals: 1 },
  { label: '税融通贷款', unit: '笔', min: 50, max: 4000, decimals: 0 },
  { label: '棚户区改造', unit: '户', min: 100, max: 15000, decimals: 0 },
  { label: '保障性租赁住房', unit: '套', min: 100, max: 9000, decimals: 0 },
  { label: '医疗卫生机构', unit: '个', min: 50, max: 3000, decimals: 0 },
  { label: '5G基站', unit: '个', min: 100, max: 20000, decimals: 0 },
];

const COUNTED = MEASURES.filter((m) => /^[户家个所张件套]$/.test(m.unit));
const RATES = ['城镇调查失业率', '居民消费价格涨幅', '单位生产总值能耗', '常住人口城镇化率', '研发投入强度'];
const REGIONS = ['全市', '全区', '全县', '我市', '我区', ''];
const VERBS = ['实现', '完成', '达到', '', '', '累计完成'];
const GROW = ['增长', '同比增长', '比上年增长', '增长', '下降', '回落'];
const APPROX_BEFORE = ['近', '约', '超', ''];
const APPROX_AFTER = ['余', '多', '以上', '左右', ''];

const NARRATIVE_SUBJECTS = ['坚持稳中求进工作总基调', '深入实施创新驱动发展战略', '持续优化营商环境', '扎实推进乡村振兴', '统筹发展和安全', '加快建设现代化产业体系', '全面深化改革开放', '持续保障和改善民生', '坚决打好污染防治攻坚战', '着力扩大有效投资'];
const NARRATIVE_PREDICATES = ['各项事业取得新进展', '经济运行稳中有进、稳中向好', '发展质量和效益稳步提升', '群众获得感幸福感安全感持续增强', '为高质量发展提供了有力支撑', '圆满完成了全年目标任务'];
const NOISE_LINES = [
  '首页 > 政务公开 > 政府工作报告',
  '【字体：大 中 小】 打印本页 关闭窗口',
  '来源：人民政府办公室 发布时间：2024-01-15 10:30 浏览次数：2316',
  '分享到：微信 微博 QQ空间',
  '版权所有：人民政府 地址：人民路1号 电话：0556-5512345 备案号：皖ICP备05001234号',
  '扫一扫在手机打开当前页',
];
const NUMBERED_NAMES = ['“1+N+X”产业体系', '12345政务服务便民热线', '“15分钟生活圈”', '第七届文化旅游节', '第三批国家级示范区', '“十四五”规划', '“暖民心”十大行动', 'AA级旅游景区'];
const TRADITIONAL: Record<string, string> = { 区: '區', 产: '產', 总: '總', 长: '長', 业: '業', 资: '資', 额: '額', 亿: '億', 万: '萬', 实: '實', 现: '現', 新: '新', 发: '發', 进: '進', 经: '經', 济: '濟' };
const PINYIN: Array<[string, string]> = [['增长', '增长(zhǎng)'], ['产业', '产业(yè)'], ['发展', '发展(zhǎn)']];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

function amount(rng: Rng, m: Measure): string {
  const value = m.min + (m.max - m.min) * rng() ** 2;
  return value.toFixed(m.decimals);
}
const percent = (rng: Rng, max = 15) => (rng() * max).toFixed(1);

function figure(rng: Rng, m: Measure): string {
  const before = chance(rng, 0.15) ? pick(rng, APPROX_BEFORE) : '';
  const after = chance(rng, 0.15) ? pick(rng, APPROX_AFTER) : '';
  const space = chance(rng, 0.05) ? ' ' : '';
  return `${before}${amount(rng, m)}${space}${m.unit}${after}`;
}

/** One sentence that states figures. */
const RESULT_TEMPLATES: Array<(rng: Rng) => string> = [
  (r) => { const m = pick(r, MEASURES); return `${pick(r, REGIONS)}${pick(r, VERBS)}${m.label}${figure(r, m)}，${pick(r, GROW)}${percent(r)}%。`; },
  (r) => { const [a, b] = [pick(r, MEASURES), pick(r, MEASURES)]; return `${a.label}${figure(r, a)}、${pick(r, GROW)}${percent(r)}%，${b.label}${figure(r, b)}、${pick(r, GROW)}${percent(r)}%。`; },
  (r) => { const m = pick(r, MEASURES); return `预计全年${m.label}${figure(r, m)}，增长${percent(r, 10)}%左右；${pick(r, MEASURES).label}增长${percent(r)}%。`; },
  (r) => `城镇、农村常住居民人均可支配收入分别增长${percent(r, 9)}%、${percent(r, 11)}%，城乡居民收入比缩小至${(1.5 + r()).toFixed(2)}。`,
  (r) => { const m = pick(r, COUNTED); return `新增${m.label}${amount(r, m)}${m.unit}，总数达${amount(r, m)}${m.unit}，是2015年的${(1 + r() * 3).toFixed(1)}倍。`; },
  (r) => `${pick(r, RATES)}${percent(r, 6)}%，比上年${pick(r, ['提高', '下降'])}${(r() * 3).toFixed(1)}个百分点。`,
  (r) => { const m = pick(r, MEASURES); return `${m.label}由${amount(r, m)}${m.unit}提高到${amount(r, m)}${m.unit}，年均增长${percent(r, 12)}%。`; },
  (r) => `发放税融通贷款${Math.floor(r() * 3000)}笔${(r() * 30).toFixed(1)}亿元，新增外贸、跨境电商实绩企业${Math.floor(r() * 40)}家、${Math.floor(r() * 60)}家。`,
  (r) => `实施亿元以上产业项目${Math.floor(r() * 200)}个，完成投资${(r() * 800).toFixed(1)}亿元，其中新开工项目${Math.floor(r() * 90)}个。`,
  (r) => `主要经济指标增速居全省第${1 + Math.floor(r() * 16)}位，高于全国、全省${(r() * 2).toFixed(1)}个、${(r() * 2).toFixed(1)}个百分点。`,
  (r) => `建成${pick(r, NUMBERED_NAMES)}，办结群众诉求${(r() * 30).toFixed(1)}万件，满意率${(90 + r() * 9.9).toFixed(1)}%。`,
  (r) => `${2015 + Math.floor(r() * 10)}年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日，${pick(r, NUMBERED_NAMES)}正式启动，连续${2 + Math.floor(r() * 20)}年保持全省先进。`,
];

const PLAN_TEMPLATES: Array<(rng: Rng) => string> = [
  (r) => `${pick(r, MEASURES).label}增长${percent(r, 9)}%左右`,
  (r) => `${pick(r, MEASURES).label}增长${percent(r, 12)}%以上`,
  (r) => `${pick(r, RATES)}控制在${percent(r, 6)}%以内`,
  (r) => { const m = pick(r, MEASURES); return `力争${m.label}突破${amount(r, m)}${m.unit}`; },
];

function narrative(rng: Rng): string {
  return `${pick(rng, NARRATIVE_SUBJECTS)}，${pick(rng, NARRATIVE_SUBJECTS)}，${pick(rng, NARRATIVE_PREDICATES)}。`;
}

/** Scraped-page damage applied to a sentence now and then. */
function damage(rng: Rng, sentence: string): string {
  let s = sentence;
  if (chance(rng, 0.08)) s = s.replace(/，/g, ',').replace(/；/g, ';');
  if (chance(rng, 0.04)) s = [...s].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  if (chance(rng, 0.04)) for (const [plain, glossed] of PINYIN) s = s.replace(plain, glossed);
  if (chance(rng, 0.03)) s = s.replace(/(\d)(\d)/, '$1\n$2');
  return s;
}

/** A report of about `targetChars` characters (never fewer), deterministic for a given seed. */
export function generateReport(seed: number, targetChars = 20_000): string {
  const rng = seededRandom(seed);
  const year = 2015 + Math.floor(rng() * 10);
  const parts: string[] = [pick(rng, NOISE_LINES), pick(rng, NOISE_LINES), `政府工作报告`, `——${year + 1}年1月${5 + Math.floor(rng() * 20)}日在人民代表大会上`, ''];
  let length = parts.join('\n').length;
  const push = (line: string) => {
    parts.push(line);
    length += line.length + 1;
  };
  push(`一、${year}年工作回顾`);
  const planAt = targetChars * 0.8;
  let paragraph: string[] = [];
  let pending = 0;
  while (length + pending < planAt) {
    const sentence = damage(rng, chance(rng, 0.35) ? narrative(rng) : pick(rng, RESULT_TEMPLATES)(rng));
    paragraph.push(sentence);
    pending += sentence.length;
    if (paragraph.length >= 4 + Math.floor(rng() * 5)) {
      push(paragraph.join(''));
      paragraph = [];
      pending = 0;
      if (chance(rng, 0.05)) push(pick(rng, NOISE_LINES));
    }
  }
  if (paragraph.length > 0) push(paragraph.join(''));
  push(`二、${year + 1}年工作安排`);
  while (length < targetChars) {
    const targets = Array.from({ length: 3 + Math.floor(rng() * 4) }, () => pick(rng, PLAN_TEMPLATES)(rng));
    push(damage(rng, `${year + 1}年经济社会发展的主要预期目标是：${targets.join('；')}。${narrative(rng)}`));
  }
  push(pick(rng, NOISE_LINES));
  return parts.join('\n');
}
