import { memo, useCallback, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useRowWindow } from '../../hooks/use-row-window';
import { functionsCatalogue } from '../../i18n';
import { formatModified } from '../../utils/format';
import type { ListRow, SortColumn, SortDirection } from '../../utils/list-model';
import { SORT_COLUMNS } from '../../utils/list-model';
import classes from './function-table.module.css';

export const ROW_HEIGHT = 40;
// Rows rendered beyond each edge of the view: 120 px, a wheel notch, ready before it scrolls in. More only
// costs the first paint (every row is laid out and painted with it).
const OVERSCAN = 3;

/** The scroller's CSS height (function-table.module.css `.scroller`), until it is measured. */
function estimateScrollerHeight(): number {
  return Math.max(320, window.innerHeight - 320);
}

export interface FunctionTableProps {
  rows: readonly ListRow[];
  selected: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  sort: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
  onToggleSelect: (urn: string) => void;
  onToggleAll: (select: boolean) => void;
  onTogglePin: (urn: string, pin: boolean) => void;
  hrefOf: (row: ListRow) => string;
}

/**
 * The function list's table (UI.md "Resource list"): sortable sticky header, selection checkboxes, a pin per
 * row, virtualized rows so the DOM stays small whatever the count (fixed row height, see use-row-window.ts).
 * The table is plain elements with Mantine's Table look (function-table.module.css): a Mantine Table.Td per
 * cell cost more than the rest of a row, and the Mantine header (Th, UnstyledButton) a good part of the first
 * visit's render (issue #5). The name is a plain link navigating through the router (a router Link costs as
 * much as the rest of the row). Rows are memoised, so scrolling or typing renders only the rows that change.
 */
