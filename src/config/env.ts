import { isIP } from 'node:net';
import { Cron } from 'croner';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A whole number within [min, max], with one message that says so. */
const integer = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
};

const postgresUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a postgres:// URL with a host');

export const DEFAULT_JWT_SECRET = 'aula-development-secret-change-me-please';
/** Development-only key for refresh-token encryption; refused in production like the default JWT secret. */
export const DEFAULT_TOKEN_ENCRYPTION_KEY = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf';

/** The From of e-mails until MAIL_FROM is set; refused in production when e-mail is sent. */
export const DEFAULT_MAIL_FROM = 'Aula <no-reply@aula.invalid>';
/** An address, or `Display Name <address>`. */
const MAIL_ADDRESS = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/;

/** A cron pattern croner accepts (5 or 6 fields, or a nickname such as @hourly), or `off`. */
function isSchedule(pattern: string): boolean {
  if (pattern === 'off') return true;
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
/** One entry of express's `trust proxy` list: a name it knows, an address, or an address/prefix subnet. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
/** Any absolute URL, custom schemes included (app deep links such as aula://auth). */
const anyUrl = z.string().refine((v) => URL.canParse(v), 'must be an absolute URL');

/** 32 bytes as 64 hex characters or as base64; see src/auth/crypto.ts. */
const encryptionKey = z
  .string()
  .refine(
    (v) => /^[0-9a-fA-F]{64}$/.test(v) || (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32),
    'must be 32 bytes: 64 hex characters or base64',
  );

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(0, 65535).default(4000),
  DATABASE_URL: postgresUrl.optional(),
  /** Read replicas of DATABASE_URL (comma-separated): reads that may lag go there (README "Read replicas"). */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
    )
    .pipe(z.array(postgresUrl).min(1, 'must list at least one postgres:// URL'))
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  DB_POOL_SIZE: integer(1, 200).default(10),
  /** How long a start keeps trying an unreachable DATABASE_URL (backing off) before it gives up; 0 tries once. */
  DATABASE_CONNECT_TIMEOUT_MS: integer(0, 600_000).default(30000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEFAULT_JWT_SECRET),
  AUTH_DEV_LOGIN: bool.default(false),
  OWNER_EMAILS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e !== ''),
    ),
  SEED_DEMO_DATA: bool.optional(),
  MIGRATE_ON_START: bool.default(true),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10000),
  /** How often the outbox looks for effects left undelivered (a crash, a failing handler); 0 turns the sweep off. */
  OUTBOX_POLL_MS: integer(0, 3_600_000).default(2000),
  /** First retry delay of a failing effect; it doubles with every attempt, up to an hour. */
  OUTBOX_RETRY_MS: integer(1, 3_600_000).default(1000),
  /** Attempts before an effect is parked as failed (failed_at set, kept for an operator). */
  OUTBOX_MAX_ATTEMPTS: integer(1, 1000).default(12),

  // Query limits: a document over one is refused as QUERY_TOO_COMPLEX before any resolver runs.
  /** Lexical tokens in a document; parsing stops at the limit, so huge documents cost next to nothing. */
  QUERY_MAX_TOKENS: integer(100, 1_000_000).default(2000),
  /** Nesting of fields (introspection excepted). */
  QUERY_MAX_DEPTH: integer(1, 1000).default(10),
  /** Aliased fields in an operation. */
  QUERY_MAX_ALIASES: integer(0, 10_000).default(30),
  /** Directives in an operation. */
  QUERY_MAX_DIRECTIVES: integer(0, 10_000).default(30),
  /** Cost of one operation: the objects its answer can hold (see README "Query limits and cost"). */
  QUERY_MAX_COST: integer(1, 100_000_000).default(10_000),
  /** Cost a signed-in user may spend per window. */
  RATE_LIMIT_POINTS: integer(1, 1_000_000_000).default(100_000),
  /** Cost anonymous callers may spend per window, per IP address. */
  RATE_LIMIT_ANONYMOUS_POINTS: integer(1, 1_000_000_000).default(10_000),
  /** Length of the rate-limit window in seconds; a spent budget is whole again when its window ends. */
  RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).default(60),
  /** Redis, shared by every instance (rate-limit budgets); without it they are kept in this process. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  /** Prefix of every Redis key, so several deployments can share one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('aula:'),

  // Trusted documents: the operations of client/operations/, registered by `npm run codegen`.
  /** `allow` runs any document; `strict` only registered ones, except for admins and owners (Sandbox). */
  TRUSTED_DOCUMENTS: z.enum(['allow', 'strict'], { error: 'must be allow or strict' }).default('allow'),
  /** The manifest (hash → document text); a relative path is resolved from the working directory, like DATA_DIR. */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).default('client/generated/persisted-documents.json'),

  // OAuth providers: a provider is mounted only when both its client id and secret are set.
  /** Google OAuth client id. */
  GOOGLE_CLIENT_ID: z.string().optional(),
  /** Google OAuth client secret. */
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /** Google authorization endpoint (overridden in tests to point at a local OAuth server). */
  GOOGLE_AUTH_URL: httpUrl.default('https://accounts.google.com/o/oauth2/v2/auth'),
  /** Google token endpoint. */
  GOOGLE_TOKEN_URL: httpUrl.default('https://oauth2.googleapis.com/token'),
  /** Google OpenID userinfo endpoint (its path must end in /userinfo). */
  GOOGLE_USERINFO_URL: httpUrl
    // passport-google-oauth20 parses OpenID claims only from a URL whose path ends in /userinfo.
    .refine((v) => new URL(v).pathname.endsWith('/userinfo'), 'must be an OpenID userinfo URL ending in /userinfo')
    .default('https://openidconnect.googleapis.com/v1/userinfo'),
  /** The platform Google calendar booked classes go on; unset, no class is synced (README "Google Calendar"). */
  GOOGLE_CALENDAR_ID: z.string().trim().min(1).max(1024).optional(),
  /** Root URL of Google's APIs for Calendar v3 (tests point it at a local stand-in). */
  GOOGLE_CALENDAR_API_URL: httpUrl.default('https://www.googleapis.com/'),
  /** GitHub OAuth app client id. */
  GITHUB_CLIENT_ID: z.string().optional(),
  /** GitHub OAuth app client secret. */
  GITHUB_CLIENT_SECRET: z.string().optional(),
  /** GitHub authorization endpoint. */
  GITHUB_AUTH_URL: httpUrl.default('https://github.com/login/oauth/authorize'),
  /** GitHub token endpoint. */
  GITHUB_TOKEN_URL: httpUrl.default('https://github.com/login/oauth/access_token'),
  /** GitHub user endpoint (profile). */
  GITHUB_USER_URL: httpUrl.default('https://api.github.com/user'),
  /** GitHub emails endpoint (primary email and whether it is verified). */
  GITHUB_EMAILS_URL: httpUrl.default('https://api.github.com/user/emails'),
  /** This server's external base URL, for OAuth callback URLs; default http://localhost:<listening port>. */
  PUBLIC_URL: httpUrl.transform((v) => v.replace(/\/+$/, '')).optional(),
  /** The web app, where browsers land after signing in (with the aula_token cookie set). */
  APP_URL: httpUrl.default('http://localhost:3000'),
  /** Browser origins allowed to call the API with credentials (comma-separated); default APP_URL. */
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim().replace(/\/+$/, ''))
        .filter((o) => o !== ''),
    )
    .pipe(z.array(httpUrl))
    .optional(),
  /** The mobile app's deep link; receives ?token=<jwt> after a sign-in started with ?redirect=mobile. */
  MOBILE_REDIRECT_URL: anyUrl.default('aula://auth/callback'),
  /** AES-256-GCM key for stored provider refresh tokens: 64 hex characters or 32 bytes base64. */
  TOKEN_ENCRYPTION_KEY: encryptionKey.default(DEFAULT_TOKEN_ENCRYPTION_KEY),
  /** Bearer token that GET /metrics asks for; unset, /metrics is open in development and test and absent in production. */
  METRICS_TOKEN: z
    .string()
    .regex(/^\S{16,}$/, 'must be at least 16 characters, without spaces')
    .optional(),

  // E-mail (README "E-mail and calendars").
  /** SMTP server (credentials in the URL); without it e-mails are written to the log, not sent. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The From of every e-mail: an address, or `Name <address>`. */
  MAIL_FROM: z.string().regex(MAIL_ADDRESS, 'must be an e-mail address or Name <address>').default(DEFAULT_MAIL_FROM),
  /** true: e-mails are neither sent nor logged (a production deployment without an SMTP server). */
  MAIL_DISABLED: bool.default(false),
  /** Days after sign-up before a user who neither completed nor skipped their profile is reminded, once. */
  PROFILE_REMINDER_DAYS: integer(1, 365).default(3),
  /** When each instance looks for users to remind: a cron pattern (croner), or `off`. */
  PROFILE_REMINDER_SCHEDULE: z
    .string()
    .refine(isSchedule, 'must be a cron pattern (e.g. "0 * * * *") or off')
    .default('0 * * * *'),
  /** Whether auth cookies carry Secure; default true in production, false elsewhere. */
  COOKIE_SECURE: bool.optional(),
  /** Proxies whose X-Forwarded-For is believed (client IPs for rate limits and audit): express's `trust proxy` list. */
  TRUST_PROXY: z
    .string()
    .refine(
      (v) => v.split(',').every((entry) => isProxyEntry(entry.trim())),
      'must list loopback, linklocal, uniquelocal, IP addresses or address/prefix subnets, comma-separated',
    )
    .default('loopback'),
});

