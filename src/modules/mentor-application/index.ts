import type { FeatureModule } from '../../app/feature-module';
import type { NodeFetchers } from '../../app/node-fetchers';
import { canSeeApplication } from './mentor-application.access';
import { MentorApplicationResolver } from './mentor-application.resolver';
import { createMentorApplicationLoaders } from './mentor-application.loaders';
import { MentorApplication } from './mentor-application.entity';
import { MentorApplicationReason } from './mentor-application.reasons';

const resolvers: Function[] = [MentorApplicationResolver];

/** How this module's Node types are fetched by `node(id)`: an application is visible to its applicant and admins. */
const nodes: NodeFetchers = {
  MentorApplication: async (ctx, id) => {
    const application = await ctx.loaders.mentorApplicationById.load(id);
    return application && canSeeApplication(application, ctx.actor) ? application : null;
  },
};

/** The mentor application feature: everything it adds to the application. */
export const mentorApplicationModule = {
  name: 'mentor-application',
  resolvers,
  nodes,
  loaders: createMentorApplicationLoaders,
  entities: [MentorApplication],
  reasons: MentorApplicationReason,
} satisfies FeatureModule;
