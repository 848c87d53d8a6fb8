import type { CheckProgress } from '../engine';

/**
 * How full the check's bar is (0..1): finding the tables sheet by sheet fills the first half,
 * the structural reading takes it to 0.6, the checks one by one the rest (about where the
 * engine's time goes on the bench workbook).
 */
export function progressValue(p: CheckProgress): number {
  if (p.stage === 'sheets') return p.total > 0 ? (0.5 * p.done) / p.total : 0;
  if (p.stage === 'structure') return 0.5;
  return 0.6 + (p.total > 0 ? (0.4 * p.done) / p.total : 0);
}
