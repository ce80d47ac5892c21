// A small inline line chart of one skill's estimate over time, with its uncertainty as a band.

import type { HistoryPoint } from '../../../server/protocol.ts';
import { scaledHistory } from '../state/progress.ts';

const WIDTH = 160;
const HEIGHT = 48;
const PAD = 3;

interface Props {
  label: string;
  history: readonly HistoryPoint[];
}

export function SkillHistoryChart({ label, history }: Props) {
  const points = scaledHistory(history);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2)
    return <span className="skill-chart-empty muted small">Not enough practice yet</span>;

  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (v: number) => HEIGHT - PAD - (v * (HEIGHT - 2 * PAD)) / 100;
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  const band = [
    ...points.map((p, i) => `${x(i)},${y(p.high)}`),
    ...points.map((p, i) => `${x(i)},${y(p.low)}`).reverse(),
  ].join(' ');

  return (
    <svg
      className="skill-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={`${label} over ${points.length} updates: from ${first.value} to ${last.value} out of 100`}
      data-testid="skill-chart"
    >
      <line className="skill-chart-mid" x1={PAD} x2={WIDTH - PAD} y1={y(50)} y2={y(50)} />
      <polygon className="skill-chart-band" points={band} />
      <polyline className="skill-chart-line" points={line} />
      <circle className="skill-chart-dot" cx={x(points.length - 1)} cy={y(last.value)} r={2.5} />
    </svg>
  );
}
