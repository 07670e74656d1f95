// Plain CommonJS, deliberately not compiled: jest's swc transform would turn `import()` into
// `require()`, which cannot load ESM-only packages (such as oauth2-mock-server). Left as written,
// jest (run with --experimental-vm-modules) loads the package through its ESM loader.
module.exports = { importEsm: (specifier) => import(specifier) };
