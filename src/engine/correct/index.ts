export * from './Correction';
export { correctTable, type CorrectOptions } from './correctTable';
export { correctWorkbook } from './correctWorkbook';
export { highsSolver, type HighsLike, type LpOutcome, type LpSolver } from './LpSolver';
export { readFormula, type FormulaReading, type LinearFormula } from './linearFormula';
export { slipOf } from './slipOf';
export { linkCorrections } from './linkCorrections';
export { CORRECTION_TIME, type CorrectWorkbookOptions } from './correctWorkbook';
