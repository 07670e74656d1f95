import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema } from 'graphql';
import { createSchema } from './schema';

/** The committed SDL: the full schema (devSignIn included, as in development), with auth directives. */
export async function printedSchema(): Promise<string> {
  const schema = await createSchema({ NODE_ENV: 'development', AUTH_DEV_LOGIN: true });
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  void printedSchema().then((sdl) => {
    writeFileSync('schema.graphql', sdl);
    process.stdout.write('schema.graphql written\n');
  });
}
