// Region tags of the head's vertices: the morph targets move each region differently.

export const HeadTag = {
  skull: 0,
  nose: 1,
  ear: 2,
  upperLip: 3,
  lowerLip: 4,
  brow: 5,
  lowerLid: 6,
  hair: 7,
  glasses: 8,
} as const;
