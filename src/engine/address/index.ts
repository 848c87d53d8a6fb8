export * from './CellAddress';
