import { toGlobalId } from '../src/common/global-id';
import { AuditLog } from '../src/modules/audit/audit-log.entity';
import { BadgeName } from '../src/modules/badge/badge.entity';
import { awardBadges } from '../src/modules/badge/badge.service';
import { EarnedBadge } from '../src/modules/badge/earned-badge.entity';
import { Notification, NotificationKind } from '../src/modules/notification/notification.entity';
import { Role } from '../src/modules/role/role';
import { Skill } from '../src/modules/skill/skill.entity';
import { realPostgres } from './helpers/database';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const pgIt = realPostgres() ? it : it.skip;

let server: TestServer;
let admin: UserWithToken;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createUser(server, { roles: [Role.ADMIN] });
});
afterAll(() => server.close());

const CATALOG_ORDER = Object.values(BadgeName);

const BADGES = `{ badges { id name title description howToEarn } }`;

const MY_BADGES = `{
  viewer {
    earnedBadges { id earnedAt badge { name title } user { id } }
    lockedBadges { name }
    badgeProgress { earned total }
  }
}`;

interface MyBadges {
  viewer: {
    earnedBadges: Array<{ id: string; earnedAt: string; badge: { name: string; title: string }; user: { id: string } }>;
    lockedBadges: Array<{ name: string }>;
    badgeProgress: { earned: number; total: number };
  };
}

const USER_BADGES = `query ($id: ID!) {
  user(id: $id) { earnedBadges { badge { name } } lockedBadges { name } badgeProgress { earned total } }
}`;

describe('badges', () => {
  it('lists the eight catalog badges in product order to any signed-in user', async () => {
    const learner = await createUser(server);
    const data = await server.client(learner.token).ok<{ badges: Array<{ name: string; title: string }> }>(BADGES);
    expect(data.badges.map((b) => b.name)).toEqual(CATALOG_ORDER);
    expect(data.badges[0]).toMatchObject({ title: 'First class booked', howToEarn: 'Book a class.' });
  });

  it('refuses anonymous callers', async () => {
    expect(await server.client().errorCode(BADGES)).toBe('UNAUTHENTICATED');
  });

  it('fetches a badge by its global id through node', async () => {
    const learner = await createUser(server);
    const { badges } = await server.client(learner.token).ok<{ badges: Array<{ id: string; name: string }> }>(BADGES);
    const data = await server
      .client(learner.token)
      .ok<{ node: { name: string } }>(`query ($id: ID!) { node(id: $id) { ... on Badge { name } } }`, {
        id: badges[3].id,
      });
    expect(data.node.name).toBe(badges[3].name);
  });
});

