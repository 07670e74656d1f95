import { BadgeName } from '../../modules/badge/badge.entity';
import { Mentorship, MentorshipStatus } from '../../modules/mentorship/mentorship.entity';
import { MentorshipNote } from '../../modules/mentorship/mentorship-note.entity';
import { Message } from '../../modules/message/message.entity';
import { notices } from '../../modules/notification/notification.payloads';
import { award, HOUR, MINUTE, plus, seedNotice, type SeedContext, type UserKey } from './context';

type Side = 'mentor' | 'mentee';

interface MentorshipSeed {
  mentor: UserKey;
  mentee: UserKey;
  status: MentorshipStatus;
  createdDaysAgo: number;
  startedDaysAgo?: number;
  endedDaysAgo?: number;
  goals: string[];
  notes: Array<{ by: Side; daysAgo: number; body: string }>;
  /** Spread evenly from the start to the end (or to a few hours ago while still active). */
  messages: Array<[Side, string]>;
}

const MENTORSHIPS: MentorshipSeed[] = [
  {
    mentor: 'ana',
    mentee: 'carla',
    status: MentorshipStatus.ACTIVE,
    createdDaysAgo: 35,
    startedDaysAgo: 33,
    goals: [
      'Ship a portfolio site with three projects',
      'Pass a frontend technical interview',
      'Contribute to an open-source React library',
    ],
    notes: [
      { by: 'mentor', daysAgo: 32, body: 'Kick-off: Carla is solid on CSS; focus on React state and testing first.' },
      {
        by: 'mentee',
        daysAgo: 12,
        body: 'Portfolio v1 is live. Next: add tests to the weather app and write a case study.',
      },
    ],
    messages: [
      ['mentee', 'Hi Ana! Thanks for accepting. Could we meet on Tuesdays after 18:00 my time?'],
      [
        'mentor',
        'Hi Carla, Tuesdays work well. Before our first call, send me links to two projects you are proud of.',
      ],
      ['mentee', 'Here they are: a weather app in React and a landing page I built for a local bakery.'],
      ['mentor', 'Nice work on the bakery page. The weather app needs loading and error states; let us start there.'],
      ['mentee', 'Done! I used a small reducer for the fetch state. Is that overkill?'],
      ['mentor', 'Not at all, it reads clearly. Next week: React Testing Library. Try writing one test per state.'],
      ['mentee', 'Three tests are passing. The error-state test was the hardest one.'],
    ],
  },
  {
    mentor: 'ben',
    mentee: 'david',
    status: MentorshipStatus.COMPLETED,
    createdDaysAgo: 100,
    startedDaysAgo: 98,
    endedDaysAgo: 20,
    goals: ['Build a REST API with authentication', 'Learn SQL joins and indexes', 'Deploy a service to the cloud'],
    notes: [
      {
        by: 'mentor',
        daysAgo: 95,
        body: 'David knows Java from support tooling. Plan: Spring Boot API, then Postgres, then deployment.',
      },
      { by: 'mentor', daysAgo: 21, body: 'Wrap-up: API deployed with CI. Suggested next step: the GraphQL workshop.' },
      { by: 'mentee', daysAgo: 20, body: 'Thank you Ben! I will keep practising indexes with the SQL study group.' },
    ],
    messages: [
      ['mentee', 'Hello Ben, I have set up the Spring Boot project. Which database should I use?'],
      ['mentor', 'PostgreSQL. Run it with Docker so the setup matches production.'],
      ['mentee', 'My query for orders per customer takes 4 seconds. What am I missing?'],
      ['mentor', 'Check EXPLAIN ANALYZE: I bet there is no index on orders.customer_id.'],
      ['mentee', 'That was it, down to 12 ms. The service is deployed now!'],
      ['mentor', 'Great job. I am marking our mentorship as completed; you met every goal.'],
    ],
  },
  {
    mentor: 'ben',
    mentee: 'farid',
    status: MentorshipStatus.ACTIVE,
    createdDaysAgo: 12,
    startedDaysAgo: 11,
    goals: ['Automate security checks in CI', 'Harden a Kubernetes cluster'],
    notes: [
      {
        by: 'mentor',
        daysAgo: 10,
        body: 'Farid starts mentoring security next week; we pair on CI hardening meanwhile.',
      },
    ],
    messages: [
      ['mentor', 'Welcome Farid! Share the repository you want to harden and we will pick a first check.'],
      ['mentee', 'Here is the repo. I was thinking of dependency scanning first.'],
      ['mentor', 'Good choice. Add it as a required check and see what it flags.'],
      ['mentee', 'It flagged 14 issues, 3 of them critical. Going through them tonight.'],
    ],
  },
  {
    mentor: 'chloe',
    mentee: 'emma',
    status: MentorshipStatus.PENDING,
    createdDaysAgo: 2,
    goals: ['Train and evaluate a first classification model', 'Present results to my product team'],
    notes: [
      { by: 'mentee', daysAgo: 2, body: 'I enjoyed the classification metrics class and would love to go deeper.' },
    ],
    messages: [],
  },
  {
    mentor: 'chloe',
    mentee: 'david',
    status: MentorshipStatus.DECLINED,
    createdDaysAgo: 25,
    endedDaysAgo: 24,
    goals: ['Learn data modelling for analytics'],
    notes: [{ by: 'mentor', daysAgo: 24, body: 'Declined for now: my mentoring slots are full until next quarter.' }],
    messages: [],
  },
  {
    mentor: 'ana',
    mentee: 'ines',
    status: MentorshipStatus.CANCELLED,
    createdDaysAgo: 50,
    endedDaysAgo: 48,
    goals: ['Build a first UI design portfolio'],
    notes: [
      { by: 'mentee', daysAgo: 48, body: 'Cancelled: I am joining the design classes first and will ask again later.' },
    ],
    messages: [],
  },
];

