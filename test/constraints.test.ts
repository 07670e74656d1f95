import type { EntityManager } from 'typeorm';
import { sqlState, violatedConstraint } from '../src/errors/db-errors';
import { createTestDatabase, type TestDatabase } from './helpers/database';

let db: TestDatabase;
let m: EntityManager;
beforeAll(async () => {
  db = await createTestDatabase();
  m = db.database.dataSource.manager;
});
afterAll(() => db.drop());

let seq = 0;
async function user(): Promise<string> {
  seq += 1;
  const [row] = await m.query(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [`constraint-${seq}@example.test`]);
  return row.id as string;
}

/** Runs a write that must fail, and returns the SQLSTATE and constraint name it failed with. */
async function rejection(sql: string, params: unknown[]): Promise<{ state?: string; constraint?: string }> {
  try {
    await m.query(sql, params);
  } catch (error) {
    return { state: sqlState(error), constraint: violatedConstraint(error) };
  }
  throw new Error(`expected the write to be rejected: ${sql}`);
}

async function klass(hostId: string, max = 2, type = 'GRUPAL'): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO virtual_classes (title, starts_at, duration_minutes, class_type, max_participants, host_id)
     VALUES ('c', now() + interval '1 day', 60, $1, $2, $3) RETURNING id`,
    [type, max, hostId],
  );
  return row.id as string;
}

describe('users', () => {
  it('rejects an email that differs only by case', async () => {
    await m.query(`INSERT INTO users (email) VALUES ('Ada@Example.test')`);
    expect(await rejection(`INSERT INTO users (email) VALUES ('ada@example.TEST')`, [])).toEqual({
      state: '23505',
      constraint: 'users_email_key',
    });
  });

  it('rejects an unknown status and a negative totalClasses', async () => {
    const id = await user();
    expect((await rejection(`UPDATE users SET status = 'GONE' WHERE id = $1`, [id])).constraint).toBe(
      'users_status_check',
    );
    expect((await rejection(`UPDATE users SET total_classes = -1 WHERE id = $1`, [id])).constraint).toBe(
      'users_total_classes_check',
    );
  });
});

describe('accounts', () => {
  it('rejects a second link of the same provider account', async () => {
    const [a, b] = [await user(), await user()];
    await m.query(`INSERT INTO accounts (provider, provider_account_id, user_id) VALUES ('GITHUB', '42', $1)`, [a]);
    expect(
      await rejection(`INSERT INTO accounts (provider, provider_account_id, user_id) VALUES ('GITHUB', '42', $1)`, [b]),
    ).toEqual({ state: '23505', constraint: 'accounts_provider_account_key' });
  });
});

describe('user roles', () => {
  const insert = `INSERT INTO user_roles (user_id, role, effective_start_date, effective_end_date) VALUES ($1, $2, $3, $4)`;

  it('rejects two overlapping MENTOR windows of the same user', async () => {
    const id = await user();
    await m.query(insert, [id, 'MENTOR', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z']);
    expect(await rejection(insert, [id, 'MENTOR', '2026-02-01T00:00:00Z', null])).toEqual({
      state: '23P01',
      constraint: 'user_roles_no_overlap',
    });
  });

  it('accepts back-to-back windows, other roles and other users', async () => {
    const [id, other] = [await user(), await user()];
    await m.query(insert, [id, 'MENTOR', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z']);
    await m.query(insert, [id, 'MENTOR', '2026-03-01T00:00:00Z', null]);
    await m.query(insert, [id, 'ADMIN', '2026-01-15T00:00:00Z', null]);
    await m.query(insert, [other, 'MENTOR', '2026-01-15T00:00:00Z', null]);
  });

  it('rejects a window that ends before it starts, and an unknown role', async () => {
    const id = await user();
    expect((await rejection(insert, [id, 'MENTOR', '2026-03-01T00:00:00Z', '2026-01-01T00:00:00Z'])).constraint).toBe(
      'user_roles_window_check',
    );
    expect((await rejection(insert, [id, 'WIZARD', '2026-03-01T00:00:00Z', null])).constraint).toBe(
      'user_roles_role_check',
    );
  });
});

describe('virtual classes and activities', () => {
  it('rejects a participant count above capacity', async () => {
    const host = await user();
    const id = await klass(host, 2);
    await m.query(`UPDATE virtual_classes SET participant_count = 2 WHERE id = $1`, [id]);
    expect((await rejection(`UPDATE virtual_classes SET participant_count = 3 WHERE id = $1`, [id])).constraint).toBe(
      'virtual_classes_capacity_check',
    );
  });

  it('rejects an INDIVIDUAL class for more than one person', async () => {
    const host = await user();
    const result = await rejection(
      `INSERT INTO virtual_classes (title, starts_at, duration_minutes, class_type, max_participants, host_id)
       VALUES ('c', now(), 60, 'INDIVIDUAL', 2, $1)`,
      [host],
    );
    expect(result.constraint).toBe('virtual_classes_max_check');
  });

  it('rejects a second activity of the same user in the same class', async () => {
    const host = await user();
    const id = await klass(host);
    const insert = `INSERT INTO user_activities (user_id, class_id, rol) VALUES ($1, $2, 'PARTICIPANTE')`;
    const learner = await user();
    await m.query(insert, [learner, id]);
    expect(await rejection(insert, [learner, id])).toEqual({
      state: '23505',
      constraint: 'user_activities_user_class_key',
    });
  });
});

describe('mentorships', () => {
  const insert = `INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES ($1, $2, $3)`;

  it('rejects a second open mentorship for the same pair', async () => {
    const [mentor, mentee] = [await user(), await user()];
    await m.query(insert, [mentor, mentee, 'PENDING']);
    expect(await rejection(insert, [mentor, mentee, 'ACTIVE'])).toEqual({
      state: '23505',
      constraint: 'mentorships_open_pair_key',
    });
  });

  it('allows a new request once the earlier one is closed', async () => {
    const [mentor, mentee] = [await user(), await user()];
    await m.query(insert, [mentor, mentee, 'COMPLETED']);
    await m.query(insert, [mentor, mentee, 'DECLINED']);
    await m.query(insert, [mentor, mentee, 'PENDING']);
  });

  it('rejects mentoring oneself', async () => {
    const id = await user();
    expect((await rejection(insert, [id, id, 'PENDING'])).constraint).toBe('mentorships_distinct_check');
  });
});

describe('messages', () => {
  it('rejects empty and over-long content', async () => {
    const [mentor, mentee] = [await user(), await user()];
    const [ms] = await m.query(
      `INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES ($1, $2, 'ACTIVE') RETURNING id`,
      [mentor, mentee],
    );
    const insert = `INSERT INTO messages (mentorship_id, sender_id, content) VALUES ($1, $2, $3)`;
    expect((await rejection(insert, [ms.id, mentor, ''])).constraint).toBe('messages_content_check');
    expect((await rejection(insert, [ms.id, mentor, 'x'.repeat(4001)])).constraint).toBe('messages_content_check');
  });
});

describe('earned badges', () => {
  it('rejects earning the same badge twice', async () => {
    const id = await user();
    const insert = `INSERT INTO earned_badges (user_id, badge_id) SELECT $1, id FROM badges WHERE name = 'FIRST_CLASS_BOOKED'`;
    await m.query(insert, [id]);
    expect(await rejection(insert, [id])).toEqual({ state: '23505', constraint: 'earned_badges_user_badge_key' });
  });
});

describe('mentor applications', () => {
  it('rejects a second pending application of the same applicant', async () => {
    const id = await user();
    const insert = `INSERT INTO mentor_applications (applicant_id, motivation, experience) VALUES ($1, 'm', 'e')`;
    await m.query(insert, [id]);
    expect((await rejection(insert, [id])).constraint).toBe('mentor_applications_pending_key');
  });
});

describe('audit log', () => {
  it('is append-only: updates and deletes are refused', async () => {
    const [row] = await m.query(`INSERT INTO audit_logs (action) VALUES ('test.append') RETURNING id`);
    expect((await rejection(`UPDATE audit_logs SET action = 'x' WHERE id = $1`, [row.id])).state).toBe('42501');
    expect((await rejection(`DELETE FROM audit_logs WHERE id = $1`, [row.id])).state).toBe('42501');
  });
});
