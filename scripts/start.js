#!/usr/bin/env node
/**
 * `npm start`: runs the server from JavaScript that swc compiles into node_modules/.cache/aula/build,
 * recompiling only the sources changed since the last start. A start then costs what the compiled
 * server costs, without loading a TypeScript compiler; like ts-node with swc, nothing is type-checked
 * (`npm run typecheck` does that).
 */
const fs = require('node:fs');
const path = require('node:path');
const swcOptions = require('./swc-options');

const root = path.join(__dirname, '..');
const buildDir = path.join(root, 'node_modules', '.cache', 'aula', 'build');
const SOURCE_DIRS = ['src', 'migrations'];
/** Names what every compiled file depends on besides its source: a change rebuilds everything. */
const STAMP = path.join(buildDir, 'build-stamp.json');

function sources() {
  return SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  );
}

const outputOf = (source) => path.join(buildDir, source.replace(/\.ts$/, '.js'));

function stamp() {
  const swcVersion = require('@swc/core/package.json').version;
  return JSON.stringify({ swcVersion, swcOptions, node: process.version });
}

function isCurrent(source, output) {
  try {
    return fs.statSync(output).mtimeMs >= fs.statSync(path.join(root, source)).mtimeMs;
  } catch {
    return false;
  }
}

/** Written aside and renamed: a server starting at the same moment never reads half a file. */
function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, text);
  fs.renameSync(staging, file);
}

/** Compiles the sources whose output is missing or older than the source. */
function compileChanged(all) {
  const fresh = fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === stamp();
  const stale = all.filter((source) => !fresh || !isCurrent(source, outputOf(source)));
  if (stale.length === 0) return;
  const swc = require('@swc/core');
  if (stale.length > 20) console.log(`Compiling ${stale.length} files…`);
  for (const source of stale) {
    const file = path.join(root, source);
    const { code } = swc.transformFileSync(file, {
      ...swcOptions,
      filename: file,
      sourceMaps: 'inline',
      sourceFileName: path.relative(path.dirname(outputOf(source)), file),
      swcrc: false,
      configFile: false,
    });
    writeAtomically(outputOf(source), code);
  }
  if (!fresh) writeAtomically(STAMP, stamp());
}

/** Compiled files whose source is gone would still load when required by a path that no longer exists. */
function removeOrphans(all) {
  const wanted = new Set(all.map(outputOf));
  for (const dir of SOURCE_DIRS) {
    const out = path.join(buildDir, dir);
    if (!fs.existsSync(out)) continue;
    for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isFile() && file.endsWith('.js') && !wanted.has(file)) fs.rmSync(file);
    }
  }
}

const all = sources();
compileChanged(all);
removeOrphans(all);
process.setSourceMapsEnabled(true);
require(path.join(buildDir, 'src', 'main.js'));
