import { ConfigError, DEFAULT_JWT_SECRET, DEFAULT_TOKEN_ENCRYPTION_KEY, parseEnv } from './env';
import { KEY, MAIL_OFF, problemsOf, SECRET } from './env-problems';

describe('parseEnv: defaults', () => {
  it('gives a development configuration for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      PORT: 4000,
      DATA_DIR: './.data',
      DB_POOL_SIZE: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 30000,
      LOG_LEVEL: 'info',
      JWT_SECRET: DEFAULT_JWT_SECRET,
      AUTH_DEV_LOGIN: false,
      OWNER_EMAILS: [],
      MIGRATE_ON_START: true,
      SHUTDOWN_TIMEOUT_MS: 10000,
      OUTBOX_POLL_MS: 2000,
      OUTBOX_RETRY_MS: 1000,
      OUTBOX_MAX_ATTEMPTS: 12,
      APP_URL: 'http://localhost:3000',
      MOBILE_REDIRECT_URL: 'aula://auth/callback',
      TOKEN_ENCRYPTION_KEY: DEFAULT_TOKEN_ENCRYPTION_KEY,
      COOKIE_SECURE: false,
      TRUST_PROXY: 'loopback',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_URL).toBeUndefined();
    expect(env.SEED_DEMO_DATA).toBeUndefined();
    expect(env.GOOGLE_CLIENT_ID).toBeUndefined();
    expect(env.METRICS_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ PORT: '', NODE_ENV: '', JWT_SECRET: '' })).toMatchObject({
      PORT: 4000,
      NODE_ENV: 'development',
      JWT_SECRET: DEFAULT_JWT_SECRET,
    });
  });

  it('makes cookies Secure by default in production only, unless COOKIE_SECURE says otherwise', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: SECRET, TOKEN_ENCRYPTION_KEY: KEY, ...MAIL_OFF };
    expect(parseEnv(production).COOKIE_SECURE).toBe(true);
    expect(parseEnv({ ...production, COOKIE_SECURE: 'false' }).COOKIE_SECURE).toBe(false);
    expect(parseEnv({ NODE_ENV: 'test', COOKIE_SECURE: '1' }).COOKIE_SECURE).toBe(true);
  });
});

