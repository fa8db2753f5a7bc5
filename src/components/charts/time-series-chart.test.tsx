import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ChartSeries } from './time-series-chart';
import { chartRows, TimeSeriesChart } from './time-series-chart';

const T0 = Date.UTC(2026, 10, 28, 10, 0);

function build(key: string, values: readonly (number | null)[]): ChartSeries {
  return { key, label: key, color: '#228be6', points: values.map((v, i) => ({ t: T0 + i * 60_000, v })) };
}

function renderChart(series: ChartSeries[]) {
  return renderWithProviders(
    <TimeSeriesChart
      title="Invocations"
      unit="count"
      series={series}
      emptyLabel="No data in this time range"
      timeZoneLabel="local time"
      width={600}
      height={200}
      maxPoints={400}
    />,
  );
}

/** The `d` attribute of each drawn line. */
function linePaths(container: HTMLElement): string[] {
  return [...container.querySelectorAll('path.recharts-curve.recharts-line-curve')].map(
    (p) => p.getAttribute('d') ?? '',
  );
}

/** Text of the x-axis tick labels. */
function xLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
}

describe('TimeSeriesChart', () => {
  it('says there is no data when every bucket is missing, instead of drawing zeros', async () => {
    const { container } = renderChart([build('count', [null, null, null])]);
    expect(await screen.findByText('No data in this time range')).toBeInTheDocument();
    expect(linePaths(container)).toEqual([]);
  });

  it('says there is no data for an empty series', async () => {
    renderChart([build('count', [])]);
    expect(await screen.findByText('No data in this time range')).toBeInTheDocument();
  });

  it('draws a gap for missing buckets: two line segments, not one through zero', async () => {
    const { container } = renderChart([build('count', [1, 2, 3, null, null, 4, 5])]);
    expect(await screen.findByRole('figure', { name: 'Invocations' })).toBeInTheDocument();
    await waitFor(() => {
      expect(linePaths(container)).toHaveLength(1);
    });
    const [path] = linePaths(container);
    // One "M" (move-to) per segment.
    expect(path?.match(/M/g)).toHaveLength(2);
  });

  it('draws many points downsampled (bounded rows) while keeping the spike', async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 7777 ? 5000 : i % 10));
    const series = [
      build('count', values),
      build(
        'fail',
        values.map((v) => v / 2),
      ),
    ];
    const rows = chartRows(series, 400);
    expect(rows.length).toBeLessThanOrEqual(420);
    expect(rows.map((r) => r.count)).toContain(5000);
    const { container } = renderChart(series);
    await screen.findByRole('figure', { name: 'Invocations' });
    await waitFor(() => {
      expect(linePaths(container)).toHaveLength(2);
    });
    const paths = linePaths(container);
    const drawnPoints = (paths[0]?.match(/[ML]/g) ?? []).length;
    expect(drawnPoints).toBeGreaterThan(100);
    expect(drawnPoints).toBeLessThanOrEqual(420);
  });

  it('names each series under the plot with its colour', async () => {
    const { container } = renderChart([build('count', [1, 2]), build('fail', [0, 1])]);
    const legend = await screen.findByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['count', 'fail']);
    await waitFor(() => {
      expect(linePaths(container)).toHaveLength(2);
    });
  });

  it('labels the time axis with round times, or dates over several days', async () => {
    // 10:00 to 11:00 UTC, minute buckets; and three days of hourly buckets.
    const hour = renderChart([
      build(
        'count',
        Array.from({ length: 61 }, (_, i) => i),
      ),
    ]);
    await waitFor(() => {
      expect(xLabels(hour.container).length).toBeGreaterThan(1);
    });
    for (const label of xLabels(hour.container)) expect(label).toMatch(/^\d{1,2}:(00|15|30|45)( [AP]M)?$/);
    hour.unmount();
    const days: ChartSeries = {
      key: 'count',
      label: 'count',
      color: '#228be6',
      points: Array.from({ length: 72 }, (_, i) => ({ t: T0 + i * 3_600_000, v: i })),
    };
    const { container } = renderChart([days]);
    await waitFor(() => {
      expect(xLabels(container).length).toBeGreaterThan(1);
    });
    for (const label of xLabels(container)) expect(label).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
  });

  it('builds the same rows from points in any order', () => {
    const ordered = build('count', [1, null, 3, 4, 5]);
    const shuffled = { ...ordered, points: [...ordered.points].reverse() };
    expect(chartRows([shuffled], 400)).toEqual(chartRows([ordered], 400));
  });
});
