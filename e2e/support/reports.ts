// Report files the e2e tests import, written by us (never copied from the corpus): short work
// reports of invented figures for a few districts and years, in several formats and encodings,
// plus files that must fail with a clear error.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { makeDocx } from '../../scripts/lib/make-docx';
import { layoutParagraphs, makePdf } from '../../scripts/lib/make-pdf';

export interface ReportFigures {
  city: string;
  district: string;
  /** The year under review (the report is delivered in January of year + 1). */
  year: number;
  gdp: number;
  gdpGrowth: number;
  revenue: number;
  revenueGrowth: number;
  firms: number;
  /** Target for next year's GDP growth. */
  gdpTarget: number;
  investLabel: string;
  invest: number;
  /** A metric outside the catalogue, worded differently from year to year: for the merge test. */
  parkingLabel: string;
  parking: number;
}

export const FIGURES: Record<string, ReportFigures> = {
  a2022: { city: '铜陵市', district: '铜官区', year: 2022, gdp: 680.5, gdpGrowth: 5.2, revenue: 48.6, revenueGrowth: 6.1, firms: 7450, gdpTarget: 6.5, investLabel: '固定资产投资', invest: 210.3, parkingLabel: '智慧停车泊位', parking: 1200 },
  a2023: { city: '铜陵市', district: '铜官区', year: 2023, gdp: 715.2, gdpGrowth: 6.8, revenue: 52.3, revenueGrowth: 7.6, firms: 8280, gdpTarget: 6, investLabel: '全社会固定资产投资', invest: 226.9, parkingLabel: '智能停车泊位', parking: 1500 },
  b2023: { city: '铜陵市', district: '义安区', year: 2023, gdp: 402.7, gdpGrowth: 5.9, revenue: 31.4, revenueGrowth: 4.2, firms: 5120, gdpTarget: 6, investLabel: '固定资产投资', invest: 150.8, parkingLabel: '智慧停车泊位', parking: 800 },
  b2022: { city: '铜陵市', district: '义安区', year: 2022, gdp: 380.1, gdpGrowth: 4.8, revenue: 30.1, revenueGrowth: 3.5, firms: 4890, gdpTarget: 6.5, investLabel: '固定资产投资', invest: 141.2, parkingLabel: '智慧停车泊位', parking: 650 },
};

/** A short work report: title, dateline, review of the year, and the plan for the next. */
export function reportText(f: ReportFigures): string {
  const next = f.year + 1;
  return [
    `${f.city}${f.district}${next}年政府工作报告`,
    `——${next}年1月9日在${f.district}第十八届人民代表大会第三次会议上`,
    `区长 王某某`,
    '',
    `各位代表:`,
    `现在,我代表区人民政府向大会报告工作,请予审议。`,
    '',
    `一、${f.year}年工作回顾`,
    '',
    `过去一年,全区经济运行稳中向好。全年实现地区生产总值${f.gdp}亿元,增长${f.gdpGrowth}%;一般公共预算收入${f.revenue}亿元,增长${f.revenueGrowth}%。` +
      `${f.investLabel}${f.invest}亿元。新登记市场主体${f.firms}户。城镇新增就业3200人。新建${f.parkingLabel}${f.parking}个。`,
    '',
    `二、${next}年工作安排`,
    '',
    `${next}年经济社会发展的主要预期目标是:地区生产总值增长${f.gdpTarget}%左右;一般公共预算收入增长5%;城镇新增就业3000人以上。`,
    '',
  ].join('\n');
}

function html(f: ReportFigures): string {
  const body = reportText(f)
    .split('\n')
    .map((line) => (line ? `<p>${line}</p>` : ''))
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${f.district}政府工作报告</title></head>
<body><div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政府信息公开目录</a></div>
<article><h1>${f.city}${f.district}${f.year + 1}年政府工作报告</h1>${body}</article>
<div class="footer">版权所有 区人民政府办公室 | 网站标识码 0000000000 | 访问量:12345</div></body></html>`;
}

const paragraphs = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

export interface WrittenFiles {
  dir: string;
  /** 铜官区 2022, GBK-encoded text. */
  gbkTxt: string;
  /** 铜官区 2023, HTML page with navigation noise. */
  html: string;
  /** 义安区 2023, Word document. */
  docx: string;
  /** 义安区 2022, PDF with a text layer. */
  pdf: string;
  /** Not a Word document although named .docx: must be refused with a clear error. */
  bad: string;
}

export async function writeReportFiles(dir: string): Promise<WrittenFiles> {
  await mkdir(dir, { recursive: true });
  const files: WrittenFiles = {
    dir,
    gbkTxt: join(dir, '铜官区2022年政府工作报告.txt'),
    html: join(dir, '铜官区2023年政府工作报告.html'),
    docx: join(dir, '义安区2023年政府工作报告.docx'),
    pdf: join(dir, '义安区2022年政府工作报告.pdf'),
    bad: join(dir, '损坏的报告.docx'),
  };
  await writeFile(files.gbkTxt, iconv.encode(reportText(FIGURES.a2022).replace(/\n/g, '\r\n'), 'gbk'));
  await writeFile(files.html, html(FIGURES.a2023), 'utf8');
  await writeFile(files.docx, makeDocx(paragraphs(reportText(FIGURES.b2023))));
  await writeFile(files.pdf, makePdf(layoutParagraphs(paragraphs(reportText(FIGURES.b2022))), { title: '义安区政府工作报告' }));
  await writeFile(files.bad, Buffer.from('这不是一个 Word 文档 / this is not a Word document\n'.repeat(20), 'utf8'));
  return files;
}
