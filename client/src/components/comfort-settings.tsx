// The comfort settings on the pre-brief: less motion in the scene, and the size of the captions.

import { CAPTION_SIZES, type CaptionSize } from '../state/comfort.ts';
import { useBedside } from './bedside-context.ts';

const CAPTION_LABELS: Record<CaptionSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

export function ComfortSettings() {
  const comfort = useBedside((s) => s.comfort);
  const setComfort = useBedside((s) => s.setComfort);

  // Shares the difficulty picker's box and option layout so the pre-brief's choices look alike.
  return (
    <fieldset className="difficulty comfort" data-testid="comfort">
      <legend>Comfort</legend>
      <label className="difficulty-option">
        <input
          type="checkbox"
          checked={comfort.reducedMotion}
          onChange={(event) => setComfort({ reducedMotion: event.currentTarget.checked })}
          aria-describedby="comfort-motion-hint"
          data-testid="comfort-reduced-motion"
        />
        <span>Reduce motion</span>
      </label>
      <p id="comfort-motion-hint" className="muted small">
        Calms the scene: the people move less and do not nod; their faces still show how they feel.
      </p>
      <fieldset className="comfort-captions">
        <legend>Caption size</legend>
        {CAPTION_SIZES.map((size) => (
          <label key={size} className="difficulty-option">
            <input
              type="radio"
              name="caption-size"
              value={size}
              checked={comfort.captionSize === size}
              onChange={() => setComfort({ captionSize: size })}
              data-testid={`caption-size-${size}`}
            />
            <span>{CAPTION_LABELS[size]}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted small">Saved on this device; you can change them before any session.</p>
    </fieldset>
  );
}
