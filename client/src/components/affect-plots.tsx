// The debrief's plots of feelings over the turns: the lazy boundary that keeps uPlot out of the first download.

import { lazy, Suspense, useMemo } from 'react';
import type { SessionWithTurnsDto } from '../../../server/protocol.ts';
import { affectSeries } from '../state/affect-series.ts';
import '../affect-plot.css';
import { LoadBoundary } from './load-boundary.tsx';

const AffectPlot = lazy(() => import('./affect-plot.tsx').then((module) => ({ default: module.AffectPlot })));

interface Props {
  ended: Pick<SessionWithTurnsDto, 'characters' | 'initialAffect' | 'turns'>;
  /** Jumps the transcript to a 0-based turn index. */
  onTurn?: (index: number) => void;
}

export function AffectPlots({ ended, onTurn }: Props) {
  const all = useMemo(() => affectSeries(ended), [ended]);
  if (all.length === 0) return null;
  return (
    <LoadBoundary
      fallback={
        <p className="muted small" role="status">
          The charts could not be loaded; the start and end of each feeling are shown above.
        </p>
      }
    >
      <Suspense
        fallback={
          <p className="muted affect-plots-loading" data-testid="affect-plots-loading">
            Loading the charts…
          </p>
        }
      >
        <div className="affect-plots" data-testid="affect-plots">
          {all.map((series) => (
            <AffectPlot key={series.character.id} series={series} onTurn={onTurn} />
          ))}
        </div>
      </Suspense>
    </LoadBoundary>
  );
}
