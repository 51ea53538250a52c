import { normalizeText } from '../../../src/core/parser/normalize';
import { scanQuantities } from '../../../src/core/parser/quantities';
import { Segmenter } from '../../../src/core/parser/segments';
import { assemble } from '../../../src/core/parser/assemble';
import { extractIndicators } from '../../../src/core/parser';
import { generateReport } from '../../../scripts/bench/report-generator';
const texts = Array.from({length: 20}, (_, i) => generateReport(i, 20_000));
for (const t of texts) extractIndicators(t);
const norms = texts.map(normalizeText);
function time(name: string, f: (i: number) => unknown) { const t0 = performance.now(); for (let r=0;r<5;r++) for (let i=0;i<texts.length;i++) f(i); console.log(name, ((performance.now()-t0)/100).toFixed(2)); }
time('normalize', (i) => normalizeText(texts[i]));
time('segment', (i) => new Segmenter(norms[i].text));
time('scan', (i) => scanQuantities(norms[i].text));
const segs = norms.map(n => new Segmenter(n.text)); const qss = norms.map(n => scanQuantities(n.text));
time('assemble', (i) => assemble(norms[i].text, qss[i], segs[i]));
time('all', (i) => extractIndicators(texts[i]));