describe('parseEnv: values', () => {
  it('coerces numbers and reads true/false/1/0 as booleans', () => {
    expect(
      parseEnv({ PORT: '8080', AUTH_DEV_LOGIN: 'true', MIGRATE_ON_START: '0', SEED_DEMO_DATA: '1' }),
    ).toMatchObject({ PORT: 8080, AUTH_DEV_LOGIN: true, MIGRATE_ON_START: false, SEED_DEMO_DATA: true });
  });

  it('splits OWNER_EMAILS on commas, trimmed, lower-cased, blanks dropped', () => {
    expect(parseEnv({ OWNER_EMAILS: ' Ana@Example.test, ,bob@example.test,' }).OWNER_EMAILS).toEqual([
      'ana@example.test',
      'bob@example.test',
    ]);
  });

  it('splits CORS_ORIGINS on commas, trailing slashes dropped, and names a bad one', () => {
    expect(parseEnv({ CORS_ORIGINS: 'https://app.example.test/, http://localhost:3000' }).CORS_ORIGINS).toEqual([
      'https://app.example.test',
      'http://localhost:3000',
    ]);
    expect(problemsOf({ CORS_ORIGINS: 'https://ok.example.test,not-a-url' })).toEqual([
      'CORS_ORIGINS.1: must be an http(s) URL',
    ]);
  });

  it('drops trailing slashes from PUBLIC_URL', () => {
    expect(parseEnv({ PUBLIC_URL: 'https://api.example.test//' }).PUBLIC_URL).toBe('https://api.example.test');
  });

  it('accepts postgres:// and postgresql:// database URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/aula' }).DATABASE_URL).toBe('postgres://u@db:5432/aula');
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/aula' }).DATABASE_URL).toBe('postgresql://db/aula');
  });

  it('splits DATABASE_REPLICA_URLS on commas, trimmed, next to DATABASE_URL, and names a bad one', () => {
    const primary = { DATABASE_URL: 'postgres://u@db:5432/aula' };
    expect(
      parseEnv({ ...primary, DATABASE_REPLICA_URLS: ' postgres://u@replica-1/aula, postgresql://replica-2/aula,' })
        .DATABASE_REPLICA_URLS,
    ).toEqual(['postgres://u@replica-1/aula', 'postgresql://replica-2/aula']);
    expect(parseEnv(primary).DATABASE_REPLICA_URLS).toBeUndefined();
    expect(problemsOf({ ...primary, DATABASE_REPLICA_URLS: 'postgres://replica/aula,mysql://replica/aula' })).toEqual([
      'DATABASE_REPLICA_URLS.1: must be a postgres:// URL with a host',
    ]);
    expect(problemsOf({ ...primary, DATABASE_REPLICA_URLS: ' , ' })).toEqual([
      'DATABASE_REPLICA_URLS: must list at least one postgres:// URL',
    ]);
  });

  it('refuses DATABASE_REPLICA_URLS on the embedded database (no DATABASE_URL)', () => {
    expect(problemsOf({ DATABASE_REPLICA_URLS: 'postgres://replica/aula' })).toEqual([
      'DATABASE_REPLICA_URLS: requires DATABASE_URL (the embedded database has no replicas)',
    ]);
  });

  it('runs any document with the codegen manifest by default, and reads strict and another manifest', () => {
    expect(parseEnv({})).toMatchObject({
      TRUSTED_DOCUMENTS: 'allow',
      TRUSTED_DOCUMENTS_FILE: 'client/generated/persisted-documents.json',
    });
    expect(parseEnv({ TRUSTED_DOCUMENTS: 'strict', TRUSTED_DOCUMENTS_FILE: '/srv/aula/documents.json' })).toMatchObject(
      { TRUSTED_DOCUMENTS: 'strict', TRUSTED_DOCUMENTS_FILE: '/srv/aula/documents.json' },
    );
  });

  it('reads TRUST_PROXY as express does: names, addresses and subnets, comma-separated', () => {
    const value = 'loopback, uniquelocal, 10.0.0.0/8, 203.0.113.7, fd00::/8';
    expect(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(value);
  });

  it('accepts a base64 encryption key of 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(parseEnv({ TOKEN_ENCRYPTION_KEY: key }).TOKEN_ENCRYPTION_KEY).toBe(key);
  });
});

describe('parseEnv: bad values', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT: must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT: must be a whole number from 0 to 65535'],
    [{ DB_POOL_SIZE: '1.5' }, 'DB_POOL_SIZE: must be a whole number from 1 to 200'],
    [{ OUTBOX_MAX_ATTEMPTS: '0' }, 'OUTBOX_MAX_ATTEMPTS: must be a whole number from 1 to 1000'],
    [{ DATABASE_URL: 'mysql://db/aula' }, 'DATABASE_URL: must be a postgres:// URL with a host'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: must be a postgres:// URL with a host'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET: must be at least 32 characters'],
    [{ APP_URL: 'ftp://example.test' }, 'APP_URL: must be an http(s) URL'],
    [{ MOBILE_REDIRECT_URL: 'no scheme' }, 'MOBILE_REDIRECT_URL: must be an absolute URL'],
    [
      { GOOGLE_USERINFO_URL: 'https://example.test/me' },
      'GOOGLE_USERINFO_URL: must be an OpenID userinfo URL ending in /userinfo',
    ],
    [{ TOKEN_ENCRYPTION_KEY: 'abcd' }, 'TOKEN_ENCRYPTION_KEY: must be 32 bytes: 64 hex characters or base64'],
    [{ TRUSTED_DOCUMENTS: 'on' }, 'TRUSTED_DOCUMENTS: must be allow or strict'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '-1' }, 'DATABASE_CONNECT_TIMEOUT_MS: must be a whole number from 0 to 600000'],
    ...['everyone', '10.0.0.0/33', '172.16.0.1/12/3', 'loopback,'].map((value): [NodeJS.ProcessEnv, string] => [
      { TRUST_PROXY: value },
      'TRUST_PROXY: must list loopback, linklocal, uniquelocal, IP addresses or address/prefix subnets, comma-separated',
    ]),
    [{ METRICS_TOKEN: 'too-short' }, 'METRICS_TOKEN: must be at least 16 characters, without spaces'],
    [{ METRICS_TOKEN: 'long enough but spaced' }, 'METRICS_TOKEN: must be at least 16 characters, without spaces'],
  ])('refuses %j with "%s"', (source, line) => {
    expect(problemsOf(source)).toEqual([line]);
  });

  it('names the variable of an enum it cannot read', () => {
    const [nodeEnv] = problemsOf({ NODE_ENV: 'staging' });
    expect(nodeEnv).toMatch(/^NODE_ENV: /);
    const [logLevel] = problemsOf({ LOG_LEVEL: 'loud' });
    expect(logLevel).toMatch(/^LOG_LEVEL: /);
    const [flag] = problemsOf({ AUTH_DEV_LOGIN: 'yes' });
    expect(flag).toMatch(/^AUTH_DEV_LOGIN: /);
  });

  it('reports every bad variable, one `NAME: reason` line each, in a single ConfigError', () => {
    const problems = problemsOf({ PORT: '-1', JWT_SECRET: 'short', APP_URL: 'nope' });
    expect([...problems].sort()).toEqual([
      'APP_URL: must be an http(s) URL',
      'JWT_SECRET: must be at least 32 characters',
      'PORT: must be a whole number from 0 to 65535',
    ]);
  });
});

