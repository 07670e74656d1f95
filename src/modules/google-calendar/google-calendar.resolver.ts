import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { User } from '../user/user.entity';
import { googleCalendarStatus } from './google-calendar.service';
import { GoogleCalendarIntegration } from './google-calendar.types';

@Resolver(() => GoogleCalendarIntegration)
export class GoogleCalendarResolver {
  @Auth(AuthRule.ADMIN)
  @Query(() => GoogleCalendarIntegration, {
    description: 'Whether booked classes reach the Google calendar, and if not, why (admin dashboard).',
  })
  async googleCalendarIntegration(@Ctx() ctx: Context): Promise<GoogleCalendarIntegration> {
    return googleCalendarStatus(ctx.db, ctx.deps.env, ctx.actor.now);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'The admin whose Google account writes the events; while disconnected, the one whose token was refused last (they reconnect by signing in with Google). Null when no admin has connected.',
  })
  async account(
    @Root() status: GoogleCalendarIntegration,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<User | null> {
    return status.accountUserId ? ctx.loaders.reads.byId<User>(info, 'User', status.accountUserId) : null;
  }
}
