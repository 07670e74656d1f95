import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { fromGlobalId, idOf, toGlobalId } from '../../common/global-id';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { User } from '../user/user.entity';
import { AuditLog } from './audit-log.entity';
import { listAuditLog, type AuditLogQuery } from './audit-log.query';
import { AuditLogFilter } from './audit.inputs';

export const AuditLogConnection = connectionType(AuditLog);

/** The filter with its global ids decoded (BAD_USER_INPUT naming the field when one is not an id). */
function auditLogQuery(filter: AuditLogFilter | null): AuditLogQuery {
  return {
    actorId: filter?.actorId != null ? idOf('User', filter.actorId, 'filter.actorId') : undefined,
    target: filter?.targetId != null ? fromGlobalId(filter.targetId, 'filter.targetId') : undefined,
    action: filter?.action ?? undefined,
    from: filter?.from ?? undefined,
    to: filter?.to ?? undefined,
  };
}

@Resolver(() => AuditLog)
export class AuditLogResolver {
  @Auth(AuthRule.ADMIN)
  @Query(() => AuditLogConnection, { description: 'Every audited change, newest first.' })
  async auditLog(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions the entries must meet.' })
    filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<AuditLog>> {
    return listAuditLog(ctx.db, args, auditLogQuery(filter));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who acted; null for system actions.' })
  async actor(@Root() entry: AuditLog, @Ctx() ctx: Context): Promise<User | null> {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the record acted on.' })
  targetId(@Root() entry: AuditLog): string | null {
    return entry.targetType && entry.targetId ? toGlobalId(entry.targetType, entry.targetId) : null;
  }
}