describe('ConfigError', () => {
  it('says every problem in its message, separated by semicolons', () => {
    expect(new ConfigError(['A: bad', 'B: worse']).message).toBe('Invalid configuration: A: bad; B: worse');
  });
});

describe('parseEnv: OAuth provider pairs', () => {
  it('accepts a provider with both its client id and secret', () => {
    expect(parseEnv({ GITHUB_CLIENT_ID: 'id', GITHUB_CLIENT_SECRET: 'secret' })).toMatchObject({
      GITHUB_CLIENT_ID: 'id',
      GITHUB_CLIENT_SECRET: 'secret',
    });
  });

  it('refuses a client id without its secret, and a secret without its id', () => {
    expect(problemsOf({ GOOGLE_CLIENT_ID: 'id' })).toEqual([
      'GOOGLE_CLIENT_SECRET: required when GOOGLE_CLIENT_ID is set',
    ]);
    expect(problemsOf({ GITHUB_CLIENT_SECRET: 'secret' })).toEqual([
      'GITHUB_CLIENT_ID: required when GITHUB_CLIENT_SECRET is set',
    ]);
  });

  it('reports both providers at once', () => {
    expect(problemsOf({ GOOGLE_CLIENT_SECRET: 's', GITHUB_CLIENT_ID: 'i' })).toEqual([
      'GOOGLE_CLIENT_ID: required when GOOGLE_CLIENT_SECRET is set',
      'GITHUB_CLIENT_SECRET: required when GITHUB_CLIENT_ID is set',
    ]);
  });
});

describe('parseEnv: production', () => {
  it('refuses the default JWT secret and the default encryption key', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...MAIL_OFF })).toEqual([
      'JWT_SECRET: the default secret is refused in production',
      'TOKEN_ENCRYPTION_KEY: the default key is refused in production',
    ]);
  });

  it('refuses the defaults even when they are set explicitly', () => {
    const source = { NODE_ENV: 'production', JWT_SECRET: DEFAULT_JWT_SECRET, TOKEN_ENCRYPTION_KEY: KEY, ...MAIL_OFF };
    expect(problemsOf(source)).toEqual(['JWT_SECRET: the default secret is refused in production']);
  });

  it('accepts its own secret and key', () => {
    expect(
      parseEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, TOKEN_ENCRYPTION_KEY: KEY, ...MAIL_OFF }),
    ).toMatchObject({
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
    });
  });

  it('accepts the defaults outside production', () => {
    expect(() => parseEnv({ NODE_ENV: 'test' })).not.toThrow();
  });

  it('reports a provider pair mistake together with the refused defaults', () => {
    expect(
      problemsOf({ NODE_ENV: 'production', TOKEN_ENCRYPTION_KEY: KEY, GOOGLE_CLIENT_ID: 'id', ...MAIL_OFF }),
    ).toEqual([
      'GOOGLE_CLIENT_SECRET: required when GOOGLE_CLIENT_ID is set',
      'JWT_SECRET: the default secret is refused in production',
    ]);
  });
});