export async function seedMentorships(ctx: SeedContext): Promise<Mentorship[]> {
  const { manager, clock, users } = ctx;
  const saved: Mentorship[] = [];
  for (const seed of MENTORSHIPS) {
    const mentor = users[seed.mentor];
    const mentee = users[seed.mentee];
    const createdAt = clock.daysAgo(seed.createdDaysAgo);
    const startedAt = seed.startedDaysAgo === undefined ? null : clock.daysAgo(seed.startedDaysAgo);
    const endedAt = seed.endedDaysAgo === undefined ? null : clock.daysAgo(seed.endedDaysAgo);
    const m = await manager.save(
      manager.create(Mentorship, {
        mentorId: mentor.id,
        menteeId: mentee.id,
        status: seed.status,
        goals: seed.goals,
        startedAt,
        endedAt,
        createdAt,
        updatedAt: endedAt ?? startedAt ?? createdAt,
      }),
    );
    saved.push(m);
    const member = (side: Side) => (side === 'mentor' ? mentor : mentee);

    for (const note of seed.notes) {
      const at = clock.daysAgo(note.daysAgo);
      await manager.save(
        manager.create(MentorshipNote, {
          mentorshipId: m.id,
          authorId: member(note.by).id,
          body: note.body,
          createdAt: at,
          updatedAt: at,
        }),
      );
    }

    if (startedAt) {
      award(ctx, mentor, BadgeName.FIRST_MENTORSHIP_STARTED, startedAt);
      award(ctx, mentee, BadgeName.FIRST_MENTORSHIP_STARTED, startedAt);
    }
    if (startedAt && seed.messages.length > 0) {
      const last = endedAt ? plus(endedAt, -HOUR) : plus(clock.now, -3 * HOUR);
      const step = (last.getTime() - startedAt.getTime()) / seed.messages.length;
      for (const [i, [side, content]] of seed.messages.entries()) {
        const sentAt = plus(startedAt, Math.round(step * (i + 1)) - 30 * MINUTE);
        // In an open thread the newest message is still unread.
        const unread = endedAt === null && i === seed.messages.length - 1;
        const sender = member(side);
        await manager.save(
          manager.create(Message, {
            mentorshipId: m.id,
            senderId: sender.id,
            content,
            sentAt,
            readAt: unread ? null : plus(sentAt, 25 * MINUTE),
            createdAt: sentAt,
            updatedAt: sentAt,
          }),
        );
        award(ctx, sender, BadgeName.FIRST_MESSAGE_SENT, sentAt);
      }
    }

    // The mentor was told about the request; the mentee about the answer.
    // Each payload is the one written at the time: PENDING when asked, the answer when answered.
    await seedNotice(
      manager,
      mentor.id,
      notices.mentorshipRequested({ id: m.id, status: MentorshipStatus.PENDING }, mentee.id),
      {
        at: createdAt,
        readAt: seed.status === MentorshipStatus.PENDING ? null : plus(createdAt, 4 * HOUR),
      },
    );
    const answeredAt = seed.status === MentorshipStatus.DECLINED ? endedAt : startedAt;
    if (answeredAt) {
      const answer = seed.status === MentorshipStatus.DECLINED ? MentorshipStatus.DECLINED : MentorshipStatus.ACTIVE;
      await seedNotice(manager, mentee.id, notices.mentorshipUpdated({ id: m.id, status: answer }, mentor.id), {
        at: answeredAt,
        readAt: plus(answeredAt, HOUR),
      });
    }
  }
  return saved;
}
