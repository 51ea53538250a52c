// A table whose body renders only the rows in view (fixed row height) under a sticky header:
// 300 metrics × 50 columns stay fast. Spacer rows keep the scrollbar true to the full length.
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { computeWindow, scrollToRow } from '../lib/windowing';
import type { VirtualListHandle } from './VirtualList';

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
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      scrollTo(index: number) {
        const el = box.current;
        if (!el) return;
        const top = scrollToRow(index, el.scrollTop, el.clientHeight - headerHeight, rowHeight);
        if (top !== null) el.scrollTop = top;
      },
      focus: () => box.current?.focus(),
    }),
    [rowHeight, headerHeight],
  );

  const win = computeWindow(scrollTop, height - headerHeight, rowHeight, rowCount);
  const rows: ReactNode[] = [];
  for (let i = win.first; i < win.last; i++) rows.push(renderRow(i));

  return (
    <div
      ref={box}
      className={'table-wrap ' + (className ?? '')}
      data-testid={testId}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
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
