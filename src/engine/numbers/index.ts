export * from './Dec';
export * from './Figure';
export * from './numberFormat';
export * from './parseFigure';
export * from './formatAmount';
export * from './SheetFigures';
