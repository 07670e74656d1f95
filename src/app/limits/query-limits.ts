import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Lexer, Source, TokenKind, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Env } from '../../config/env';
import { QueryTooComplexError } from '../../errors/app-error';
import { LimitReason } from './limits.reasons';

/** The limits every operation is held to (from the environment; README "Query limits and cost"). */
export interface QueryLimits {
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

export function queryLimits(env: Env): QueryLimits {
  return {
    tokens: env.QUERY_MAX_TOKENS,
    depth: env.QUERY_MAX_DEPTH,
    aliases: env.QUERY_MAX_ALIASES,
    directives: env.QUERY_MAX_DIRECTIVES,
    cost: env.QUERY_MAX_COST,
  };
}

/**
 * Validation rules for depth, aliases and directives (graphql-armor). Each over-limit operation is
 * reported as QUERY_TOO_COMPLEX with the value armor measured and the limit.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const refuse =
    (reason: LimitReason, what: string, limit: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      // armor says "… limit of N exceeded, found M." (exposeLimits): M is the measured value.
      const value = Number(/found (\d+)/.exec(error.message)?.[1] ?? limit + 1);
      context?.reportError(
        new QueryTooComplexError(reason, `The operation has ${value} ${what}; the limit is ${limit}`, value, limit),
      );
    };
  const options = (reason: LimitReason, what: string, n: number) => ({
    n,
    // Depth counts fields: a fragment spread is not a level of its own.
    flattenFragments: true,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [refuse(reason, what, n)],
  });
  return [
    maxDepthRule(options(LimitReason.TOO_DEEP, 'levels of nested fields', limits.depth)),
    maxAliasesRule(options(LimitReason.TOO_MANY_ALIASES, 'aliases', limits.aliases)),
    maxDirectivesRule(options(LimitReason.TOO_MANY_DIRECTIVES, 'directives', limits.directives)),
  ];
}

/** graphql-js's message when `parse` stops at `maxTokens` (16.x spells it "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/;

export function isTokenLimitMessage(message: string): boolean {
  return TOKEN_LIMIT.test(message);
}

/** The refusal of a document parsing stopped at the token limit, with the document's real token count. */
export function tooManyTokens(source: string, limit: number): QueryTooComplexError {
  const lexer = new Lexer(new Source(source));
  let value = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) value++;
  } catch {
    // A lexical error further on: the tokens up to it are what the document has.
  }
  return new QueryTooComplexError(
    LimitReason.TOO_MANY_TOKENS,
    `The document has ${value} tokens; the limit is ${limit}`,
    value,
    limit,
  );
}

/** The refusal of an operation whose cost is over the limit. */
export function tooCostly(value: number, limit: number): QueryTooComplexError {
  return new QueryTooComplexError(
    LimitReason.TOO_COSTLY,
    `The operation costs ${value}; the limit is ${limit} (ask for smaller pages or fewer fields)`,
    value,
    limit,
  );
}
