import '@mantine/core/styles/Table.css';
import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { Link } from 'react-router';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { FeatureT } from '@/i18n/feature-catalogue';
import { functionsCatalogue } from '../../i18n';
import { formatModified } from '../../utils/format';
import type { ListRow, SortColumn, SortDirection } from '../../utils/list-model';
import { SORT_COLUMNS } from '../../utils/list-model';
import classes from './function-table.module.css';

export const ROW_HEIGHT = 40;
const FALLBACK_RECT = { width: 1200, height: 600 };

type Catalogue = (typeof functionsCatalogue)['en-US'];

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
 * row, virtualized rows so the DOM stays small whatever the count (@tanstack/react-virtual; fixed row height).
 */
export function FunctionTable(props: FunctionTableProps) {
  const t = useFeatureTranslation(functionsCatalogue);
  const { rows, selected, pinned } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here relies on compiler memoisation
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Until the scroll element has a size (first frame; jsdom never lays out) assume one screen of rows.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => {
        callback(rect.height > 0 ? rect : FALLBACK_RECT);
      }),
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.urn));

  return (
    <div ref={scrollRef} className={classes.scroller} data-function-list="">
      <Table stickyHeader aria-label={t('list.tableLabel')} aria-rowcount={rows.length + 1} layout="fixed">
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th className={classes.check}>
              <input
                type="checkbox"
                aria-label={t('list.selectAll')}
                checked={allSelected}
                onChange={(e) => {
                  props.onToggleAll(e.currentTarget.checked);
                }}
              />
            </Table.Th>
            <Table.Th className={classes.pin}>
              <span className={classes.visuallyHidden}>{t('list.pinned')}</span>
            </Table.Th>
            {SORT_COLUMNS.map((column) => (
              <SortHeader key={column} column={column} t={t} {...props} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <FunctionRow
                key={row.urn}
                row={row}
                index={item.index}
                isSelected={selected.has(row.urn)}
                isPinned={pinned.has(row.urn)}
                href={props.hrefOf(row)}
                onToggleSelect={props.onToggleSelect}
                onTogglePin={props.onTogglePin}
                t={t}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={8} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SortHeader({
  column,
  sort,
  direction,
  onSort,
  t,
}: FunctionTableProps & { column: SortColumn; t: FeatureT<Catalogue> }) {
  const active = sort === column;
  const label = t(`list.columns.${column}`);
  return (
    <Table.Th
      className={classes[column]}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => {
          onSort(column);
        }}
        aria-label={t('list.sortBy', { column: label })}
        className={classes.sortButton}
      >
        {label}
        <span aria-hidden="true">{active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

const FunctionRow = memo(function FunctionRow({
  row,
  index,
  isSelected,
  isPinned,
  href,
  onToggleSelect,
  onTogglePin,
  t,
}: {
  row: ListRow;
  index: number;
  isSelected: boolean;
  isPinned: boolean;
  href: string;
  onToggleSelect: (urn: string) => void;
  onTogglePin: (urn: string, pin: boolean) => void;
  t: FeatureT<Catalogue>;
}) {
  const { fn } = row;
  return (
    <Table.Tr aria-rowindex={index + 2} aria-selected={isSelected} className={classes.row}>
      <Table.Td>
        <input
          type="checkbox"
          aria-label={t('list.selectRow', { name: fn.func_name })}
          checked={isSelected}
          onChange={() => {
            onToggleSelect(row.urn);
          }}
        />
      </Table.Td>
      <Table.Td>
        <button
          type="button"
          className={classes.pinButton}
          aria-pressed={isPinned}
          aria-label={
            isPinned ? t('list.unpin', { name: fn.func_name }) : t('list.pin', { name: fn.func_name })
          }
          onClick={() => {
            onTogglePin(row.urn, !isPinned);
          }}
        >
          {isPinned ? '★' : '☆'}
        </button>
      </Table.Td>
      <Table.Td className={classes.cell}>
        <Anchor component={Link} to={href} fw={600} size="sm">
          {fn.func_name}
        </Anchor>
      </Table.Td>
      <Table.Td className={classes.cell}>{fn.runtime}</Table.Td>
      <Table.Td className={classes.cell}>{fn.memory_size}</Table.Td>
      <Table.Td className={classes.cell}>{fn.package}</Table.Td>
      <Table.Td className={classes.cell}>{formatModified(fn.last_modified)}</Table.Td>
      <Table.Td className={classes.cell}>
        <Text span size="sm" c="dimmed" title={fn.description}>
          {fn.description}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
});
