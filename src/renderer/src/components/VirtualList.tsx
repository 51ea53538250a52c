// A list that renders only the rows in view (fixed row height), so a report with hundreds of
// figures or a workspace with hundreds of metrics scrolls without lag.
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { computeWindow, scrollToRow } from '../lib/windowing';

export interface VirtualListHandle {
  scrollTo(index: number): void;
  focus(): void;
}

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
        const top = scrollToRow(index, el.scrollTop, el.clientHeight, rowHeight);
        if (top !== null) el.scrollTop = top;
      },
      focus: () => box.current?.focus(),
    }),
    [rowHeight],
  );

  // A shrinking list must not leave the viewport past its end.
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollTop > count * rowHeight) el.scrollTop = 0;
  }, [count, rowHeight]);

  const win = computeWindow(scrollTop, height, rowHeight, count);
  const rows: ReactNode[] = [];
  for (let i = win.first; i < win.last; i++) rows.push(renderRow(i));

  return (
    <div
      ref={box}
      className={'virtual-list ' + (className ?? '')}
      data-testid={testId}
      tabIndex={0}
      role="listbox"
      aria-label={ariaLabel}
      aria-activedescendant={activeDescendant}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: win.padTop }} />
      {rows}
      <div style={{ height: win.padBottom }} />
    </div>
  );
});
