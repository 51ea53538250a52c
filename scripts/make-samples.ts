// Writes samples/: our own sample reports in the formats users have (GBK .txt, a saved web page,
// a .docx, a PDF, a Big5 .txt), used by the README's command-line example:
//   npm run extract -- --format csv samples/
//
//   npx tsx scripts/make-samples.ts [--out DIR]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeReport, type ReportFormat } from './lib/report-files';
import { SAMPLE_QINGCHUAN_2024, SAMPLE_YUNLING_2023 } from './lib/sample-texts';

const SAMPLES: { name: string; text: string; format: ReportFormat; site: string }[] = [
  { name: 'qingchuan-2024-01-18-gbk', text: SAMPLE_QINGCHUAN_2024, format: 'txt-gbk', site: '临江市青川区人民政府门户网站' },
  { name: 'qingchuan-2024-01-18', text: SAMPLE_QINGCHUAN_2024, format: 'html', site: '临江市青川区人民政府门户网站' },
  { name: 'qingchuan-2024-01-18', text: SAMPLE_QINGCHUAN_2024, format: 'docx', site: '临江市青川区人民政府门户网站' },
  { name: 'qingchuan-2024-01-18', text: SAMPLE_QINGCHUAN_2024, format: 'pdf', site: '临江市青川区人民政府' },
  { name: '云岭县2023年政府工作报告-big5', text: SAMPLE_YUNLING_2023, format: 'txt-big5', site: '云岭县人民政府' },
];

export async function makeSamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const s of SAMPLES) {
    const report = writeReport(s.text, s.format, { siteName: s.site });
    const file = path.join(outDir, `${s.name}.${report.extension}`);
    await writeFile(file, report.bytes);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && /make-samples\.ts$/.test(process.argv[1])) {
  const i = process.argv.indexOf('--out');
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const out = i >= 0 ? process.argv[i + 1] : path.join(root, 'samples');
  makeSamples(out).then(
    (files) => console.log(files.map((f) => path.relative(process.cwd(), f)).join('\n')),
    (err: unknown) => {
      console.error(`make-samples: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
