// Region names and their level, from the title, the dateline or the file name.
import type { RegionLevel } from '../model';

/** Province-level municipalities: their 市 is a province. */
const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);

/** One administrative unit: a name of 2+ Han characters ending in its kind. */
const UNIT = '[\u4e00-\u9fff]{1,12}?(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|地区|省|市|盟|区|县|旗)';
const UNIT_RE = new RegExp(UNIT, 'g');

/** Level of the last unit of a region name ('铜陵市铜官区' → district). */
export function levelOf(region: string): RegionLevel | null {
  if (MUNICIPALITIES.has(region)) return 'province';
  if (/(省|自治区|特别行政区)$/.test(region)) return 'province';
  if (/(区|新区)$/.test(region) && !/地区$/.test(region)) return 'district';
  if (/(县|旗|自治县)$/.test(region)) return 'county';
  if (/(市|自治州|盟|地区)$/.test(region)) {
    // A 市 under another 市 is a county-level city (铜陵市枞阳县 / 安庆市潜山市).
    return (region.match(/市/g)?.length ?? 0) >= 2 ? 'county' : 'city';
  }
  return null;
}

// Words that end like a unit but are not places.
const NOT_A_REGION = /^(人民|政府|本|我|全|该|各|全市|全县|全区|全省|市区|城区|地区|社区|园区|景区|开发区|试验区|示范区|街区|片区|辖区|新区|城市|都市|县市|省市|市县|上市|超市|关于|政府工作|关于市|关于县|关于区)$/;

/** A region name made of consecutive units, cleaned of what precedes it ('关于', years, brackets). */
export function cleanRegion(raw: string): string | null {
  let s = raw.replace(/^.*[\]】)》〉]/, '').replace(/^(?:\d{4}年(?:度)?|关于|中共|在)+/, '').trim();
  s = s.replace(/\s+/g, '');
  if (!s || /人民|政府|代表|会议|大会|委员|工作|报告|[\d]/.test(s)) return null;
  const units = s.match(UNIT_RE);
  if (!units || units.join('') !== s) return null;
  if (units.some((u) => NOT_A_REGION.test(u) || u.length < 2)) return null;
  // Provinces in front of a city ('安徽省合肥市') are context, not part of the name we compare by.
  const withoutProvince = units.length > 1 && levelOf(units[0]) === 'province' ? units.slice(1) : units;
  return withoutProvince.join('');
}