type ParsedEnv = z.infer<typeof schema>;

export type Env = Omit<ParsedEnv, 'COOKIE_SECURE'> & { COOKIE_SECURE: boolean };

/** Client id and secret come in pairs: one without the other is a configuration mistake. */
const PROVIDER_PAIRS = [
  ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
  ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'],
] as const;

/** Parses the environment once; each bad variable is reported as one `NAME: reason` line. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(lines);
  }
  const parsed = result.data;
  const problems: string[] = [];
  for (const [id, secret] of PROVIDER_PAIRS) {
    if (parsed[id] && !parsed[secret]) problems.push(`${secret}: required when ${id} is set`);
    if (parsed[secret] && !parsed[id]) problems.push(`${id}: required when ${secret} is set`);
  }
  // The calendar is written with an admin's refresh token, which only the Google OAuth client can use.
  if (parsed.GOOGLE_CALENDAR_ID && !parsed.GOOGLE_CLIENT_ID) {
    problems.push('GOOGLE_CALENDAR_ID: requires GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET');
  }
  // The embedded database is one process with no replication; replicas only make sense next to a primary.
  if (parsed.DATABASE_REPLICA_URLS && !parsed.DATABASE_URL) {
    problems.push('DATABASE_REPLICA_URLS: requires DATABASE_URL (the embedded database has no replicas)');
  }
  if (parsed.NODE_ENV === 'production') {
    if (parsed.JWT_SECRET === DEFAULT_JWT_SECRET) {
      problems.push('JWT_SECRET: the default secret is refused in production');
    }
    if (parsed.TOKEN_ENCRYPTION_KEY === DEFAULT_TOKEN_ENCRYPTION_KEY) {
      problems.push('TOKEN_ENCRYPTION_KEY: the default key is refused in production');
    }
    if (!parsed.MAIL_DISABLED && !parsed.SMTP_URL) {
      problems.push('SMTP_URL: required in production to send e-mail (or set MAIL_DISABLED=true)');
    }
    if (!parsed.MAIL_DISABLED && parsed.MAIL_FROM === DEFAULT_MAIL_FROM) {
      problems.push('MAIL_FROM: required in production to send e-mail (or set MAIL_DISABLED=true)');
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { ...parsed, COOKIE_SECURE: parsed.COOKIE_SECURE ?? parsed.NODE_ENV === 'production' };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}
