import 'reflect-metadata';
import { ensureTemplate } from './embedded-start';

/**
 * `npm run snapshot`: makes the embedded database template that a fresh DATA_DIR is copied from,
 * so the first `npm start` only copies it. `npm install` runs it with `--postinstall`, which skips
 * CI and production installs and never fails the install: without a template the server makes
 * one on its first start.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const postinstall = argv.includes('--postinstall');
  if (postinstall && (process.env.CI || process.env.NODE_ENV === 'production' || process.env.DATABASE_URL)) return 0;
  try {
    const demo = process.env.SEED_DEMO_DATA !== 'false' && process.env.SEED_DEMO_DATA !== '0';
    const { key, built } = await ensureTemplate({
      demo,
      progress: () => console.log('Preparing the embedded database for the first `npm start` (about 10 s)…'),
    });
    console.log(
      built ? `Embedded database template ${key} ready.` : `Embedded database template ${key} is up to date.`,
    );
    return 0;
  } catch (error: unknown) {
    console.error(
      `Could not prepare the embedded database template: ${error instanceof Error ? error.message : String(error)}`,
    );
    return postinstall ? 0 : 1;
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
