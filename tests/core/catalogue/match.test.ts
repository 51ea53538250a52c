import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCatalogue, defaultCatalogue, labelKey, type MetricDef } from '../../../src/core/catalogue';

const catalogue = defaultCatalogue();

describe('match: wordings of catalogued metrics', () => {
  it.each([
    // [label, unit, expected metric]
    ['地区生产总值', '亿元', 'gdp'],
    ['全区生产总值', null, 'gdp'],
    ['全年地区生产总值', '亿元', 'gdp'],
    ['全市实现地区生产总值', '亿元', 'gdp'],
    ['gdp', null, 'gdp'],
    ['ＧＤＰ总量', '亿元', 'gdp'],
    ['地區生產總值', '億元', 'gdp'],
    ['地区生产总值(GDP)', '亿元', 'gdp'],
    ['经济总量', '亿元', 'gdp'],
    ['规上工业增加值', null, 'industrial_value_added'],
    ['规模工业增加值', null, 'industrial_value_added'],
    ['全部工业增加值', '亿元', 'industrial_value_added'],
    ['固定资产投资(不含农户)', null, 'fixed_asset_investment'],
    ['完成全社会固定资产投资', '亿元', 'fixed_asset_investment'],
    ['限上社零额', null, 'retail_sales'],
    ['社零总额', '亿元', 'retail_sales'],
    ['本级一般公共预算收入', '亿元', 'general_budget_revenue'],
    ['地方级财政收入', '亿元', 'general_budget_revenue'],
    ['财政总收入', '亿元', 'fiscal_revenue'],
    ['一般公共预算总收入', '亿元', 'fiscal_revenue'],
    ['公共财政支出', '亿元', 'general_budget_expenditure'],
    ['外贸进出口总额', '亿元', 'foreign_trade'],
    ['进出口', null, 'foreign_trade'],
    ['外贸出口', '亿元', 'exports'],
    ['出口总值', '亿美元', 'exports'],
    ['实际利用外商直接投资', '亿美元', 'foreign_investment'],
    ['城镇常住居民人均可支配收入', '元', 'urban_disposable_income'],
    ['城镇居民人均可支配收入', '元', 'urban_disposable_income'],
    ['农民人均纯收入', '元', 'rural_disposable_income'],
    ['全体居民人均可支配收入', '元', 'resident_disposable_income'],
    ['新增就业', '万人', 'new_urban_jobs'],
    ['城镇登记失业率', '%', 'urban_unemployment_rate'],
    ['居民消费价格总水平', null, 'cpi'],
    ['CPI', '%', 'cpi'],
    ['高新技术企业总数', '家', 'high_tech_enterprises'],
    ['空气质量优良天数比例', '%', 'good_air_days_ratio'],
    ['单位GDP能耗', null, 'energy_intensity'],
    ['民生资金', '亿元', 'livelihood_spending'],
    ['人均地区生产总值', '元', 'per_capita_gdp'],
    ['服务业增加值', null, 'tertiary_industry_value_added'],
    ['PM2.5年均浓度', '微克/立方米', 'pm25'],
    ['城乡居民收入比', null, 'urban_rural_income_ratio'],
    ['全社会研发经费支出占GDP比重', '%', 'rd_intensity'],
    ['新登记市场主体', '户', 'new_market_entities'],
    // The region's own name, and verbs a label may keep.
    ['广州市地区生产总值', null, 'gdp'],
    ['旗所在地空气质量优良天数比例', '%', 'good_air_days_ratio'],
    ['县财政用于民生的支出', '亿元', 'livelihood_spending'],
    ['农牧民人均可支配收入', '元', 'rural_disposable_income'],
    ['区级一般公共预算收入', '亿元', 'general_budget_revenue'],
    ['教育、卫生等民生支出', '亿元', 'livelihood_spending'],
    ['县级财政收入', '亿元', 'fiscal_revenue'],
    ['合肥市规上工业增加值', '亿元', 'industrial_value_added'],
    ['投入民生资金', '亿元', 'livelihood_spending'],
    ['年全县实现生产总值', '亿元', 'gdp'],
    ['年广州市地区生产总值', null, 'gdp'],
  ] as const)('%s [%s] → %s', (label, unit, expected) => {
    const result = catalogue.match(label, unit);
    expect(result.metric).toBe(expected);
    expect(result.catalogued).toBe(true);
  });
});

