export * from './WorkbookSnapshot';
export * from './SheetGrid';
