// How a cohort's scores on each rubric item spread: per rubric, one stacked bar per item (the share of sessions in
// each fifth of the score range, lowest at the bottom), with the same figures in a table.

import { useCallback, useMemo } from 'react';
import uPlot from 'uplot';
import { BAND_LABELS, type RubricDistribution } from '../state/cohort-charts.ts';
import { formatPercent } from '../state/feedback.ts';
import { UPlotChart } from './uplot-chart.tsx';

/** Lowest band to highest: red through amber to green, each distinct in lightness too. */
const BAND_COLOURS = ['#b8342a', '#df7f2f', '#d6b83c', '#78b06f', '#2b7a4b'] as const;

export function DistributionChart({ rubric }: { rubric: RubricDistribution }) {
  const { items, x, upTo } = rubric;
  // Drawn from the top band down: each later bar covers the lower part of the one before.
  const data = useMemo<uPlot.AlignedData>(() => [x, ...[...upTo].reverse()], [x, upTo]);
  const ownShare = useCallback(
    (band: number, i: number) => (upTo[band]?.[i] ?? 0) - (band > 0 ? (upTo[band - 1]?.[i] ?? 0) : 0),
    [upTo],
  );
  const options = useCallback(
    (element: HTMLElement): Omit<uPlot.Options, 'width' | 'height'> => {
      const axis = getComputedStyle(element).color || '#333';
      const bars = uPlot.paths.bars?.({ size: [0.6, 72] });
      return {
        scales: { x: { time: false, range: () => [0.5, x.length + 0.5] }, y: { range: [0, 1] } },
        axes: [
          {
            label: 'Item',
            stroke: axis,
            splits: () => x,
            values: (_, ticks) => ticks.map((t) => String(t)),
          },
          { stroke: axis, splits: () => [0, 0.25, 0.5, 0.75, 1], values: (_, t) => t.map(percent), size: 54 },
        ],
        series: [
          { label: 'Item', value: (_, v) => (v == null ? '–' : (items[v - 1]?.title ?? `Item ${v}`)) },
          ...BAND_LABELS.map((label, k) => {
            const band = BAND_LABELS.length - 1 - k;
            return {
              label: BAND_LABELS[band] ?? label,
              fill: BAND_COLOURS[band],
              stroke: BAND_COLOURS[band],
              width: 0,
              paths: bars,
              points: { show: false },
              value: (u: uPlot, _v: number | null, _s: number, i: number | null) =>
                i == null || u.data[0][i] == null ? '–' : percent(ownShare(band, i)),
            };
          }),
        ],
        legend: { live: true },
        cursor: { drag: { x: false, y: false }, points: { show: false } },
      };
    },
    [x, items, ownShare],
  );

  const describePoint = (i: number): string => {
    const item = items[i];
    if (!item) return '';
    const spread = BAND_LABELS.map((label, band) => `${label}: ${item.bands[band]}`).join(', ');
    return `Item ${i + 1}, ${item.title ?? item.itemId}: ${item.sessions} ${plural(item.sessions, 'session')}, mean ${formatPercent(item.mean)}. ${spread}.`;
  };

  const hardest = [...items].sort((a, b) => a.mean - b.mean)[0];
  return (
    <section className="card chart-card" aria-labelledby={`dist-${rubric.rubricId}`}>
      <h3 id={`dist-${rubric.rubricId}`}>{rubric.label}</h3>
      <UPlotChart
        label={`Score distribution, ${rubric.label}`}
        summary={`${items.length} ${plural(items.length, 'item')}, each a bar split by score band.${
          hardest ? ` Lowest mean: ${hardest.title ?? hardest.itemId}, ${formatPercent(hardest.mean)}.` : ''
        }`}
        data={data}
        options={options}
        describePoint={describePoint}
        testId={`distribution-chart-${rubric.rubricId}`}
      />
      <ol className="chart-key small">
        {items.map((item) => (
          <li key={item.itemId}>
            {item.title ?? item.itemId} <span className="muted">· mean {formatPercent(item.mean)}</span>
          </li>
        ))}
      </ol>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Sessions per score band, {rubric.label}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Sessions</th>
                <th scope="col">Mean</th>
                {BAND_LABELS.map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={item.itemId}>
                  <th scope="row">
                    {i + 1}. {item.title ?? item.itemId}
                  </th>
                  <td>{item.sessions}</td>
                  <td>{formatPercent(item.mean)}</td>
                  {item.bands.map((n, band) => (
                    <td key={BAND_LABELS[band]}>{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
