/**
 * The log lines, virtualized: only the rows in view are in the DOM, so 50,000 loaded lines scroll smoothly.
 * Reaching the end asks for older lines (infinite scroll over `line_num` pages). Presentational.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { LogLine } from '../utils/log-lines';
import classes from './log-line-list.module.css';

export const ROW_HEIGHT = 22;

export interface LogLineListLabels {
  list: string;
  time: string;
  level: string;
  requestId: string;
  openRequest: (id: string) => string;
}

export function LogLineList({
  lines,
  labels,
  onOpenRequest,
  onEndReached,
  showSource = false,
  footer,
}: {
  lines: readonly LogLine[];
  labels: LogLineListLabels;
  onOpenRequest?: (requestId: string) => void;
  onEndReached?: () => void;
  showSource?: boolean;
  footer?: string;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const count = lines.length + (footer ? 1 : 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoizable; this list re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && lines.length > 0 && lastIndex >= lines.length - 20) onEndReached();
  }, [lastIndex, lines.length, onEndReached]);
  const time = new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hour12: false,
  });
  return (
    <div>
      <div className={classes.header} aria-hidden>
        <span className={classes.time}>{labels.time}</span>
        <span className={classes.level}>{labels.level}</span>
        <span className={classes.request}>{labels.requestId}</span>
      </div>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <div ref={parent} className={classes.viewport} role="log" aria-label={labels.list} tabIndex={0}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const line = lines[item.index];
            const style = { top: item.start, height: ROW_HEIGHT };
            if (!line) {
              return (
                <div key="footer" className={classes.row} style={style}>
                  {footer}
                </div>
              );
            }
            return (
              <div key={line.lineNum} className={classes.row} style={style} data-line={line.lineNum}>
                <time className={classes.time} dateTime={new Date(line.time).toISOString()}>
                  {time.format(line.time)}
                </time>
                <span className={`${classes.level} ${classes[line.level] ?? ''}`}>{line.level}</span>
                {showSource && <span className={classes.source}>{line.source}</span>}
                {line.requestId && onOpenRequest ? (
                  <button
                    type="button"
                    className={classes.request}
                    title={line.requestId}
                    aria-label={labels.openRequest(line.requestId)}
                    onClick={() => {
                      onOpenRequest(line.requestId ?? '');
                    }}
                  >
                    {line.requestId.slice(0, 8)}
                  </button>
                ) : (
                  <span className={classes.request}>{line.requestId?.slice(0, 8)}</span>
                )}
                <span
                  className={`${classes.text} ${line.platform ? classes.platform : ''}`}
                  title={line.text}
                >
                  {line.parts.map((p, i) =>
                    p.hit ? (
                      <mark key={i} className={classes.hit}>
                        {p.text}
                      </mark>
                    ) : (
                      p.text
                    ),
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
