/**
 * Snapshot normalisation (as in Observable Plot's tests): numbers rounded to one decimal and
 * one tag per line, so a snapshot diff shows what moved, not floating-point noise.
 */
export function normaliseSvg(svg: string): string {
  return `${svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<')}\n`;
}
