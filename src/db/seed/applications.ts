import { AuditLog } from '../../modules/audit/audit-log.entity';
import { MentorApplication, MentorApplicationStatus } from '../../modules/mentor-application/mentor-application.entity';
import { notices } from '../../modules/notification/notification.payloads';
import { Suggestion, SuggestionStatus } from '../../modules/suggestion/suggestion.entity';
import { HOUR, plus, seedNotice, skill, type SeedContext, type SkillSlug, type UserKey } from './context';

interface ApplicationSeed {
  applicant: UserKey;
  status: MentorApplicationStatus;
  createdDaysAgo: number;
  reviewedDaysAgo?: number;
  skills: SkillSlug[];
  motivation: string;
  experience: string;
  reviewReason?: string;
}

const APPLICATIONS: ApplicationSeed[] = [
  {
    applicant: 'grace',
    status: MentorApplicationStatus.PENDING,
    createdDaysAgo: 3,
    skills: ['frontend', 'mobile'],
    motivation: 'I learned Flutter on my own and would like to help others skip the mistakes I made.',
    experience: 'Two years building Flutter apps for a delivery start-up; one app with 50k monthly users.',
  },
  {
    applicant: 'chloe',
    status: MentorApplicationStatus.APPROVED,
    createdDaysAgo: 50,
    reviewedDaysAgo: 45,
    skills: ['data', 'machine-learning', 'product'],
    motivation: 'Analysts moving into machine learning need someone who has made the same jump.',
    experience:
      'PhD in statistics, four years as a data scientist, taught evening courses in Python for data analysis.',
    reviewReason: 'Clear teaching experience and strong references.',
  },
  {
    applicant: 'david',
    status: MentorApplicationStatus.REJECTED,
    createdDaysAgo: 30,
    reviewedDaysAgo: 28,
    skills: ['backend'],
    motivation: 'I want to give back after my own mentorship.',
    experience: 'Six months of backend development through my mentorship with Ben.',
    reviewReason: 'Please gain a year of hands-on backend experience first; you are welcome to apply again.',
  },
];

/** Mentor applications, with the admin's review, its notification and its audit entry. */
export async function seedApplications(ctx: SeedContext): Promise<MentorApplication[]> {
  const { manager, clock, users } = ctx;
  const saved: MentorApplication[] = [];
  for (const seed of APPLICATIONS) {
    const createdAt = clock.daysAgo(seed.createdDaysAgo);
    const reviewedAt = seed.reviewedDaysAgo === undefined ? null : clock.daysAgo(seed.reviewedDaysAgo);
    const applicant = users[seed.applicant];
    const app = await manager.save(
      manager.create(MentorApplication, {
        applicantId: applicant.id,
        motivation: seed.motivation,
        experience: seed.experience,
        skills: seed.skills.map((s) => skill(ctx, s)),
        status: seed.status,
        reviewedById: reviewedAt ? users.admin.id : null,
        reviewReason: seed.reviewReason ?? null,
        reviewedAt,
        createdAt,
        updatedAt: reviewedAt ?? createdAt,
      }),
    );
    saved.push(app);
    if (!reviewedAt) continue;
    await seedNotice(manager, applicant.id, notices.applicationReviewed(app, seed.reviewReason ?? null), {
      at: reviewedAt,
      readAt: plus(reviewedAt, 3 * HOUR),
    });
    await manager.save(
      manager.create(AuditLog, {
        actorId: users.admin.id,
        action:
          seed.status === MentorApplicationStatus.APPROVED ? 'mentor_application.approve' : 'mentor_application.reject',
        targetType: 'MentorApplication',
        targetId: app.id,
        before: { status: MentorApplicationStatus.PENDING },
        after: { status: seed.status },
        reason: seed.reviewReason ?? null,
        createdAt: reviewedAt,
      }),
    );
  }
  return saved;
}

const SUGGESTIONS: Array<{ mentee: UserKey; mentor: UserKey; status: SuggestionStatus; daysAgo: number }> = [
  { mentee: 'emma', mentor: 'chloe', status: SuggestionStatus.ACCEPTED, daysAgo: 2.25 },
  { mentee: 'grace', mentor: 'ana', status: SuggestionStatus.PENDING, daysAgo: 1 },
  { mentee: 'grace', mentor: 'ben', status: SuggestionStatus.DECLINED, daysAgo: 5 },
  { mentee: 'david', mentor: 'ben', status: SuggestionStatus.PENDING, daysAgo: 4 },
  { mentee: 'ines', mentor: 'ana', status: SuggestionStatus.PENDING, daysAgo: 2 },
  { mentee: 'ines', mentor: 'chloe', status: SuggestionStatus.PENDING, daysAgo: 2 },
];

/** Suggestions scored like the matcher does: the mentee's menteeSkills ∩ the mentor's mentorSkills. */
export async function seedSuggestions(ctx: SeedContext): Promise<Suggestion[]> {
  const { manager, clock, users } = ctx;
  const saved: Suggestion[] = [];
  for (const seed of SUGGESTIONS) {
    const mentorSkillIds = new Set((users[seed.mentor].mentorSkills ?? []).map((s) => s.id));
    const shared = (users[seed.mentee].menteeSkills ?? []).map((s) => s.id).filter((id) => mentorSkillIds.has(id));
    if (shared.length === 0) throw new Error(`No shared skills for suggestion ${seed.mentor} → ${seed.mentee}`);
    const createdAt = clock.daysAgo(seed.daysAgo);
    saved.push(
      await manager.save(
        manager.create(Suggestion, {
          mentorId: users[seed.mentor].id,
          menteeId: users[seed.mentee].id,
          score: shared.length,
          sharedSkillIds: shared,
          status: seed.status,
          createdAt,
          updatedAt: seed.status === SuggestionStatus.PENDING ? createdAt : plus(createdAt, 5 * HOUR),
        }),
      ),
    );
  }
  return saved;
}
