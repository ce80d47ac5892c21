// A cohort's skill ratings week by week: one line per skill on the 0-100 scale the learner sees, with a table of the
// same figures.

import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import { SKILL_NAMES } from '../../../server/protocol.ts';
import type { SkillsOverTime } from '../state/cohort-charts.ts';
import { UPlotChart } from './uplot-chart.tsx';

/** Distinct hues, and dashes so lines stay apart without colour. */
const LINE_STYLES: readonly { colour: string; dash: number[] }[] = [
  { colour: '#1f6f8b', dash: [] },
  { colour: '#b8342a', dash: [8, 4] },
  { colour: '#2b7a4b', dash: [2, 3] },
  { colour: '#7a5bc7', dash: [10, 3, 2, 3] },
  { colour: '#a86a12', dash: [4, 4] },
  { colour: '#4a5563', dash: [1, 5] },
];

const weekFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function SkillsChart({ chart }: { chart: SkillsOverTime }) {
  const { weeks, weekLabels, lines } = chart;
  const data = useMemo<uPlot.AlignedData>(() => [weeks, ...lines.map((l) => l.values)], [weeks, lines]);
  const options = useCallback(
    (element: HTMLElement): Omit<uPlot.Options, 'width' | 'height'> => {
      const axis = getComputedStyle(element).color || '#333';
      const day = 24 * 3600;
      return {
        scales: {
          // Half a week either side, so the first and last weeks (or a lone one) sit clear of the edges.
          x: { time: true, range: () => [(weeks[0] ?? 0) - 3.5 * day, (weeks.at(-1) ?? 0) + 3.5 * day] },
          y: { range: [0, 100] },
        },
        axes: [
          {
            stroke: axis,
            splits: () => weeks,
            values: (_, ticks) => ticks.map((t) => weekFormat.format(new Date(t * 1000))),
          },
          { stroke: axis, splits: () => [0, 25, 50, 75, 100], size: 40 },
        ],
        series: [
          { label: 'Week of', value: (_, v) => (v == null ? '–' : weekFormat.format(new Date(v * 1000))) },
          ...lines.map((line, i) => {
            const style = LINE_STYLES[i % LINE_STYLES.length] ?? { colour: '#333', dash: [] };
            return {
              label: SKILL_NAMES[line.skill],
              stroke: style.colour,
              dash: style.dash,
              width: 2,
              spanGaps: true,
              points: { size: 6 },
              value: (_: uPlot, v: number | null) => (v == null ? '–' : `${v}`),
            };
          }),
        ],
        cursor: { drag: { x: false, y: false } },
      };
    },
    [weeks, lines],
  );

  const describePoint = (i: number): string => {
    const parts = lines
      .map((line) => (line.values[i] == null ? null : `${SKILL_NAMES[line.skill]} ${line.values[i]}`))
      .filter((part) => part !== null);
    return `Week of ${weekLabels[i] ?? ''}: ${parts.length > 0 ? parts.join(', ') : 'no ratings'}.`;
  };

  if (weeks.length === 0) {
    return <p className="muted">No skill ratings yet: they appear once learners complete graded sessions.</p>;
  }
  return (
    <>
      <UPlotChart
        label="Skill ratings over time"
        summary={`Mean rating out of 100 per skill, over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}.`}
        data={data}
        options={options}
        describePoint={describePoint}
        height={240}
        testId="skills-chart"
      />
      <details className="chart-table">
        <summary>Show as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Mean skill rating out of 100, per week</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                {lines.map((line) => (
                  <th key={line.skill} scope="col">
                    {SKILL_NAMES[line.skill]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weekLabels.map((week, i) => (
                <tr key={week}>
                  <th scope="row">{week}</th>
                  {lines.map((line) => (
                    <td key={line.skill}>
                      {line.values[i] == null ? '–' : `${line.values[i]} (${line.learners[i]} rated)`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
