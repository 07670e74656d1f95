import { toGlobalId } from '../../src/common/global-id';
import { Role } from '../../src/modules/role/role';
import { createUser, findSkill, type UserWithToken } from './factories';
import type { TestServer } from './server';

export const MOTIVATION = 'I have shipped web apps for years and love teaching.';

export const APPLY = `mutation ($input: ApplyForMentorInput!) {
  applyForMentor(input: $input) {
    application { id status motivation experience reviewedBy { id } reviewReason reviewedAt applicant { id } skills { id name } }
  }
}`;

export interface ApplicationShape {
  id: string;
  status: string;
  motivation: string;
  experience: string;
  reviewedBy: { id: string } | null;
  reviewReason: string | null;
  reviewedAt: string | null;
  applicant: { id: string };
  skills: Array<{ id: string; name: string }>;
}

export const REVIEW = `mutation ($input: ReviewMentorApplicationInput!) {
  reviewMentorApplication(input: $input) {
    application { id status reviewReason reviewedAt reviewedBy { id } applicant { id } skills { name } }
  }
}`;

export const LIST = `query ($first: Int, $after: String, $status: MentorApplicationStatus) {
  mentorApplications(first: $first, after: $after, status: $status) {
    totalCount
    nodes { id status applicant { id } skills { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface ListData {
  mentorApplications: {
    totalCount: number;
    nodes: Array<{ id: string; status: string; applicant: { id: string }; skills: Array<{ name: string }> }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** What the mentor application tests share: an admin who reviews, three skills, and the operations. */
export interface ApplicationKit {
  admin: UserWithToken;
  /** Global ids of the seeded skills. */
  frontend: string;
  backend: string;
  design: string;
  /** Files an application as `user` (frontend and backend by default). */
  apply(user: UserWithToken, skillIds?: string[]): Promise<ApplicationShape>;
  /** Reviews an application as the kit's admin. */
  review(applicationId: string, approve: boolean, reason?: string): Promise<ApplicationShape>;
  effectiveRolesOf(user: UserWithToken): Promise<string[]>;
}

export async function createApplicationKit(server: TestServer): Promise<ApplicationKit> {
  const admin = await createUser(server, { roles: [Role.ADMIN] });
  const skillId = async (slug: string): Promise<string> => toGlobalId('Skill', (await findSkill(server, slug)).id);
  const [frontend, backend, design] = [await skillId('frontend'), await skillId('backend'), await skillId('design')];
  return {
    admin,
    frontend,
    backend,
    design,
    apply: async (user, skillIds = [frontend, backend]) => {
      const data = await server.client(user.token).ok<{ applyForMentor: { application: ApplicationShape } }>(APPLY, {
        input: { motivation: MOTIVATION, skillIds, experience: 'Five years of React and Node.' },
      });
      return data.applyForMentor.application;
    },
    review: async (applicationId, approve, reason) => {
      const data = await server
        .client(admin.token)
        .ok<{ reviewMentorApplication: { application: ApplicationShape } }>(REVIEW, {
          input: { applicationId, approve, reason },
        });
      return data.reviewMentorApplication.application;
    },
    effectiveRolesOf: async (user) => {
      const data = await server
        .client(user.token)
        .ok<{ viewer: { effectiveRoles: string[] } }>(`{ viewer { effectiveRoles } }`);
      return data.viewer.effectiveRoles;
    },
  };
}
