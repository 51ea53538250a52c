// Command-line arguments of `extract`: parsed into a plain object, or a usage error.

export type OutputFormat = 'jsonl' | 'csv';

export interface CliArgs {
  format: OutputFormat;
  out: string | null;
  encoding: string | null;
  files: string[];
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `用法 / usage: npm run extract -- [--format jsonl|csv] [--out FILE] [--encoding ENC] FILE|DIR...

从政府工作报告文件中提取全部数字指标 / Extracts every figure stated in government work reports.

  FILE|DIR           报告文件(.txt .md .html .htm .mht .pdf .docx)或文件夹(读取其中所有支持的文件)
                     report files, or folders (every supported file under them)
  --format jsonl|csv 输出格式,默认 jsonl;csv 为带 BOM 的 UTF-8 / output format (default jsonl; csv is UTF-8 with BOM)
  --out FILE         写入文件而不是标准输出 / write to FILE instead of stdout
  --encoding ENC     文本文件的编码(如 gbk、big5、utf-8),默认自动识别 / encoding of text files (default: detected)
  -h, --help         显示本说明 / show this help

每个无法读取的文件在标准错误输出一行原因;只有所有文件都无法读取时退出码才非零。
One line per unreadable file goes to stderr; the exit code is non-zero only when no file could be read.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'jsonl', out: null, encoding: null, files: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} 缺少参数值 / ${a} needs a value`);
      return v;
    };
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--format') {
      const f = value().toLowerCase();
      if (f !== 'jsonl' && f !== 'csv') throw new UsageError(`--format 只能是 jsonl 或 csv / --format must be jsonl or csv (got “${f}”)`);
      args.format = f;
    } else if (flag === '--out' || flag === '-o') args.out = value();
    else if (flag === '--encoding') args.encoding = value();
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项 ${a} / unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.help && args.files.length === 0) throw new UsageError('没有指定文件 / no file given');
  return args;
}
