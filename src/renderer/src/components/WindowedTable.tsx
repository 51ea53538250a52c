// A table whose body renders only the rows in view (fixed row height) under a sticky header:
// 300 metrics × 50 columns stay fast. Spacer rows keep the scrollbar true to the full length.
import { forwardRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { useRowWindow, type VirtualListHandle } from './useRowWindow';

interface Props {
  testId: string;
  rowCount: number;
  rowHeight: number;
  /** Height of the sticky header, so scrolling a row into view does not hide it under the header. */
  headerHeight: number;
  colCount: number;
  head: ReactNode;
  renderRow(index: number): ReactNode;
  onKeyDown?(event: ReactKeyboardEvent<HTMLDivElement>): void;
  className?: string;
}

export const WindowedTable = forwardRef<VirtualListHandle, Props>(function WindowedTable(
  { testId, rowCount, rowHeight, headerHeight, colCount, head, renderRow, onKeyDown, className },
  handle,
) {
  const { box, rows, win, onScroll } = useRowWindow(handle, rowCount, rowHeight, renderRow, headerHeight);

  return (
    <div
      ref={box}
      className={'table-wrap ' + (className ?? '')}
      data-testid={testId}
      tabIndex={0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <table className="grid compare-table">
        {head}
        <tbody>
          {win.padTop > 0 && (
            <tr aria-hidden style={{ height: win.padTop }}>
              <td colSpan={colCount} />
            </tr>
          )}
          {rows}
          {win.padBottom > 0 && (
            <tr aria-hidden style={{ height: win.padBottom }}>
              <td colSpan={colCount} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
