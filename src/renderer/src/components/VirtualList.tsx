// A list that renders only the rows in view (fixed row height), so a report with hundreds of
// figures or a workspace with hundreds of metrics scrolls without lag.
import { forwardRef, useEffect } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { useRowWindow, type VirtualListHandle } from './useRowWindow';

export type { VirtualListHandle };

interface Props {
  count: number;
  rowHeight: number;
  renderRow(index: number): ReactNode;
  testId: string;
  className?: string;
  onKeyDown?(event: ReactKeyboardEvent<HTMLDivElement>): void;
  ariaLabel?: string;
  activeDescendant?: string;
}

export const VirtualList = forwardRef<VirtualListHandle, Props>(function VirtualList(
  { count, rowHeight, renderRow, testId, className, onKeyDown, ariaLabel, activeDescendant },
  handle,
) {
  const { box, win, rows, onScroll } = useRowWindow(handle, count, rowHeight, renderRow);

  // A shrinking list must not leave the viewport past its end.
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollTop > count * rowHeight) el.scrollTop = 0;
  }, [count, rowHeight]);

  return (
    <div
      ref={box}
      className={'virtual-list ' + (className ?? '')}
      data-testid={testId}
      tabIndex={0}
      role="listbox"
      aria-label={ariaLabel}
      aria-activedescendant={activeDescendant}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: win.padTop }} />
      {rows}
      <div style={{ height: win.padBottom }} />
    </div>
  );
});
