export * from './Dec';
export * from './Exact';
export * from './Figure';
export * from './numberFormat';
export * from './parseFigure';
export * from './formatAmount';
export * from './SheetFigures';
export * from './Shown';
