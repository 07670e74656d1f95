/**
 * The swc transform of the project's TypeScript, as tsc emits it (decorators with their metadata,
 * class fields assigned in constructors): shared by the tests (@swc/jest) and `npm start`.
 */
module.exports = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