describe('User.earnedBadges, lockedBadges and badgeProgress', () => {
  it('start with nothing earned, every badge locked and 0 of 8', async () => {
    const learner = await createUser(server);
    const data = await server.client(learner.token).ok<MyBadges>(MY_BADGES);
    expect(data.viewer.earnedBadges).toEqual([]);
    expect(data.viewer.lockedBadges.map((b) => b.name)).toEqual(CATALOG_ORDER);
    expect(data.viewer.badgeProgress).toEqual({ earned: 0, total: 8 });
  });

  it('show awarded badges as earned, the rest of the catalog as locked, and the counts', async () => {
    const learner = await createUser(server);
    await awardBadges(manager(server), learner.user.id, [BadgeName.MENTOR_APPROVED, BadgeName.FIRST_CLASS_BOOKED]);
    const data = await server.client(learner.token).ok<MyBadges>(MY_BADGES);
    expect(data.viewer.earnedBadges.map((e) => e.badge.name).sort()).toEqual(['FIRST_CLASS_BOOKED', 'MENTOR_APPROVED']);
    expect(data.viewer.earnedBadges[0].user.id).toBe(learner.id);
    expect(Number.isNaN(Date.parse(data.viewer.earnedBadges[0].earnedAt))).toBe(false);
    expect(data.viewer.lockedBadges.map((b) => b.name)).toEqual(
      CATALOG_ORDER.filter((n) => n !== BadgeName.MENTOR_APPROVED && n !== BadgeName.FIRST_CLASS_BOOKED),
    );
    expect(data.viewer.badgeProgress).toEqual({ earned: 2, total: 8 });
  });

  it("show another user's earned badges and progress (public card) but not their locked badges", async () => {
    const owner = await createUser(server);
    const other = await createUser(server);
    await awardBadges(manager(server), owner.user.id, [BadgeName.FIRST_MESSAGE_SENT]);
    const res = await server.client(other.token).request<{
      user: { earnedBadges: Array<{ badge: { name: string } }>; lockedBadges: null; badgeProgress: { earned: number } };
    }>(USER_BADGES, { id: owner.id });
    expect(res.data?.user.earnedBadges).toEqual([{ badge: { name: 'FIRST_MESSAGE_SENT' } }]);
    expect(res.data?.user.badgeProgress).toEqual({ earned: 1, total: 8 });
    expect(res.data?.user.lockedBadges).toBeNull();
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['user.lockedBadges', 'FORBIDDEN'],
    ]);
  });

  it("let an admin see another user's locked badges", async () => {
    const learner = await createUser(server);
    await awardBadges(manager(server), learner.user.id, [BadgeName.PROFILE_COMPLETED]);
    const data = await server
      .client(admin.token)
      .ok<{ user: { lockedBadges: Array<{ name: string }> } }>(USER_BADGES, { id: learner.id });
    expect(data.user.lockedBadges).toHaveLength(7);
    expect(data.user.lockedBadges.map((b) => b.name)).not.toContain('PROFILE_COMPLETED');
  });

  it('fetches an earned badge by its global id through node, for any signed-in user', async () => {
    const learner = await createUser(server);
    const other = await createUser(server);
    await awardBadges(manager(server), learner.user.id, [BadgeName.FIRST_TASK_COMPLETED]);
    const { viewer } = await server.client(learner.token).ok<MyBadges>(MY_BADGES);
    const data = await server
      .client(other.token)
      .ok<{ node: { badge: { name: string }; user: { id: string } } }>(
        `query ($id: ID!) { node(id: $id) { ... on EarnedBadge { badge { name } user { id } } } }`,
        { id: viewer.earnedBadges[0].id },
      );
    expect(data.node).toEqual({ badge: { name: 'FIRST_TASK_COMPLETED' }, user: { id: learner.id } });
  });

  it('batch a list of users: the statement count does not grow with the number of users', async () => {
    const users: UserWithToken[] = [];
    for (let i = 0; i < 20; i += 1) {
      const u = await createUser(server);
      await awardBadges(manager(server), u.user.id, [BadgeName.FIRST_CLASS_JOINED, BadgeName.PROFILE_COMPLETED]);
      users.push(u);
    }
    const query = `query ($ids: [ID!]!) {
      nodes(ids: $ids) { ... on User { id earnedBadges { badge { title } user { id } } badgeProgress { earned total } } }
    }`;
    const statementsFor = async (ids: string[]): Promise<number> => {
      const before = server.db.queries.count;
      const data = await server
        .client(admin.token)
        .ok<{ nodes: Array<{ earnedBadges: Array<{ badge: { title: string } }> }> }>(query, { ids });
      expect(data.nodes).toHaveLength(ids.length);
      for (const node of data.nodes) expect(node.earnedBadges).toHaveLength(2);
      return server.db.queries.count - before;
    };
    const two = await statementsFor(users.slice(0, 2).map((u) => u.id));
    const twenty = await statementsFor(users.map((u) => u.id));
    expect(twenty).toBe(two);
    expect(twenty).toBeLessThanOrEqual(8);
  });
});

