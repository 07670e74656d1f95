/** Why an operation was refused before it ran (`extensions.reason`, with `value` and `limit`). */
export enum LimitReason {
  /** The document has more lexical tokens than QUERY_MAX_TOKENS (QUERY_TOO_COMPLEX; parsing stopped there). */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  /** Fields nest deeper than QUERY_MAX_DEPTH (QUERY_TOO_COMPLEX). */
  TOO_DEEP = 'TOO_DEEP',
  /** The operation has more aliases than QUERY_MAX_ALIASES (QUERY_TOO_COMPLEX). */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** The operation has more directives than QUERY_MAX_DIRECTIVES (QUERY_TOO_COMPLEX). */
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  /** The operation's cost is over QUERY_MAX_COST (QUERY_TOO_COMPLEX); ask for smaller pages or fewer fields. */
  TOO_COSTLY = 'TOO_COSTLY',
  /** The operation's fragments expand to more fields than the cost walk visits (QUERY_TOO_COMPLEX; `value` is where it stopped). */
  TOO_MANY_FIELDS = 'TOO_MANY_FIELDS',
  /** `nodes(ids)` was given more ids than it takes at once (BAD_USER_INPUT on `ids`). */
  TOO_MANY_IDS = 'TOO_MANY_IDS',
  /** The caller spent its cost budget for the window (RATE_LIMITED, HTTP 429); `retryAfter` says when it is whole again. */
  BUDGET_SPENT = 'BUDGET_SPENT',
  /** The WebSocket already runs as many operations as one connection may (QUERY_TOO_COMPLEX); complete one, or open another connection. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
}
