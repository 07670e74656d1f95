import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { ConnectionArgs, connectionType, paginate, type ConnectionResult } from '../../common/pagination';
import { Skill } from './skill.entity';

export const SkillConnection = connectionType(Skill);

@Resolver(() => Skill)
export class SkillResolver {
  @Auth(AuthRule.PUBLIC)
  @Query(() => SkillConnection, { description: 'The skill catalog, by name.' })
  async skills(@Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Skill>> {
    const qb = ctx.db.getRepository(Skill).createQueryBuilder('s');
    return paginate(qb, args, [
      { expr: 's.name', value: (s) => s.name },
      { expr: 's.id', value: (s) => s.id },
    ]);
  }
}
