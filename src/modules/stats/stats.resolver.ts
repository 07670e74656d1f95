import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { requireViewer } from '../../auth/viewer';
import { exportUserData } from './export.service';
import type { JsonObject } from './export.serialize';
import { platformStats } from './stats.service';
import { PlatformStats, StatsPeriod } from './stats.types';

@Resolver()
export class StatsResolver {
  @Auth(AuthRule.ADMIN)
  @Query(() => PlatformStats, { description: 'Platform figures for the admin dashboard.' })
  async platformStats(
    @Arg('period', () => StatsPeriod, { description: 'The days the period figures cover.' }) period: StatsPeriod,
    @Ctx() ctx: Context,
  ): Promise<PlatformStats> {
    return platformStats(ctx.db, period, ctx.actor.now);
  }

  @Auth(AuthRule.USER)
  @Query(() => JSONObjectResolver, { description: 'Everything stored about the caller, as one JSON document (GDPR).' })
  async exportMyData(@Ctx() ctx: Context): Promise<JsonObject> {
    return exportUserData(ctx.db, requireViewer(ctx).id, ctx.actor.now);
  }
}
