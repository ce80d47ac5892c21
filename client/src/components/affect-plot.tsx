// One character's distress, anger and trust across the session, drawn with uPlot; only ever loaded lazily.

import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type AffectSeries, type Feeling, startAndEnd, turnIndexOf } from '../state/affect-series.ts';
import { characterRole, formatAffect } from '../state/speakers.ts';

interface Props {
  series: AffectSeries;
  /** Called with the 0-based turn index when the learner clicks a point after the start. */
  onTurn?: ((index: number) => void) | undefined;
}

/** Canvas height including the axes, in CSS pixels; the width follows the container. */
const HEIGHT = 200;

// Colours match the affect bars (CSS variables); the dash patterns keep lines apart without colour.
const LINES: readonly {
  feeling: Feeling;
  label: string;
  fallback: string;
  dash: number[];
  marker: string;
}[] = [
  { feeling: 'distress', label: 'Distress', fallback: '#7a5bc7', dash: [], marker: 'solid' },
  { feeling: 'anger', label: 'Anger', fallback: '#c4412b', dash: [8, 4], marker: 'dashed' },
  { feeling: 'trust', label: 'Trust', fallback: '#2e8b57', dash: [2, 3], marker: 'dotted' },
];

export function AffectPlot({ series, onTurn }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const onTurnRef = useRef(onTurn);
  const titleId = useId();
  const { character } = series;

  useEffect(() => {
    onTurnRef.current = onTurn;
  }, [onTurn]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const plot = new uPlot(plotOptions(element), plotData(series), element);
    // Follow the container's width: the card grid reflows with the window.
    const resize = new ResizeObserver(() => {
      const width = Math.floor(element.clientWidth);
      if (width > 0 && width !== plot.width) plot.setSize({ width, height: HEIGHT });
    });
    resize.observe(element);
    const jump = (): void => {
      const idx = plot.cursor.idx;
      const x = idx == null ? undefined : plot.data[0][idx];
      const index = x === undefined ? null : turnIndexOf(x);
      if (index !== null) onTurnRef.current?.(index);
    };
    plot.over.addEventListener('click', jump);
    return () => {
      resize.disconnect();
      plot.over.removeEventListener('click', jump);
      plot.destroy();
    };
  }, [series]);

  const turns = series.turns.length - 1;
  return (
    <section
      className="card affect-plot"
      aria-labelledby={titleId}
      data-testid={`affect-plot-${character.id}`}
    >
      <h3 id={titleId}>
        {character.name} <span className="muted small">{characterRole(character)}</span>
      </h3>
      <div
        ref={host}
        className="affect-plot-canvas"
        role="img"
        aria-label={`${summary(series)}, over ${turns} ${turns === 1 ? 'turn' : 'turns'}.`}
      />
      {onTurn && turns > 0 && (
        <p className="muted small">Click a point to find that turn in the transcript.</p>
      )}
      <AffectTable series={series} />
    </section>
  );
}

/** Every value turn by turn, for screen readers: the canvas itself says nothing. */
function AffectTable({ series }: { series: AffectSeries }) {
  return (
    <table className="visually-hidden">
      <caption>{series.character.name}: feelings turn by turn</caption>
      <thead>
        <tr>
          <th scope="col">Turn</th>
          {LINES.map(({ feeling, label }) => (
            <th key={feeling} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.turns.map((turn, i) => (
          <tr key={turn}>
            <th scope="row">{turn === 0 ? 'Start' : `Turn ${turn}`}</th>
            {LINES.map(({ feeling }) => {
              const value = series.values[feeling][i];
              return <td key={feeling}>{value == null ? '–' : formatAffect(value)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Distress 0.60 → 0.35, anger 0.20 → 0.10, trust 0.30 → 0.70" */
function summary(series: AffectSeries): string {
  const parts = LINES.map(({ feeling, label }) => {
    const range = startAndEnd(series, feeling);
    return range ? `${label} ${formatAffect(range.start)} → ${formatAffect(range.end)}` : `${label} unknown`;
  });
  return `${series.character.name}: ${parts.join(', ')}`;
}

function plotData(series: AffectSeries): uPlot.AlignedData {
  return [series.turns, ...LINES.map(({ feeling }) => series.values[feeling])];
}

function plotOptions(element: HTMLElement): uPlot.Options {
  const style = getComputedStyle(element);
  const colour = (feeling: Feeling, fallback: string): string =>
    style.getPropertyValue(`--${feeling}`).trim() || fallback;
  const axisColour = style.color || '#333';
  return {
    width: Math.max(Math.floor(element.clientWidth), 200),
    height: HEIGHT,
    scales: { x: { time: false }, y: { range: [0, 1] } },
    axes: [
      // Whole turns only: a half turn means nothing.
      { label: 'Turn', stroke: axisColour, incrs: [1, 2, 5, 10, 20, 50, 100], values: (_, ticks) => ticks },
      {
        stroke: axisColour,
        incrs: [0.25, 0.5],
        values: (_, ticks) => ticks.map((t) => t.toFixed(2)),
        size: 44,
      },
    ],
    series: [
      { label: 'Turn', value: (_, x) => (x == null ? '–' : x === 0 ? 'Start' : `${x}`) },
      ...LINES.map(({ feeling, label, fallback, dash }) => ({
        label,
        stroke: colour(feeling, fallback),
        width: 2,
        dash,
        points: { size: 5 },
        value: (_: uPlot, y: number | null) => (y == null ? '–' : formatAffect(y)),
      })),
    ],
    legend: {
      markers: { width: 3, dash: (_, i) => LINES[i - 1]?.marker ?? 'solid' },
    },
    cursor: { drag: { x: false, y: false } },
  };
}
