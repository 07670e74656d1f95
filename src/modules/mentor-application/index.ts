import type { NodeFetchers } from '../../app/node-fetchers';
import { canSeeApplication } from './mentor-application.service';
import { MentorApplicationResolver } from './mentor-application.resolver';

/** The resolvers this module adds to the schema. */
export const mentorApplicationResolvers: Function[] = [MentorApplicationResolver];

/** How this module's Node types are fetched by `node(id)`: an application is visible to its applicant and admins. */
export const mentorApplicationNodes: NodeFetchers = {
  MentorApplication: async (ctx, id) => {
    const application = await ctx.loaders.mentorApplicationById.load(id);
    return application && ctx.viewer && canSeeApplication(application, ctx.viewer.id, ctx.roles) ? application : null;
  },
};
