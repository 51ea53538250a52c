// Shared by VirtualList and WindowedTable: tracks the scroll box's height and scroll position and
// works out which fixed-height rows are in view, and gives the handle that scrolls a row into view.
import { useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { ForwardedRef, ReactNode, UIEvent } from 'react';
import { computeWindow, scrollToRow } from '../lib/windowing';

export interface VirtualListHandle {
  scrollTo(index: number): void;
  focus(): void;
}

export function useRowWindow(
  handle: ForwardedRef<VirtualListHandle>,
  rowCount: number,
  rowHeight: number,
  renderRow: (index: number) => ReactNode,
  /** Space at the top of the box that rows never occupy (a sticky header). */
  headerHeight = 0,
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
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop);
  return { box, win, rows, onScroll };
}
