/** Loads an ESM-only package from a CommonJS test (see esm-import.js). */
export declare function importEsm<T>(specifier: string): Promise<T>;
