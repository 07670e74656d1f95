import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { run } from '../../app/runner';
import { Auth } from '../../auth/auth.decorator';
import { AuthRule } from '../../auth/rules';
import { createSkill } from './skill.service';
import { CreateSkillInput, CreateSkillPayload } from './skill.inputs';

/** System configuration of the skill catalog (SPEC §3: admins and owners). */
@Resolver()
export class SkillAdminResolver {
  @Auth(AuthRule.ADMIN)
  @Mutation(() => CreateSkillPayload, { description: 'Adds a skill to the catalog.' })
  async createSkill(
    @Arg('input', { description: 'The skill to add.' }) input: CreateSkillInput,
    @Ctx() ctx: Context,
  ): Promise<CreateSkillPayload> {
    return { skill: await run(ctx, createSkill, { name: input.name, slug: input.slug }) };
  }
}
