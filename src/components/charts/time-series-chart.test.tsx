import { screen } from '@testing-library/react';
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
    const [path] = linePaths(container);
    expect(path).toBeDefined();
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
    const paths = linePaths(container);
    expect(paths).toHaveLength(2);
    const drawnPoints = (paths[0]?.match(/[ML]/g) ?? []).length;
    expect(drawnPoints).toBeGreaterThan(100);
    expect(drawnPoints).toBeLessThanOrEqual(420);
  });
});
