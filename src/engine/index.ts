export * from './address';
export * from './snapshot';
export * from './numbers';
export * from './vocabulary';
export * from './findings';
export type { DetectedTable, TableKind, TableLayout, ValueColumn, SummaryEntry, ColumnRole } from './detect/Table';
export type { Relation, RelationKind, RelationSubject } from './check/Relation';
export { detectTables } from './detect/detectTables';
export { checkWorkbook, type CheckResult, type CheckOptions } from './check/checkWorkbook';
