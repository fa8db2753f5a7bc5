/**
 * Reading FunctionGraph log lines: request ids, levels and the platform's boundary lines
 * (`<ts> Start invoke request '<id>', version: <v>` and `<ts> Finish invoke request '<id>', duration: Xms,
 * billing duration: Yms, memory used: ZMB, billing memory: NMB`, api-digest §2.12), and grouping lines by request.
 * Labels (local connection) are used when present; on cloud connections the content alone must do
 * (lts-query.md §7.3: FunctionGraph's LTS label keys are not documented).
 */
import type { LtsLogLine } from '../api/types';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG';

export interface LogLine {
  lineNum: string;
  /** Write time, epoch ms (from line_num). */
  time: number;
  /** Content without highlight tags. */
  text: string;
  /** Content split into plain and highlighted parts (LTS wraps hits in `<HighLightTag>`). */
  parts: { text: string; hit: boolean }[];
  requestId: string | undefined;
  level: LogLevel;
  platform: boolean;
  /** The stream the line came from (several functions on the Logs page). */
  source?: string;
  version: string | undefined;
}

const TAG = /<HighLightTag>(.*?)<\/HighLightTag>/g;
const START = /^\S+ Start invoke request '([^']+)', version: (\S+)/;
const FINISH =
  /^\S+ Finish invoke request '([^']+)', duration: ([\d.]+)ms, billing duration: (\d+)ms, memory used: ([\d.]+)MB(?:, billing memory: (\d+)MB)?/;
const OTHER_PLATFORM = /^\S+ (?:Start|Finish) (?:load|initialize) request '([^']+)'/;
/** `<ts> <request id> <LEVEL> message` (the runtime logger's prefix). */
const PREFIXED = /^\S+ ([0-9a-fA-F-]{16,64}) (INFO|WARN|WARNING|ERROR|DEBUG)\b/;

export function highlightParts(content: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let last = 0;
  for (const m of content.matchAll(TAG)) {
    if (m.index > last) parts.push({ text: content.slice(last, m.index), hit: false });
    parts.push({ text: m[1] ?? '', hit: true });
    last = m.index + m[0].length;
  }
  if (last < content.length) parts.push({ text: content.slice(last), hit: false });
  return parts;
}

export function lineTime(lineNum: string): number {
  return lineNum.length > 6 ? Number(lineNum.slice(0, -6)) : 0;
}

export function toLogLine(raw: LtsLogLine, source?: string): LogLine {
  const parts = highlightParts(raw.content);
  const text = parts.map((p) => p.text).join('');
  const labels = raw.labels ?? {};
  const start = START.exec(text);
  const finish = FINISH.exec(text);
  const other = OTHER_PLATFORM.exec(text);
  const prefixed = PREFIXED.exec(text);
  const labelLevel = labels.level?.toUpperCase();
  const prefixLevel = prefixed?.[2] === 'WARNING' ? 'WARN' : prefixed?.[2];
  const level = (labelLevel ?? prefixLevel ?? 'INFO') as LogLevel;
  return {
    lineNum: raw.line_num,
    time: lineTime(raw.line_num),
    text,
    parts,
    requestId: labels.requestId ?? start?.[1] ?? finish?.[1] ?? other?.[1] ?? prefixed?.[1],
    level,
    platform: labels.logType ? labels.logType === 'platform' : Boolean(start ?? finish ?? other),
    version: labels.version ?? start?.[2],
    ...(source ? { source } : {}),
  };
}

export interface FinishSummary {
  durationMs: number;
  billedMs: number;
  memoryUsedMb: number;
  billingMemoryMb?: number;
}

export function parseFinish(text: string): FinishSummary | undefined {
  const m = FINISH.exec(text);
  if (!m) return undefined;
  return {
    durationMs: Number(m[2]),
    billedMs: Number(m[3]),
    memoryUsedMb: Number(m[4]),
    ...(m[5] ? { billingMemoryMb: Number(m[5]) } : {}),
  };
}

export function isStart(text: string): boolean {
  return START.test(text);
}

export interface RequestGroup {
  requestId: string;
  lines: LogLine[];
  /** Earliest line time. */
  start: number;
  version: string | undefined;
  /** From the last Finish line (undefined while running or when the Finish line was not loaded). */
  finish: FinishSummary | undefined;
  /** Any ERROR line. */
  failed: boolean;
  /** Number of Start invoke lines (> 1 when an async request was retried). */
  attempts: number;
  source?: string;
}

/**
 * Groups lines by request id, oldest line first in each group, groups ordered newest first. A line without
 * an id (cloud: user output carries no label) belongs to the request whose Start…Finish encloses it in its
 * stream; lines outside any request form no group and are returned in `ungrouped`.
 */
export function groupByRequest(lines: readonly LogLine[]): { groups: RequestGroup[]; ungrouped: LogLine[] } {
  const sorted = [...lines].sort((a, b) => (a.lineNum < b.lineNum ? -1 : a.lineNum > b.lineNum ? 1 : 0));
  const groups = new Map<string, RequestGroup>();
  const open = new Map<string, string>();
  const ungrouped: LogLine[] = [];
  for (const line of sorted) {
    const stream = line.source ?? '';
    const id = line.requestId ?? open.get(stream);
    if (!id) {
      ungrouped.push(line);
      continue;
    }
    let group = groups.get(id);
    if (!group) {
      group = {
        requestId: id,
        lines: [],
        start: line.time,
        version: undefined,
        finish: undefined,
        failed: false,
        attempts: 0,
        ...(line.source ? { source: line.source } : {}),
      };
      groups.set(id, group);
    }
    group.lines.push(line);
    group.version ??= line.version;
    if (line.level === 'ERROR') group.failed = true;
    if (isStart(line.text)) {
      group.attempts += 1;
      open.set(stream, id);
    }
    const finish = parseFinish(line.text);
    if (finish) {
      group.finish = finish;
      if (open.get(stream) === id) open.delete(stream);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => b.start - a.start);
  return { groups: ordered, ungrouped };
}

/** Plain text for a download: local ISO-like time, the stream when several, then the content. */
export function linesAsText(lines: readonly LogLine[], offsetLabel: string): string {
  const header = `# times in local time (${offsetLabel})\n`;
  return (
    header +
    lines
      .map((l) => {
        const d = new Date(l.time - new Date(l.time).getTimezoneOffset() * 60_000);
        const ts = d.toISOString().replace('T', ' ').replace('Z', '');
        return `${ts}${l.source ? ` [${l.source}]` : ''} ${l.text}`;
      })
      .join('\n') +
    '\n'
  );
}
