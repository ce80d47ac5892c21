// Caption sizes in the room, in metres of letter height: chosen to stay legible from the learner's seat (1.6 m)
// out to 6 m, where "large" is about the size of a road sign's small print.

export type CaptionSize = 'small' | 'medium' | 'large';

export const CAPTION_FONT_METRES: Readonly<Record<CaptionSize, number>> = {
  small: 0.04,
  medium: 0.052,
  large: 0.068,
};

/** Width of a caption before it wraps, in letter heights, so bigger text wraps into more lines, not wider ones. */
export const CAPTION_WIDTH_EMS = 14;
