import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import type { ListSortKey } from '../../common/pagination';
import type { Role } from '../role/role';
import { effectiveRoleSql } from '../role/role-window';
import { UserOrder } from './user-query.inputs';
import { User, UserStatus } from './user.entity';

/**
 * "first last email", lower-cased: what `search` matches and NAME_* orders by. The migration
 * UserSearchIndex builds the trigram index `users_search_trgm_idx` on this very expression (without
 * the alias); change both together or the planner stops using the index.
 */
export const userSearchExpression = (alias: string): string =>
  `lower(coalesce("${alias}"."first_name", '') || ' ' || coalesce("${alias}"."last_name", '') || ' ' || "${alias}"."email"::text)`;

/** The same value as `userSearchExpression`, computed on a loaded row (for cursors). */
const searchText = (u: User): string => `${u.firstName ?? ''} ${u.lastName ?? ''} ${u.email}`.toLowerCase();

// Never-signed-in users sort as if they signed in at the epoch: last in LAST_SIGN_IN_DESC.
const NEVER = '1970-01-01T00:00:00.000Z';

/** Keyset sort keys per order; each ends with the id so the order is total. */
export function userSortKeys(order: UserOrder, alias = 'u'): Array<ListSortKey<User>> {
  const id = (desc: boolean): ListSortKey<User> => ({ expr: `${alias}.id`, value: (u) => u.id, desc, reads: ['id'] });
  const createdAt = { expr: `${alias}.createdAt`, value: (u: User) => u.createdAt, reads: ['createdAt' as const] };
  const name = { expr: userSearchExpression(alias), value: searchText, reads: ['firstName', 'lastName', 'email'] };
  switch (order) {
    case UserOrder.CREATED_AT_ASC:
      return [createdAt, id(false)];
    case UserOrder.NAME_ASC:
      return [name as ListSortKey<User>, id(false)];
    case UserOrder.NAME_DESC:
      return [{ ...(name as ListSortKey<User>), desc: true }, id(true)];
    case UserOrder.LAST_SIGN_IN_DESC:
      return [
        {
          expr: `coalesce("${alias}"."last_sign_in_at", '${NEVER}'::timestamptz)`,
          value: (u) => u.lastSignInAt ?? new Date(NEVER),
          desc: true,
          reads: ['lastSignInAt'],
        },
        id(true),
      ];
    case UserOrder.CREATED_AT_DESC:
      return [{ ...createdAt, desc: true }, id(true)];
  }
}

/** Escapes LIKE wildcards so a search term matches literally. */
export const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface UserListFilter {
  search?: string | null;
  role?: Role | null;
  status?: UserStatus | null;
}

/** The filtered (unordered, unpaged) user list query; `now` decides which roles are effective. */
export function userListQuery(db: EntityManager, filter: UserListFilter, now: Date): SelectQueryBuilder<User> {
  const qb = db.getRepository(User).createQueryBuilder('u');
  if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
  else qb.andWhere('u.status <> :deleted', { deleted: UserStatus.DELETED });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    // ILIKE '%…%' on the indexed expression: the pg_trgm GIN index answers it.
    qb.andWhere(`${userSearchExpression('u')} ILIKE '%' || :search || '%'`, { search: escapeLike(search) });
  }
  if (filter.role) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM "user_roles" r WHERE r."user_id" = u."id" AND r."role" = :role AND ${effectiveRoleSql('r', ':now')})`,
      { role: filter.role, now },
    );
  }
  return qb;
}

/** The user if the caller may see it: DELETED users exist only for admins. Null otherwise. */
export function visibleUser(user: User | null, caller: Caller): User | null {
  if (!user) return null;
  if (user.status === UserStatus.DELETED && !isAdmin(caller.roles)) return null;
  return user;
}
