// One uPlot chart that a keyboard can read: the chart is focusable, the arrow keys step its cursor from point to
// point (a slider over the points, to assistive technology) and a line under it says what the point is. Sized to its container; only ever loaded with the instructor pages.

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  /** The chart's accessible name, e.g. "Score distribution, SPIKES". */
  label: string;
  /** What the chart shows overall, read with the name; the table beside it has every value. */
  summary: string;
  data: uPlot.AlignedData;
  /** The options without a size (the chart follows its container's width), given the container for its colours. */
  options: (element: HTMLElement) => Omit<uPlot.Options, 'width' | 'height'>;
  /** The point at an x index in words, for the status line as the keyboard moves. */
  describePoint: (index: number) => string;
  /** @default 220 */
  height?: number;
  testId?: string;
}

export function UPlotChart({ label, summary, data, options, describePoint, height = 220, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [index, setIndex] = useState<number | null>(null);
  const summaryId = useId();
  const points = data[0].length;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(Math.floor(element.clientWidth), 200);
    const plot = new uPlot({ ...options(element), width, height }, data, element);
    plotRef.current = plot;
    // Follow the container's width: the page reflows with the window.
    const resize = new ResizeObserver(() => {
      const next = Math.floor(element.clientWidth);
      if (next > 0 && next !== plot.width) plot.setSize({ width: next, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [data, options, height]);

  /** Moves the cursor to a point, as a pointer would, so the legend shows its values too. */
  const show = (next: number) => {
    const plot = plotRef.current;
    const x = data[0][next];
    if (!plot || x === undefined) return;
    const ys = data
      .slice(1)
      .map((series) => series[next])
      .filter((y): y is number => typeof y === 'number');
    const y = ys.length > 0 ? Math.max(...ys) : 0;
    plot.setCursor({ left: plot.valToPos(x, 'x'), top: plot.valToPos(y, 'y') });
    setIndex(next);
  };

  const onKey = (event: KeyboardEvent) => {
    if (points === 0) return;
    const moves: Record<string, number> = {
      ArrowRight: (index ?? -1) + 1,
      ArrowLeft: (index ?? points) - 1,
      Home: 0,
      End: points - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(Math.min(points - 1, Math.max(0, next)));
  };

  return (
    <div className="chart" data-testid={testId}>
      <div
        ref={host}
        className="chart-canvas"
        // The arrow keys step a cursor through the points: to assistive technology, a slider over them.
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-describedby={summaryId}
        aria-roledescription="chart"
        aria-orientation="horizontal"
        aria-valuemin={points === 0 ? 0 : 1}
        aria-valuemax={points}
        aria-valuenow={index === null ? 0 : index + 1}
        aria-valuetext={index === null ? 'No point chosen' : describePoint(index)}
        onKeyDown={onKey}
        onBlur={() => setIndex(null)}
      />
      <p id={summaryId} className="visually-hidden">
        {summary} Use the left and right arrow keys to read each point.
      </p>
      <p className="chart-status muted small" aria-hidden="true" data-testid="chart-status">
        {index === null ? '' : describePoint(index)}
      </p>
    </div>
  );
}
