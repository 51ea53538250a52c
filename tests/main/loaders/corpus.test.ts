// The real corpus, when present: the loader must give each UTF-8 text exactly as the scorer reads it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDocument } from '../../../src/main/loaders';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/text');
if (!existsSync(CORPUS)) console.warn(`skipping corpus loader checks: ${CORPUS} not found`);

describe.runIf(existsSync(CORPUS))('loadDocument on the shared corpus', () => {
  it('loads every text as utf-8, identical to readFileSync(p, "utf8")', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const p = path.join(CORPUS, f);
      const r = await loadDocument({ path: p });
      expect({ f, ok: r.ok }).toEqual({ f, ok: true });
      if (!r.ok) continue;
      expect(r.document.format).toBe('txt');
      expect(r.document.encoding).toBe('utf-8');
      expect(r.document.text === readFileSync(p, 'utf8')).toBe(true);
    }
  });
});