describe('match: labels that are not the metric they mention', () => {
  it.each([
    // Shares, ratios, rates and intensities of X are not X.
    ['民生资金占公共财政支出比重', '%', 'general_budget_expenditure'],
    ['民生资金占公共财政支出比重', '%', 'livelihood_spending'],
    ['服务业增加值占生产总值比重', '%', 'gdp'],
    ['制造业投资占全部投资比重', '%', 'fixed_asset_investment'],
    ['地区生产总值增长率', '%', 'gdp'],
    // Other measures of the same thing.
    ['规上工业企业能耗', null, 'industrial_value_added'],
    ['规模以上工业企业利润', null, 'industrial_value_added'],
    ['人均地区生产总值', '元', 'gdp'],
    ['城乡居民人均可支配收入', null, 'resident_disposable_income'],
    ['镇级财政收入', '万元', 'fiscal_revenue'],
    ['财政收入超亿元的镇', '个', 'fiscal_revenue'],
    ['高新技术产业增加值', null, 'industrial_value_added'],
    ['机电产品出口', '亿元', 'exports'],
    ['新增高新技术企业', '家', 'high_tech_enterprises'],
    ['高新技术企业净增', '家', 'high_tech_enterprises'],
    ['高新技术企业、科技型中小企业总量', '家', 'high_tech_enterprises'],
    // Zones inside a region are not the region.
    ['高新区生产总值', '亿元', 'gdp'],
    ['经开区规上工业增加值', '亿元', 'industrial_value_added'],
    ['中心城区地区生产总值', '亿元', 'gdp'],
    ['长三角地区生产总值', '亿元', 'gdp'],
    ['市经开区营收', '亿元', 'gdp'],
    ['市区生产总值', '亿元', 'gdp'],
    ['小区停车位', '个', 'parking_spaces'],
    // Periods other than the year: multi-year averages and totals, quarters, months, earlier years.
    ['地区生产总值年均', null, 'gdp'],
    ['gdp年均', null, 'gdp'],
    ['一季度地区生产总值', null, 'gdp'],
    ['上半年规上工业增加值', null, 'industrial_value_added'],
    ['1-6月固定资产投资', null, 'fixed_asset_investment'],
    ['“十三五”累计固定资产投资', '亿元', 'fixed_asset_investment'],
    ['累计实际使用外资', '亿美元', 'foreign_investment'],
    ['全社会固定资产投资累计', '亿元', 'fixed_asset_investment'],
    ['2011年地区生产总值', '万亿元', 'gdp'],
    // A unit the metric cannot be stated in.
    ['地区生产总值', '家', 'gdp'],
    ['城镇登记失业率', '万人', 'urban_unemployment_rate'],
    ['新增城镇就业', '亿元', 'new_urban_jobs'],
  ] as const)('%s [%s] is not %s', (label, unit, notThis) => {
    const result = catalogue.match(label, unit);
    expect(result.metric).not.toBe(notThis);
  });

  it.each([
    ['地区生产总值年均'],
    ['一季度地区生产总值'],
    ['民生资金占公共财政支出比重'],
    ['规上工业企业能耗'],
    ['某某"1+3+N"产业集群产值'],
  ])('%s falls back to its label key', (label) => {
    expect(catalogue.match(label)).toMatchObject({ metric: labelKey(label), catalogued: false, via: 'label' });
  });

  it('refuses a catalogue match on unit but still gives the label key', () => {
    expect(catalogue.match('地区生产总值', '家')).toMatchObject({ metric: labelKey('地区生产总值'), catalogued: false });
    expect(catalogue.match('地区生产总值', '亿元').metric).toBe('gdp');
    expect(catalogue.match('地区生产总值', '万').metric).toBe('gdp');
    expect(catalogue.match('地区生产总值', 'unknown-unit').metric).toBe('gdp');
  });
});

describe('labelKey', () => {
  it.each([
    // Wordings that must share a key.
    ['全市新增外贸实绩企业', '新增外贸实绩企业'],
    ['我区 新增外贸实绩企业', '新增外贸实绩企业'],
    ['新增“口袋公园”', '新增口袋公园'],
    ['新增口袋公園', '新增口袋公园'],
    ['ｐｐｐ项目', 'PPP项目'],
    ['规上工业企业利润', '规模以上工业企业利润'],
    ['限上零售额', '限额以上零售额'],
    ['增長(zhǎng)率', '增长率'],
  ])('%s ≡ %s', (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
  });

  it.each([
    // Wordings that must not.
    ['城镇居民收入', '农村居民收入'],
    ['新增学位', '新增学校'],
    ['地区生产总值年均', '地区生产总值'],
    ['人均生产总值', '生产总值'],
  ])('%s ≢ %s', (a, b) => {
    expect(labelKey(a)).not.toBe(labelKey(b));
  });

  it('starts with label: and keeps a label that is only a region word', () => {
    expect(labelKey('全市')).toBe('label:全市');
    expect(labelKey('  ')).toBe('label:');
  });
});

