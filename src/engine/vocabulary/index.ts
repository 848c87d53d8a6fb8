export * from './normalizeLabel';
export * from './vocabulary';
export * from './parseYear';
export * from './classifyLabel';
