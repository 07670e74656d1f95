import type { NodeFetchers } from '../../app/node-fetchers';
import { actorOf, canSeeMentorship } from './mentorship.access';
import {
  MentorshipFieldsResolver,
  MentorshipNoteFieldsResolver,
  UserMentorshipsResolver,
} from './mentorship-fields.resolver';
import { MentorshipResolver } from './mentorship.resolver';

/** The resolvers this module adds to the schema. */
export const mentorshipResolvers: Function[] = [
  MentorshipResolver,
  MentorshipFieldsResolver,
  MentorshipNoteFieldsResolver,
  UserMentorshipsResolver,
];

/** How this module's Node types are fetched by `node(id)`: members and admins only. */
export const mentorshipNodes: NodeFetchers = {
  Mentorship: async (ctx, id) => {
    const m = await ctx.loaders.mentorshipById.load(id);
    return m && canSeeMentorship(m, actorOf(ctx)) ? m : null;
  },
  MentorshipNote: async (ctx, id) => {
    const note = await ctx.loaders.mentorshipNoteById.load(id);
    const m = note && (await ctx.loaders.mentorshipById.load(note.mentorshipId));
    return note && m && canSeeMentorship(m, actorOf(ctx)) ? note : null;
  },
};
