// Caption sizes in the room, in metres of font size. Medium is about 1.6° of visual angle from the learner's seat
// (1.6 m) and 0.44° at 6 m, roughly 11 pixels of letter height on a Quest 3 display there: still readable.

import type { CaptionSize } from '../state/comfort.ts';

export const CAPTION_FONT_METRES: Readonly<Record<CaptionSize, number>> = {
  small: 0.036,
  medium: 0.046,
  large: 0.06,
};

/** Width of a caption before it wraps, in letter heights, so bigger text wraps into more lines, not wider ones. */
export const CAPTION_WIDTH_EMS = 13;

/** Glyphs made ready when the scene opens, so a new caption does not wait for its letters to be rendered. */
export const CAPTION_CHARACTERS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,;:!?\'"’‘“”…-–—()/%&';
