// scripts/build-demo.ts on our own fixture texts in a temp folder (the real demo texts may not exist yet).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildDemo } from '../../scripts/build-demo';
import { makeSamples } from '../../scripts/make-samples';
import { FixtureDir } from '../support/fixtures';
import { LINJIANG_2023, QINGCHUAN_2024, joinLines } from '../support/report-texts';
import { readDemoManifest } from '../../src/main/services/demo';

const dir = new FixtureDir();
afterAll(() => dir.cleanup());

describe('build-demo', () => {
  it('writes every source in its format, a manifest the app reads, and finds no problem', async () => {
    const src = path.join(dir.dir, 'res/demo/src');
    mkdirSync(src, { recursive: true });
    dir.write('res/demo/src/青川区-2024-01-18.txt', joinLines(QINGCHUAN_2024));
    dir.write('res/demo/src/临江市-2023-01-09.txt', joinLines(LINJIANG_2023));
    dir.write(
      'res/demo/src/manifest.json',
      JSON.stringify([
        { src: '青川区-2024-01-18.txt', format: 'pdf', region: '临江市青川区', reviewYear: 2023, reportDate: '2024-01-18' },
        { src: '临江市-2023-01-09.txt', format: 'txt-big5', region: '临江市', reviewYear: 2022, reportDate: '2023-01-09' },
      ]),
    );
    const out = path.join(dir.dir, 'res/demo');
    const { entries, problems } = await buildDemo(src, out, () => undefined);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.file, e.encoding])).toEqual([
      ['青川区-2024-01-18.pdf', null],
      ['临江市-2023-01-09.txt', 'big5'],
    ]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.reports).toHaveLength(2);
    const demo = await readDemoManifest(path.join(dir.dir, 'res'));
    expect(demo.problem).toBeNull();
    expect(demo.paths.every((p) => existsSync(p))).toBe(true);
  });

  it('reports a problem when the detected metadata disagrees with the manifest', async () => {
    const src = path.join(dir.dir, 'bad/src');
    mkdirSync(src, { recursive: true });
    dir.write('bad/src/a.txt', joinLines(QINGCHUAN_2024));
    dir.write('bad/src/manifest.json', JSON.stringify([{ src: 'a.txt', format: 'html', reviewYear: 1999 }]));
    const { problems } = await buildDemo(src, path.join(dir.dir, 'bad'), () => undefined);
    expect(problems).toEqual(['a.html: reviewYear detected as 2023, expected 1999']);
  });

  it('refuses an unknown format in the source manifest', async () => {
    const src = path.join(dir.dir, 'unk/src');
    mkdirSync(src, { recursive: true });
    dir.write('unk/src/manifest.json', JSON.stringify([{ src: 'a.txt', format: 'rtf' }]));
    await expect(buildDemo(src, path.join(dir.dir, 'unk'), () => undefined)).rejects.toThrow(/unknown format “rtf”/);
  });
});

describe('make-samples', () => {
  it('writes the sample files', async () => {
    const files = await makeSamples(path.join(dir.dir, 'samples'));
    expect(files.map((f) => path.extname(f)).sort()).toEqual(['.docx', '.html', '.pdf', '.txt', '.txt']);
  });
});
