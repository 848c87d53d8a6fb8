/** @type {import('jest').Config} */
module.exports = {
  // node by default; component tests ask for jsdom in their docblock (@jest-environment jsdom)
  testEnvironment: 'node',
  // jsdom would otherwise resolve packages to their browser builds (uuid's is ES modules only, under ExcelJS)
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, not its heavy main module
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
  testTimeout: 60000,
};
