import { defineEffect, type Effect } from '../../common/outcome';
import type { BadgeName } from './badge.entity';
import { awardBadges } from './badge.service';

/** Awards badges after the triggering write commits (durably: a crash or a failure is retried). */
export const awardBadgesEffect = defineEffect<{ userId: string; badges: BadgeName[] }>(
  'badges.award',
  async (tx, { userId, badges }) => {
    await awardBadges(tx, userId, badges);
  },
);

/** The effect that awards `badges` to a user, once each, after the write commits. */
export const award = (userId: string, ...badges: BadgeName[]): Effect => awardBadgesEffect.of({ userId, badges });
