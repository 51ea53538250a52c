// Metamorphic check: the figures of a text must survive the noise real pages add. Prints, per
// transformation (scripts/lib/noise.ts), how many figures of the clean text are read differently.
//   npx tsx scripts/metamorphic.ts [DIR with .txt files, default ../shared/corpus/text]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractIndicators } from '../src/core/parser';
import { NOISE, lostUnderNoise } from './lib/noise';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../shared/corpus/text'));
if (!existsSync(dir)) {
  console.log(`metamorphic check skipped: no texts at ${dir} (语料不存在,跳过)`);
  process.exit(0);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const [name, transform] of NOISE) {
  let total = 0;
  const examples: string[] = [];
  let lost = 0;
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    total += extractIndicators(text).length;
    for (const i of lostUnderNoise(text, transform)) {
      lost++;
      if (examples.length < 6) examples.push(`  ${f}: ${text.slice(i.start, i.end).replace(/\n/g, '⏎')} (${i.label})`);
    }
  }
  console.log(`${name}: ${lost}/${total} figures read differently${lost ? '\n' + examples.join('\n') : ''}`);
}
