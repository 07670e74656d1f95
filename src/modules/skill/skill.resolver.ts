import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { ConnectionArgs, connectionType, type ConnectionResult } from '../../common/pagination';
import { Skill } from './skill.entity';
import { listSkills } from './skill.service';

export const SkillConnection = connectionType(Skill);

@Resolver(() => Skill)
export class SkillResolver {
  @Auth(AuthRule.PUBLIC)
  @Query(() => SkillConnection, { description: 'The skill catalog, by name.' })
  async skills(@Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Skill>> {
    return listSkills(ctx.db, args);
  }
}
