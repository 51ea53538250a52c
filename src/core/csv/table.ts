// The comparison views as plain text tables: one model for what the screen shows, the wide CSV and the
// clipboard, so an export is exactly the table.
import type { Language } from '../../shared/api';
import type {
  AcrossRegionsView,
  AcrossYearsView,
  Cell,
  ComputedChange,
  RowKey,
  SideBySideRow,
  SideBySideView,
  TargetCheck,
} from '../compare/types';
import { formatChange, formatValue, regionName } from '../format';

export type ComparisonView = AcrossYearsView | AcrossRegionsView | SideBySideView;

export interface TextTable {
  header: string[];
  rows: string[][];
}

export interface TableOptions {
  /** Report id → display name (file name or title), for the side-by-side headers. */
  reportNames?: Record<string, string>;
}

const zh = (lang: Language) => lang === 'zh';

export function rowName(key: RowKey, lang: Language): string {
  return zh(lang) ? key.name : (key.nameEn ?? key.name);
}

/** The value as the table shows it: '约200家', '715亿元（预计）'; '' for a change-only cell. */
export function valueText(cell: Cell | null | undefined, lang: Language): string {
  if (!cell || cell.value === null) return '';
  const value = formatValue(cell.value, cell.unit, lang);
  if (!value) return '';
  const approx = cell.approx ? (zh(lang) ? '约' : '~') : '';
  const estimate = cell.kind === 'estimate' ? (zh(lang) ? '（预计）' : ' (est.)') : '';
  return approx + value + estimate;
}

export function changeText(cell: Cell | null | undefined, lang: Language): string {
  return cell?.change ? formatChange(cell.change, lang) : '';
}

export function computedText(computed: ComputedChange | null | undefined, lang: Language): string {
  if (!computed) return '';
  // The span goes first: '+10%（2年）' is not a number, so a spreadsheet would read it as a formula.
  let text = formatChange({ value: computed.value, unit: computed.unit }, lang, { maxFractionDigits: 1 });
  if (computed.span !== undefined && computed.span > 1) text = zh(lang) ? `${computed.span}年 ${text}` : `${computed.span} yrs ${text}`;
  if (computed.disagrees) text += zh(lang) ? '（与报告不符）' : ' (differs from reported)';
  return text;
}

/** The computed-change cell as the table shows it: a warning sign first where it disagrees (which also
 *  keeps '+6.9%（…）' from reading as a formula in a spreadsheet). */
export function computedCellText(computed: ComputedChange | null | undefined, lang: Language): string {
  const text = computedText(computed, lang);
  return computed?.disagrees ? `⚠ ${text}` : text;
}

const STATUS: Record<TargetCheck['status'], [string, string]> = {
  met: ['已完成', 'met'],
  missed: ['未完成', 'missed'],
  unknown: ['无法判断', 'unknown'],
};

export function targetText(check: TargetCheck | null | undefined, lang: Language): string {
  if (!check) return '';
  const t = check.target;
  const asChange = check.basis === 'change' || t.value === null;
  const figure = asChange ? formatChange(t.change, lang) : formatValue(t.value, t.unit, lang);
  const q = check.qualifier ?? 'exact';
  const bounded = zh(lang)
    ? figure + ({ 'at-most': '以内', 'at-least': '以上', about: '左右', exact: '' } as const)[q]
    : ({ 'at-most': '≤ ', 'at-least': '≥ ', about: '~', exact: '' } as const)[q] + figure;
  const status = STATUS[check.status] ?? STATUS.unknown;
  return zh(lang) ? `${status[0]}：${bounded}` : `${status[1]}: ${bounded}`;
}

function acrossYearsTable(view: AcrossYearsView, lang: Language): TextTable {
  const header = [zh(lang) ? '指标' : 'Metric'];
  for (const y of view.years) {
    header.push(...(zh(lang) ? [`${y}年`, `${y}年 变化`, `${y}年 计算变化`, `${y}年 上年目标`] : [`${y}`, `${y} change`, `${y} computed change`, `${y} target`]));
  }
  const rows = view.rows.map((row) => {
    const out = [rowName(row.key, lang)];
    for (const y of view.years) {
      const cell = row.cells[y] ?? null;
      out.push(valueText(cell, lang), changeText(cell, lang), computedCellText(row.computed[y], lang), targetText(row.targets[y], lang));
    }
    return out;
  });
  return { header, rows };
}

function acrossRegionsTable(view: AcrossRegionsView, lang: Language): TextTable {
  const header = [zh(lang) ? `指标（${view.year}年）` : `Metric (${view.year})`];
  for (const r of view.regions) {
    const name = regionName(r, lang);
    header.push(...(zh(lang) ? [name, `${name} 变化`, `${name} 排名`] : [name, `${name} change`, `${name} rank`]));
  }
  const rows = view.rows.map((row) => {
    const out = [rowName(row.key, lang)];
    for (const r of view.regions) {
      const cell = row.cells[r] ?? null;
      const rank = Object.hasOwn(row.ranks, r) ? String(row.ranks[r]) : '';
      out.push(valueText(cell, lang), changeText(cell, lang), rank);
    }
    return out;
  });
  return { header, rows };
}

function cellsText(cells: readonly Cell[], lang: Language): string {
  return cells
    .map((c) => {
      const parts = [valueText(c, lang), changeText(c, lang)].filter(Boolean).join(' ');
      return c.kind === 'target' ? (zh(lang) ? `目标 ${parts}` : `target ${parts}`) : parts;
    })
    .join(zh(lang) ? '；' : '; ');
}

function sideBySideTable(view: SideBySideView, lang: Language, options: TableOptions): TextTable {
  const names = options.reportNames ?? {};
  const name = (id: string, fallback: string) => (Object.hasOwn(names, id) && names[id] ? names[id] : fallback);
  const left = name(view.leftReportId, zh(lang) ? '左侧报告' : 'Left report');
  const right = name(view.rightReportId, zh(lang) ? '右侧报告' : 'Right report');
  const header = [zh(lang) ? '指标' : 'Metric', left, right, zh(lang) ? '出现于' : 'Stated in'];
  const where = {
    both: zh(lang) ? '两份都有' : 'both',
    left: zh(lang) ? '仅左侧' : 'left only',
    right: zh(lang) ? '仅右侧' : 'right only',
  };
  const line = (row: SideBySideRow, w: string) => [rowName(row.key, lang), cellsText(row.left, lang), cellsText(row.right, lang), w];
  const rows = [
    ...view.both.map((r) => line(r, where.both)),
    ...view.leftOnly.map((r) => line(r, where.left)),
    ...view.rightOnly.map((r) => line(r, where.right)),
  ];
  return { header, rows };
}

/** The table of any comparison view, as text cells, in the chosen language. */
export function wideTable(view: ComparisonView, lang: Language = 'zh', options: TableOptions = {}): TextTable {
  if ('years' in view) return acrossYearsTable(view, lang);
  if ('regions' in view) return acrossRegionsTable(view, lang);
  return sideBySideTable(view, lang, options);
}