describe('awardBadges', () => {
  it('awards a badge once when triggered twice, with one notification', async () => {
    const learner = await createUser(server);
    const db = manager(server);
    expect(await awardBadges(db, learner.user.id, [BadgeName.FIRST_CLASS_BOOKED])).toEqual(['FIRST_CLASS_BOOKED']);
    expect(await awardBadges(db, learner.user.id, [BadgeName.FIRST_CLASS_BOOKED])).toEqual([]);
    const data = await server.client(learner.token).ok<{
      viewer: { earnedBadges: Array<{ badge: { name: string } }>; badgeProgress: { earned: number } };
      notifications: { nodes: Array<{ kind: string; payload: Record<string, unknown> }> };
    }>(`{
      viewer { earnedBadges { badge { name } } badgeProgress { earned } }
      notifications(first: 10) { nodes { kind payload } }
    }`);
    expect(data.viewer.earnedBadges).toEqual([{ badge: { name: 'FIRST_CLASS_BOOKED' } }]);
    expect(data.viewer.badgeProgress.earned).toBe(1);
    expect(data.notifications.nodes).toEqual([
      { kind: 'BADGE_EARNED', payload: { badge: 'FIRST_CLASS_BOOKED', title: 'First class booked' } },
    ]);
  });

  pgIt(
    'leaves exactly one earned badge and one notification after 100 concurrent awards (needs real PostgreSQL: PGlite runs one statement at a time)',
    async () => {
      const learner = await createUser(server);
      const db = manager(server);
      const results = await Promise.all(
        Array.from({ length: 100 }, () => awardBadges(db, learner.user.id, [BadgeName.TEN_CLASSES_COMPLETED])),
      );
      expect(results.filter((r) => r.length === 1)).toHaveLength(1);
      expect(await db.count(EarnedBadge, { where: { userId: learner.user.id } })).toBe(1);
      expect(
        await db.count(Notification, { where: { recipientId: learner.user.id, kind: NotificationKind.BADGE_EARNED } }),
      ).toBe(1);
    },
  );
});

const UPDATE_BADGE = `mutation ($input: UpdateBadgeInput!) {
  updateBadge(input: $input) { badge { id name title description howToEarn } }
}`;

