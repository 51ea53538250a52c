// Export of the view on screen: its table as CSV exactly as shown (wide), every figure of the
// workspace as CSV (long), the table to the clipboard as TSV, and the chart as PNG or SVG.
import type { RefObject } from 'react';
import { longCsv, toCsv, tsv } from '../../../core/csv';
import type { TextTable } from '../../../core/csv';
import type { ExportKind } from '../../../shared/api';
import { chartSvg, serialiseSvg, svgToPng } from '../dom/chart-export';
import type { LegendEntry } from '../dom/chart-export';
import { copyText } from '../dom/clipboard';
import { errorText, useApp } from '../state/app-context';
import { useRegisterExport } from '../state/export-registry';

interface Props {
  /** The table exactly as the view shows it (null when there is nothing to export). */
  table: () => TextTable | null;
  /** File name without extension, e.g. 铜官区-跨年对比. */
  fileBase: string;
  chart?: RefObject<HTMLDivElement | null>;
  /** Series names and colours, drawn into exported charts (the on-screen legend is HTML). */
  legend?: () => LegendEntry[];
}

export function ExportBar({ table, fileBase, chart, legend }: Props) {
  const { api, t, snapshot, texts, catalogue, language, notify } = useApp();

  const save = async (kind: ExportKind, suggestedName: string, data: () => Promise<string | Uint8Array> | string | Uint8Array) => {
    try {
      const file = await api.save({ kind, suggestedName, data: await data() });
      if (file) notify(t('savedTo', { file }));
    } catch (error) {
      notify(t('saveFailed', { reason: errorText(error) }), 'error');
    }
  };

  const wide = () => {
    const current = table();
    if (!current) return;
    return save('csv', `${fileBase}.csv`, () => toCsv([current.header, ...current.rows]));
  };
  useRegisterExport(async () => {
    await wide();
  });

  const copy = async () => {
    const current = table();
    if (!current) return;
    try {
      await copyText(tsv([current.header, ...current.rows]));
      notify(t('copied'));
    } catch (error) {
      notify(t('actionFailed', { reason: errorText(error) }), 'error');
    }
  };

  const exportedSvg = () => serialiseSvg(chartSvg(chart?.current ?? null), legend?.() ?? []);

  return (
    <span className="export-bar">
      <button data-testid="export-csv-wide" onClick={() => void wide()} title="Ctrl+E">
        {t('exportCsvWide')}
      </button>
      <button
        data-testid="export-csv-long"
        onClick={() => void save('csv', `报告对比-全部指标.csv`, async () => longCsv(await texts.withTexts(snapshot.reports), snapshot.mapping, catalogue, language))}
      >
        {t('exportCsvLong')}
      </button>
      <button data-testid="copy-tsv" onClick={() => void copy()}>
        {t('copyTsv')}
      </button>
      {chart && (
        <>
          <button
            data-testid="export-png"
            onClick={() =>
              void save('png', `${fileBase}.png`, () => {
                const { text, width, height } = exportedSvg();
                return svgToPng(text, width, height);
              })
            }
          >
            {t('exportPng')}
          </button>
          <button data-testid="export-svg" onClick={() => void save('svg', `${fileBase}.svg`, () => exportedSvg().text)}>
            {t('exportSvg')}
          </button>
        </>
      )}
    </span>
  );
}
