import type { UserWithToken } from './factories';
import { createUser } from './factories';
import { Role } from '../../src/modules/role/role';
import type { TestServer } from './server';

export const FIELDS = 'id status goals startedAt endedAt mentor { id } mentee { id }';
export const REQUEST = `mutation ($input: RequestMentorshipInput!) { requestMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
export const RESPOND = `mutation ($input: RespondToMentorshipInput!) { respondToMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
export const COMPLETE = `mutation ($input: CompleteMentorshipInput!) { completeMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
export const CANCEL = `mutation ($input: CancelMentorshipInput!) { cancelMentorship(input: $input) { mentorship { ${FIELDS} } } }`;
export const ADD_GOAL = `mutation ($input: AddMentorshipGoalInput!) { addMentorshipGoal(input: $input) { mentorship { id goals } } }`;
export const ADD_NOTE = `mutation ($input: AddMentorshipNoteInput!) {
  addMentorshipNote(input: $input) { note { id body author { id } createdAt } mentorship { notes { body author { id } } } }
}`;
export const LIST = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: MentorshipFilter) {
  mentorships(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount nodes { id status } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
export const NODE = `query ($id: ID!) { node(id: $id) { id ... on Mentorship { status } ... on MentorshipNote { body } } }`;

export interface MentorshipData {
  id: string;
  status: string;
  goals: string[];
  startedAt: string | null;
  endedAt: string | null;
  mentor: { id: string };
  mentee: { id: string };
}
export interface ListData {
  mentorships: {
    totalCount: number;
    nodes: Array<{ id: string; status: string }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

/** A new user holding an effective MENTOR role. */
export const mentorUser = (server: TestServer): Promise<UserWithToken> => createUser(server, { roles: [Role.MENTOR] });
