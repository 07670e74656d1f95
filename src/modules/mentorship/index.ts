import type { FeatureModule } from '../../app/feature-module';
import { mentorshipReads } from './mentorship.reads';
import type { NodeFetchers } from '../../app/node-fetchers';
import { canSeeMentorship } from './mentorship.access';
import {
  MentorshipFieldsResolver,
  MentorshipNoteFieldsResolver,
  UserMentorshipsResolver,
} from './mentorship-fields.resolver';
import { MentorshipResolver } from './mentorship.resolver';
import { createMentorshipLoaders } from './mentorship.loaders';
import { Mentorship } from './mentorship.entity';
import { MentorshipNote } from './mentorship-note.entity';
import { MentorshipReason } from './mentorship.reasons';
import { MentorshipSubscriptionResolver } from './mentorship.subscriptions';

const resolvers: Function[] = [
  MentorshipSubscriptionResolver,
  MentorshipResolver,
  MentorshipFieldsResolver,
  MentorshipNoteFieldsResolver,
  UserMentorshipsResolver,
];

/** How this module's Node types are fetched by `node(id)`: members and admins only. */
const nodes: NodeFetchers = {
  Mentorship: async (ctx, id) => {
    const m = await ctx.loaders.mentorshipById.load(id);
    return m && canSeeMentorship(m, ctx.actor) ? m : null;
  },
  MentorshipNote: async (ctx, id) => {
    const note = await ctx.loaders.mentorshipNoteById.load(id);
    const m = note && (await ctx.loaders.mentorshipById.load(note.mentorshipId));
    return note && m && canSeeMentorship(m, ctx.actor) ? note : null;
  },
};

/** The mentorship feature: everything it adds to the application. */
export const mentorshipModule = {
  name: 'mentorship',
  resolvers,
  nodes,
  loaders: createMentorshipLoaders,
  reads: mentorshipReads,
  entities: [Mentorship, MentorshipNote],
  reasons: MentorshipReason,
} satisfies FeatureModule;