export function FunctionTable(props: FunctionTableProps) {
  const t = useFeatureTranslation(functionsCatalogue);
  const { rows, selected, pinned, hrefOf, onToggleSelect, onTogglePin } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const onOpen = useCallback((href: string) => void navigate(href), [navigate]);
  const labels = useMemo(
    () => ({
      select: nameTemplate(t('list.selectRow', { name: NAME_MARK })),
      pin: nameTemplate(t('list.pin', { name: NAME_MARK })),
      unpin: nameTemplate(t('list.unpin', { name: NAME_MARK })),
    }),
    [t],
  );
  const { start, end, padTop, padBottom } = useRowWindow(
    scrollRef,
    rows.length,
    ROW_HEIGHT,
    OVERSCAN,
    estimateScrollerHeight,
  );
  const shownRows = rows.slice(start, end);
  const allSelected =
    selected.size >= rows.length && rows.length > 0 && rows.every((r) => selected.has(r.urn));

  return (
    <div ref={scrollRef} className={classes.scroller} data-function-list="">
      <table className={classes.table} aria-label={t('list.tableLabel')} aria-rowcount={rows.length + 1}>
        <TableHeader
          sort={props.sort}
          direction={props.direction}
          onSort={props.onSort}
          allSelected={allSelected}
          onToggleAll={props.onToggleAll}
        />
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {shownRows.map((row, i) => {
            return (
              <FunctionRow
                key={row.urn}
                row={row}
                index={start + i}
                isSelected={selected.has(row.urn)}
                isPinned={pinned.has(row.urn)}
                href={hrefOf(row)}
                onToggleSelect={onToggleSelect}
                onTogglePin={onTogglePin}
                onOpen={onOpen}
                labels={labels}
              />
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

const TableHeader = memo(function TableHeader({
  sort,
  direction,
  onSort,
  allSelected,
  onToggleAll,
}: {
  sort: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
  allSelected: boolean;
  onToggleAll: (select: boolean) => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  // One translation for the six "Sort by …" labels (see NAME_MARK).
  const sortByLabel = useMemo(() => nameTemplate(t('list.sortBy', { column: NAME_MARK })), [t]);
  return (
    <thead className={classes.thead}>
      <tr aria-rowindex={1}>
        <th className={`${classes.th} ${classes.check}`}>
          <input
            type="checkbox"
            aria-label={t('list.selectAll')}
            checked={allSelected}
            onChange={(e) => {
              onToggleAll(e.currentTarget.checked);
            }}
          />
        </th>
        <th className={`${classes.th} ${classes.pin}`}>
          <span className={classes.visuallyHidden}>{t('list.pinned')}</span>
        </th>
        {SORT_COLUMNS.map((column) => (
          <SortHeader
            key={column}
            column={column}
            label={t(`list.columns.${column}`)}
            sortByLabel={sortByLabel}
            active={sort === column}
            direction={direction}
            onSort={onSort}
          />
        ))}
      </tr>
    </thead>
  );
});

function SortHeader({
  column,
  label,
  sortByLabel,
  active,
  direction,
  onSort,
}: {
  column: SortColumn;
  label: string;
  sortByLabel: (column: string) => string;
  active: boolean;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
}) {
  return (
    <th
      className={`${classes.th} ${classes[column]}`}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        onClick={() => {
          onSort(column);
        }}
        aria-label={sortByLabel(label)}
        className={classes.sortButton}
      >
        {label}
        <span aria-hidden="true">{active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

// Row (and sort) labels are translated once per language around this marker, then filled per row: an i18next
// `t` call costs more than the rest of a row's render.
const NAME_MARK = '\u0000';

interface RowLabels {
  select: (name: string) => string;
  pin: (name: string) => string;
  unpin: (name: string) => string;
}

function nameTemplate(translated: string): (name: string) => string {
  const parts = translated.split(NAME_MARK);
  return (name) => parts.join(name);
}

/** Each column's cell classes (its width, see function-table.module.css), built once. */
const CELLS = {
  check: `${classes.td} ${classes.check}`,
  pin: `${classes.td} ${classes.pin}`,
  name: `${classes.cell} ${classes.name}`,
  runtime: `${classes.cell} ${classes.runtime}`,
  memory: `${classes.cell} ${classes.memory}`,
  app: `${classes.cell} ${classes.app}`,
  modified: `${classes.cell} ${classes.modified}`,
  description: `${classes.cell} ${classes.description} ${classes.dimmed}`,
};

/** A click the app handles (a new tab, window or download stays the browser's, as with a router Link). */
function isPlainClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && !e.defaultPrevented;
}

const FunctionRow = memo(function FunctionRow({
  row,
  index,
  isSelected,
  isPinned,
  href,
  onToggleSelect,
  onTogglePin,
  onOpen,
  labels,
}: {
  row: ListRow;
  index: number;
  isSelected: boolean;
  isPinned: boolean;
  href: string;
  onToggleSelect: (urn: string) => void;
  onTogglePin: (urn: string, pin: boolean) => void;
  onOpen: (href: string) => void;
  labels: RowLabels;
}) {
  const { fn } = row;
  return (
    <tr aria-rowindex={index + 2} aria-selected={isSelected} className={classes.row}>
      <td className={CELLS.check}>
        <input
          type="checkbox"
          aria-label={labels.select(fn.func_name)}
          checked={isSelected}
          onChange={() => {
            onToggleSelect(row.urn);
          }}
        />
      </td>
      <td className={CELLS.pin}>
        <button
          type="button"
          className={classes.pinButton}
          aria-pressed={isPinned}
          aria-label={isPinned ? labels.unpin(fn.func_name) : labels.pin(fn.func_name)}
          onClick={() => {
            onTogglePin(row.urn, !isPinned);
          }}
        >
          {isPinned ? '★' : '☆'}
        </button>
      </td>
      <td className={CELLS.name}>
        <a
          href={href}
          className={classes.link}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onOpen(href);
          }}
        >
          {fn.func_name}
        </a>
      </td>
      <td className={CELLS.runtime}>{fn.runtime}</td>
      <td className={CELLS.memory}>{fn.memory_size}</td>
      <td className={CELLS.app}>{fn.package}</td>
      <td className={CELLS.modified}>{formatModified(fn.last_modified)}</td>
      <td className={CELLS.description} title={fn.description}>
        {fn.description}
      </td>
    </tr>
  );
});
