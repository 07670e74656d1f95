import { many, one, value, type ReadModel } from '../../common/read-plan/model';
import { Badge } from './badge.entity';
import { EarnedBadge } from './earned-badge.entity';

export const badgeReads: ReadModel[] = [
  { type: 'Badge', entity: Badge },
  {
    type: 'EarnedBadge',
    entity: EarnedBadge,
    relations: { badge: one('Badge', 'badgeId'), user: one('User', 'userId') },
  },
  {
    type: 'User',
    relations: {
      earnedBadges: many('EarnedBadge', 'userId', [{ property: 'earnedAt' }, { property: 'id' }]),
      badgeProgress: value(
        (user) =>
          `SELECT json_build_object('earned', (SELECT count(*)::int FROM "earned_badges" e WHERE e."user_id" = ${user}."id"), 'total', (SELECT count(*)::int FROM "badges"))`,
      ),
    },
  },
];
