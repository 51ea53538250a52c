// A value shown as text that becomes an input on click (or Enter/F2): Enter or leaving the
// field saves, Esc cancels. A validation message stays beside the field until it is fixed.
import { useEffect, useRef, useState } from 'react';

interface Props {
  value: string | null;
  placeholder: string;
  testId: string;
  /** Returns an error message, or null when the text is acceptable. */
  validate?(text: string): string | null;
  onCommit(text: string | null): void;
  inputMode?: 'text' | 'numeric';
  className?: string;
}

export function EditableText({ value, placeholder, testId, validate, onCommit, inputMode, className }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  const start = () => {
    setDraft(value ?? '');
    setError(null);
    setEditing(true);
  };
  const commit = () => {
    const text = draft.trim();
    const problem = text === '' ? null : (validate?.(text) ?? null);
    if (problem) {
      setError(problem);
      return;
    }
    setEditing(false);
    if (text !== (value ?? '')) onCommit(text === '' ? null : text);
  };

  if (!editing) {
    return (
      <button
        type="button"
        className={'editable ' + (value ? '' : 'placeholder ') + (className ?? '')}
        data-testid={testId}
        onClick={start}
        onKeyDown={(e) => {
          if (e.key === 'F2') start();
        }}
      >
        {value ?? placeholder}
      </button>
    );
  }
  return (
    <span className="editing">
      <input
        ref={input}
        data-testid={`${testId}-input`}
        value={draft}
        inputMode={inputMode}
        aria-invalid={error !== null}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setEditing(false);
          }
        }}
      />
      {error && (
        <span className="field-error" data-testid={`${testId}-error`} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
