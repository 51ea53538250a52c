// Correcting one figure: label, value, unit, change and kind; or deleting it (two clicks, so a
// stray click does not lose a figure). Invalid numbers are refused with a message, not sent.
import { useState } from 'react';
import type { Indicator, IndicatorKind } from '../../../core/model';
import type { IndicatorPatch, StoredReport } from '../../../shared/api';
import { parseUserNumber } from '../lib/format';
import { useApp } from '../state/app-context';

const KINDS: IndicatorKind[] = ['actual', 'estimate', 'target', 'rank', 'comparison'];
const CHANGE_UNITS = ['%', '个百分点', '倍'];

/** `text` is the report's display text, null while it is being fetched (snapshots leave it out). */
export function IndicatorEditor({ report, text, indicator }: { report: StoredReport; text: string | null; indicator: Indicator }) {
  const { t, api, apply, updateView } = useApp();
  const [label, setLabel] = useState(indicator.label);
  const [value, setValue] = useState(indicator.value === null ? '' : String(indicator.value));
  const [unit, setUnit] = useState(indicator.unit ?? '');
  const [changeValue, setChangeValue] = useState(indicator.change ? String(indicator.change.value) : '');
  const [changeUnit, setChangeUnit] = useState(indicator.change?.unit ?? '%');
  const [kind, setKind] = useState<IndicatorKind>(indicator.kind);
  const [approx, setApprox] = useState(indicator.approx);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const quote = text === null ? '…' : text.slice(indicator.start, indicator.end);

  const save = () => {
    const parsedValue = value.trim() === '' ? null : parseUserNumber(value);
    const parsedChange = changeValue.trim() === '' ? null : parseUserNumber(changeValue);
    if ((value.trim() !== '' && parsedValue === null) || (changeValue.trim() !== '' && parsedChange === null)) {
      setError(t('value') + ' ?');
      return;
    }
    if (label.trim() === '') {
      setError(t('label') + ' ?');
      return;
    }
    setError(null);
    const patch: IndicatorPatch = {
      label: label.trim(),
      value: parsedValue,
      unit: unit.trim() === '' ? null : unit.trim(),
      change: parsedChange === null ? null : { value: parsedChange, unit: changeUnit },
      kind,
      approx,
    };
    void apply(() => api.updateIndicator(report.id, indicator.id, patch));
  };

  const remove = async () => {
    const ok = await apply(() => api.deleteIndicator(report.id, indicator.id));
    if (ok) updateView({ indicatorId: null });
  };

  return (
    <form
      className="indicator-editor"
      data-testid="indicator-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') updateView({ indicatorId: null });
      }}
    >
      <div className="quote" data-testid="indicator-quote" title={quote}>
        “{quote}” {indicator.edited && <span className="badge edited">{t('edited')}</span>}
      </div>
      <label>
        {t('label')}
        <input data-testid="edit-label" value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <div className="pair">
        <label>
          {t('value')}
          <input data-testid="edit-value" value={value} inputMode="decimal" onChange={(e) => setValue(e.target.value)} />
        </label>
        <label>
          {t('unit')}
          <input data-testid="edit-unit" value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
      </div>
      <div className="pair">
        <label>
          {t('change')}
          <input
            data-testid="edit-change"
            value={changeValue}
            inputMode="decimal"
            onChange={(e) => setChangeValue(e.target.value)}
          />
        </label>
        <label>
          {t('changeUnit')}
          <select data-testid="edit-change-unit" value={changeUnit} onChange={(e) => setChangeUnit(e.target.value)}>
            {CHANGE_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="pair">
        <label>
          {t('kind')}
          <select data-testid="edit-kind" value={kind} onChange={(e) => setKind(e.target.value as IndicatorKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input data-testid="edit-approx" type="checkbox" checked={approx} onChange={(e) => setApprox(e.target.checked)} />
          {t('approx')}
        </label>
      </div>
      {error && (
        <div className="field-error" role="alert" data-testid="edit-error">
          {error}
        </div>
      )}
      <div className="buttons">
        <button type="submit" data-testid="edit-save">
          {t('save')}
        </button>
        {confirming ? (
          <button type="button" className="danger" data-testid="edit-delete-confirm" onClick={() => void remove()}>
            {t('confirmDelete')}
          </button>
        ) : (
          <button type="button" data-testid="edit-delete" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        )}
      </div>
    </form>
  );
}
