/**
 * Estimated rendered width of a line in a proportional font, in thousandths of an em. PDF text
 * layers carry no positions through pdf-parse, and counting characters makes "illicit" as wide as
 * "WWWWWWW"; Times advance widths (the metrics of Liberation Serif, which the seed PDFs use) order
 * glyphs the same way most text fonts do, which is all a line-end test needs.
 */
const ASCII_WIDTHS: Record<string, number> = {};
const GROUPS: [number, string][] = [
  [180, "'"],
  [250, ' ,.'],
  [278, '/:;ijlt'],
  [333, '!()-[]fIr`{}|'],
  [389, 'Js'],
  [408, '"'],
  [444, '?acez'],
  [500, '#$*0123456789_bdghknopquvxy~^'],
  [556, 'FPS'],
  [564, '+<=>'],
  [611, 'ELTZ'],
  [667, 'BCR'],
  [722, 'ADGHKNOQUVXYw'],
  [778, '&m'],
  [833, '%'],
  [889, 'M'],
  [921, '@'],
  [944, 'W'],
];
for (const [width, glyphs] of GROUPS) for (const glyph of glyphs) ASCII_WIDTHS[glyph] = width;
const DEFAULT_WIDTH = 500;

export function estimateLineWidth(line: string): number {
  let width = 0;
  for (const glyph of line) width += ASCII_WIDTHS[glyph] ?? DEFAULT_WIDTH;
  return width;
}
