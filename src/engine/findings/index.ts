export * from './Finding';
export * from './rules';
