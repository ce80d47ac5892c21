// The captions as page text: what each character is saying, announced to screen readers (and read by the tests).
// Sighted learners read the same lines on the panels above the characters, in the desktop view and in VR alike.

import type { CaptionLine } from './captions-3d.tsx';

export function CaptionRegion({ captions }: { captions: Readonly<Record<string, CaptionLine>> }) {
  return (
    <div className="visually-hidden" role="log" aria-live="polite" aria-label="Captions">
      {Object.values(captions).map((line) => (
        <p key={line.speaker} data-testid="caption" data-speaker={line.speaker}>
          {line.name}: {line.text}
        </p>
      ))}
    </div>
  );
}