describe('user aliases', () => {
  const metrics: MetricDef[] = [
    { key: 'gdp', zh: '地区生产总值', en: 'GDP', aliases: ['生产总值', 'GDP'], unitType: 'money', headline: true },
    { key: 'industrial_investment', zh: '工业投资', en: 'Industrial investment', aliases: ['工业投资'], unitType: 'money', headline: false },
  ];

  it('merge a label, a label key or a metric key, and win over the catalogue', () => {
    const catalogue = createCatalogue(metrics, {
      '技改投资': 'industrial_investment',
      'label:工业性投资': 'industrial_investment',
      '生产总值': 'my_gdp',
      industrial_investment: 'all_investment',
    });
    expect(catalogue.match('全市技改投资')).toEqual({ metric: 'all_investment', catalogued: false, via: 'user' });
    expect(catalogue.match('工业性投资').metric).toBe('all_investment');
    expect(catalogue.match('全区生产总值')).toMatchObject({ metric: 'my_gdp', via: 'user' });
    expect(catalogue.match('GDP').metric).toBe('gdp');
    expect(catalogue.match('工业投资')).toMatchObject({ metric: 'all_investment', via: 'user' });
  });

  it('survive a merge cycle', () => {
    const catalogue = createCatalogue(metrics, { 'label:甲': 'label:乙', 'label:乙': 'label:甲' });
    expect(['label:甲', 'label:乙']).toContain(catalogue.match('甲').metric);
  });

  it('report catalogued when the target is a catalogue key', () => {
    const catalogue = createCatalogue(metrics, { '经济总盘子': 'gdp' });
    expect(catalogue.match('经济总盘子')).toEqual({ metric: 'gdp', catalogued: true, via: 'user' });
  });

  it('defaultCatalogue is memoised, and per aliases object', () => {
    expect(defaultCatalogue()).toBe(defaultCatalogue());
    expect(defaultCatalogue({})).toBe(defaultCatalogue());
    const aliases = { '技改投资': 'fixed_asset_investment' };
    expect(defaultCatalogue(aliases)).toBe(defaultCatalogue(aliases));
    expect(defaultCatalogue(aliases).match('技改投资').metric).toBe('fixed_asset_investment');
  });
});

describe('properties', () => {
  const reportish = fc.string({ unit: fc.constantFrom(...'全市区县年实现地区生产总值规上工业增加值占比重率年均季度1-6月“”()（）ＧＤＰgdp 、,亿元%'.split('')), maxLength: 24 });
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), reportish);

  it('match and labelKey never throw and always give a key', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.oneof(fc.string(), fc.constantFrom('亿元', '%', '家', '万'))), (label, unit) => {
        const result = catalogue.match(label, unit);
        expect(typeof result.metric).toBe('string');
        expect(result.metric.length).toBeGreaterThan(0);
        expect(result.catalogued).toBe(catalogue.get(result.metric) !== undefined);
        expect(labelKey(label).startsWith('label:')).toBe(true);
      }),
    );
  });

  it('labelKey is stable under the normalisation it applies', () => {
    fc.assert(
      fc.property(reportish, (label) => {
        const key = labelKey(label);
        expect(labelKey(key.slice('label:'.length))).toBe(key);
      }),
    );
  });

  it('a label of another period never carries a headline key', () => {
    const headlineAlias = fc.constantFrom(...catalogue.metrics.filter((m) => m.headline).flatMap((m) => m.aliases));
    const period = fc.constantFrom('年均', '一季度', '上半年', '1-6月', '“十三五”累计', '2019年');
    fc.assert(
      fc.property(headlineAlias, period, fc.boolean(), (alias, when, before) => {
        const metric = catalogue.get(catalogue.match(before ? when + alias : alias + when).metric);
        expect(metric?.headline ?? false).toBe(false);
      }),
    );
  });
});
