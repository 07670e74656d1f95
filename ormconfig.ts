import { parseEnv } from './src/config/env';
import { createDatabase } from './src/db/data-source';

const env = parseEnv();

/** The data source the TypeORM CLI uses: DATABASE_URL, or the embedded database under DATA_DIR. */
export const dataSource = createDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }).dataSource;