describe('updateBadge', () => {
  it("lets an admin edit a badge's texts, audited as badge.update", async () => {
    const data = await server.client(admin.token).ok<{
      updateBadge: { badge: { id: string; name: string; title: string; description: string; howToEarn: string } };
    }>(UPDATE_BADGE, { input: { name: 'FIRST_MESSAGE_SENT', title: '  Ice breaker ', howToEarn: 'Say hello.' } });
    expect(data.updateBadge.badge).toMatchObject({
      name: 'FIRST_MESSAGE_SENT',
      title: 'Ice breaker',
      description: 'You sent your first message to a mentor or mentee.',
      howToEarn: 'Say hello.',
    });
    const learner = await createUser(server);
    const { badges } = await server
      .client(learner.token)
      .ok<{ badges: Array<{ name: string; title: string }> }>(BADGES);
    expect(badges.find((b) => b.name === 'FIRST_MESSAGE_SENT')?.title).toBe('Ice breaker');
    const audit = await manager(server).findOneOrFail(AuditLog, { where: { action: 'badge.update' } });
    expect(audit).toMatchObject({
      actorId: admin.user.id,
      targetType: 'Badge',
      before: expect.objectContaining({ title: 'First message' }),
      after: expect.objectContaining({ title: 'Ice breaker', howToEarn: 'Say hello.' }),
    });
    expect(toGlobalId('Badge', audit.targetId ?? '')).toBe(data.updateBadge.badge.id);
  });

  it('refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const input = { name: 'MENTOR_APPROVED', title: 'Hacked' };
    const learner = await createUser(server);
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    expect(await server.client(learner.token).errorCode(UPDATE_BADGE, { input })).toBe('FORBIDDEN');
    expect(await server.client(mentor.token).errorCode(UPDATE_BADGE, { input })).toBe('FORBIDDEN');
    expect(await server.client().errorCode(UPDATE_BADGE, { input })).toBe('UNAUTHENTICATED');
  });

  it('refuses blank texts and an update that changes nothing', async () => {
    const client = server.client(admin.token);
    const blank = await client.request(UPDATE_BADGE, { input: { name: 'MENTOR_APPROVED', title: '   ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: 'must not be blank' },
    });
    const empty = await client.request(UPDATE_BADGE, { input: { name: 'MENTOR_APPROVED', title: '' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(empty.errors?.[0].extensions?.fields).toHaveProperty('title');
    expect(await client.refusal(UPDATE_BADGE, { input: { name: 'MENTOR_APPROVED' } })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOTHING_TO_UPDATE',
    });
    expect(await client.errorCode(UPDATE_BADGE, { input: { name: 'NOT_A_BADGE', title: 'x' } })).toBe('BAD_USER_INPUT');
  });
});

const CREATE_SKILL = `mutation ($input: CreateSkillInput!) { createSkill(input: $input) { skill { id name slug } } }`;

describe('createSkill', () => {
  it('lets an admin add a skill, deriving the slug from the name, audited as skill.create', async () => {
    const data = await server
      .client(admin.token)
      .ok<{ createSkill: { skill: { id: string; name: string; slug: string } } }>(CREATE_SKILL, {
        input: { name: '  Site Reliability / SRE ' },
      });
    expect(data.createSkill.skill).toMatchObject({ name: 'Site Reliability / SRE', slug: 'site-reliability-sre' });
    const row = await manager(server).findOneOrFail(Skill, { where: { slug: 'site-reliability-sre' } });
    expect(toGlobalId('Skill', row.id)).toBe(data.createSkill.skill.id);
    const audit = await manager(server).findOneOrFail(AuditLog, {
      where: { action: 'skill.create', targetId: row.id },
    });
    expect(audit.actorId).toBe(admin.user.id);
  });

  it('uses the slug given', async () => {
    const data = await server
      .client(admin.token)
      .ok<{ createSkill: { skill: { slug: string } } }>(CREATE_SKILL, { input: { name: 'Rust', slug: 'rust-lang' } });
    expect(data.createSkill.skill.slug).toBe('rust-lang');
  });

  it('refuses a name or slug already taken (CONFLICT, saying which)', async () => {
    const client = server.client(admin.token);
    const refusal = (input: Record<string, string>) => client.refusal(CREATE_SKILL, { input });
    const nameTaken = { code: 'CONFLICT', reason: 'SKILL_NAME_TAKEN' };
    const slugTaken = { code: 'CONFLICT', reason: 'SKILL_SLUG_TAKEN' };
    expect(await refusal({ name: 'Frontend', slug: 'frontend-2' })).toEqual(nameTaken);
    expect(await refusal({ name: 'FRONTEND' })).toEqual(slugTaken);
    expect(await refusal({ name: 'Front end', slug: 'frontend' })).toEqual(slugTaken);
  });

  it('refuses invalid names and slugs (BAD_USER_INPUT)', async () => {
    const client = server.client(admin.token);
    const badSlug = await client.request(CREATE_SKILL, { input: { name: 'Go', slug: 'Go Lang' } });
    expect(badSlug.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badSlug.errors?.[0].extensions?.fields).toHaveProperty('slug');
    const long = await client.request(CREATE_SKILL, { input: { name: 'x'.repeat(81) } });
    expect(long.errors?.[0].extensions?.fields).toHaveProperty('name');
    expect(await client.errorCode(CREATE_SKILL, { input: { name: '' } })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(CREATE_SKILL, { input: { name: '+++' } })).toBe('BAD_USER_INPUT');
  });

  it('refuses learners and mentors (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const learner = await createUser(server);
    const mentor = await createUser(server, { roles: [Role.MENTOR] });
    const input = { name: 'Elixir' };
    expect(await server.client(learner.token).errorCode(CREATE_SKILL, { input })).toBe('FORBIDDEN');
    expect(await server.client(mentor.token).errorCode(CREATE_SKILL, { input })).toBe('FORBIDDEN');
    expect(await server.client().errorCode(CREATE_SKILL, { input })).toBe('UNAUTHENTICATED');
  });
});
