// Which kind of quantity a unit measures, so that a caller can refuse a match whose unit
// cannot be the metric's (地区生产总值 stated in 家 is not GDP). Only units we are sure of are
// classified; anything else is 'unknown' and never causes a refusal.
import type { UnitType } from './types';

export type UnitClass = UnitType | 'multiplier' | 'unknown';

const BASE_UNITS: Readonly<Record<string, UnitType>> = Object.freeze({
  ...fill('money', '元 美元 欧元 港元 日元 英镑 元人民币 人民币'),
  ...fill('count', '个 家 户 人 人次 家次 户次 项 件 所 座 处 名 位 次 套 张 辆 台 只 笔 场 例 期 批 起 宗 栋 幢 间 条 头 株 棵 册 部 支 份 篇 艘 架 盏 眼 口 种 款 对 组 批次 单 票 班 趟 列 床 张床 天 村 镇 乡 校 园'),
  ...fill('rate', '% ‰ 个百分点 百分点'),
  ...fill('area', '亩 平方米 平方公里 平方千米 公顷 平米 M2 KM2'),
  ...fill('length', '公里 千米 米 里 KM'),
  ...fill('mass', '吨 斤 公斤 千克 克 担'),
  ...fill('energy', '千瓦时 度 千瓦 瓦 兆瓦 吨标准煤 吨标煤 标准煤 KWH KW MW'),
  ...fill('ratio', '倍'),
});

function fill(type: UnitType, units: string): Record<string, UnitType> {
  return Object.fromEntries(units.split(' ').map((u) => [u, type]));
}

/** Multipliers written before the base unit (亿元, 万人, 万千瓦), longest first. */
const MULTIPLIER = /^(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百|十)/;

/** Classify a unit as written after a number ('亿元', '万户', '%', '万'). */
export function classifyUnit(unit: string): UnitClass {
  const u = unit.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (u === '') return 'unknown';
  const direct = BASE_UNITS[u];
  if (direct) return direct;
  const base = u.replace(MULTIPLIER, '');
  if (base === '') return 'multiplier';
  if (base === u) return 'unknown';
  return BASE_UNITS[base] ?? 'unknown';
}

/**
 * Whether a figure in `unit` can measure a metric of `expected` type. No unit (change-only or
 * dimensionless statements) always fits; so do units we cannot classify, and bare multipliers
 * (530万, 工业总产值12亿) except for rates.
 */
export function unitFits(expected: UnitType, unit: string | null | undefined): boolean {
  if (unit == null || expected === 'other') return true;
  const actual = classifyUnit(unit);
  if (actual === 'unknown') return true;
  if (actual === 'multiplier') return expected !== 'rate' && expected !== 'ratio';
  return actual === expected;
}
