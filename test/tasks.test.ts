import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { Role } from '../src/modules/role/role';
import { UserActivity } from '../src/modules/activity/user-activity.entity';
import { Difficulty, TaskType } from '../src/modules/task/task.entity';
import { createUser, manager, type UserWithToken } from './helpers/factories';
import { insertClass, insertTask } from './helpers/class-factories';
import { refusalOf } from './helpers/class-suite';
import type { Refusal } from './helpers/graphql';
import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
let mentor: UserWithToken;
let otherMentor: UserWithToken;
let admin: UserWithToken;
let learner: UserWithToken;

beforeAll(async () => {
  server = await startTestServer();
  mentor = await createUser(server, { roles: [Role.MENTOR], firstName: 'Mara', lastName: 'Mentor' });
  otherMentor = await createUser(server, { roles: [Role.MENTOR] });
  admin = await createUser(server, { roles: [Role.ADMIN] });
  learner = await createUser(server);
});
afterAll(() => server.close());

const TASK_FIELDS = `id title description content solvedContent type difficulty englishLevel author { id displayName }`;
const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { ${TASK_FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { task { ${TASK_FIELDS} } } }`;
const DELETE = `mutation ($input: DeleteTaskInput!) { deleteTask(input: $input) { deletedTaskId } }`;
const LIST = `query ($first: Int, $after: String, $filter: TaskFilter) {
  tasks(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes { id title type difficulty solvedContent author { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on Task { id title solvedContent } } }`;

interface TaskData {
  id: string;
  title: string;
  description: string;
  content: string;
  solvedContent: string | null;
  type: string;
  difficulty: string;
  englishLevel: string | null;
  author: { id: string; displayName: string };
}
interface ListData {
  tasks: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      type: string;
      difficulty: string;
      solvedContent: string | null;
      author: { id: string };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const taskInput = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 'Flexbox basics',
  description: 'Lay out a page',
  content: '# Flexbox\nDo the exercise.',
  solvedContent: '# Solution',
  type: 'READING',
  difficulty: 'EASY',
  englishLevel: 'BASICO',
  ...over,
});

const refusal = (as: UserWithToken, query: string, variables: Record<string, unknown>): Promise<Refusal> =>
  refusalOf(server, as, query, variables);

async function create(as: UserWithToken, over: Record<string, unknown> = {}): Promise<TaskData> {
  const data = await server.client(as.token).ok<{ createTask: { task: TaskData } }>(CREATE, { input: taskInput(over) });
  return data.createTask.task;
}

describe('createTask', () => {
  it('lets a mentor create a task authored by them', async () => {
    const task = await create(mentor);
    expect(task).toMatchObject({
      title: 'Flexbox basics',
      content: '# Flexbox\nDo the exercise.',
      solvedContent: '# Solution',
      type: 'READING',
      difficulty: 'EASY',
      englishLevel: 'BASICO',
      author: { id: mentor.id, displayName: 'Mara Mentor' },
    });
  });

  it('lets an admin create a task', async () => {
    const task = await create(admin, { title: 'Admin task' });
    expect(task.author.id).toBe(admin.id);
  });

  it('refuses learners (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    expect(await refusal(learner, CREATE, { input: taskInput() })).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_ALLOWED',
    });
    expect(await server.client().errorCode(CREATE, { input: taskInput() })).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty title or content with per-field messages', async () => {
    const res = await server.client(mentor.token).request(CREATE, { input: taskInput({ title: '', content: '' }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(Object.keys(res.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['content', 'title']);
  });
});

describe('tasks', () => {
  let filterAuthor: UserWithToken;
  beforeAll(async () => {
    filterAuthor = await createUser(server, { roles: [Role.MENTOR] });
    await create(filterAuthor, { title: 'F1', type: 'EXAM', difficulty: 'HARD' });
    await create(filterAuthor, { title: 'F2', type: 'VIDEO', difficulty: 'HARD' });
    await create(filterAuthor, { title: 'F3', type: 'EXAM', difficulty: 'EASY' });
  });

  it('lists tasks newest first, to any signed-in user, and pages with cursors', async () => {
    const client = server.client(learner.token);
    const filter = { authorId: filterAuthor.id };
    const first = await client.ok<ListData>(LIST, { first: 2, filter });
    expect(first.tasks.totalCount).toBe(3);
    expect(first.tasks.nodes.map((t) => t.title)).toEqual(['F3', 'F2']);
    expect(first.tasks.pageInfo.hasNextPage).toBe(true);
    const rest = await client.ok<ListData>(LIST, { first: 2, after: first.tasks.pageInfo.endCursor, filter });
    expect(rest.tasks.nodes.map((t) => t.title)).toEqual(['F1']);
    expect(rest.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by type, difficulty and author together', async () => {
    const client = server.client(learner.token);
    const exams = await client.ok<ListData>(LIST, { filter: { authorId: filterAuthor.id, type: 'EXAM' } });
    expect(exams.tasks.nodes.map((t) => t.title)).toEqual(['F3', 'F1']);
    const hardExams = await client.ok<ListData>(LIST, {
      filter: { authorId: filterAuthor.id, type: 'EXAM', difficulty: 'HARD' },
    });
    expect(hardExams.tasks.nodes.map((t) => t.title)).toEqual(['F1']);
    const hard = await client.ok<ListData>(LIST, { first: 100, filter: { difficulty: 'HARD' } });
    expect(hard.tasks.nodes.every((t) => t.difficulty === 'HARD')).toBe(true);
  });

  it('refuses anonymous callers and malformed author ids', async () => {
    expect(await server.client().errorCode(LIST, {})).toBe('UNAUTHENTICATED');
    const res = await server.client(learner.token).request(LIST, { filter: { authorId: 'nope' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { authorId: expect.any(String) },
    });
  });
});

describe('updateTask', () => {
  it('lets the author change fields and clear nullable ones with null', async () => {
    const task = await create(mentor);
    const data = await server.client(mentor.token).ok<{ updateTask: { task: TaskData } }>(UPDATE, {
      input: { id: task.id, title: 'Renamed', difficulty: 'HARD', solvedContent: null, englishLevel: null },
    });
    expect(data.updateTask.task).toMatchObject({
      id: task.id,
      title: 'Renamed',
      difficulty: 'HARD',
      type: 'READING',
      content: task.content,
      solvedContent: null,
      englishLevel: null,
    });
  });

  it("refuses another mentor's edit (FORBIDDEN NOT_TASK_AUTHOR) and learners (FORBIDDEN NOT_ALLOWED)", async () => {
    const task = await create(mentor);
    const input = { id: task.id, title: 'Hijacked' };
    expect(await refusal(otherMentor, UPDATE, { input })).toEqual({ code: 'FORBIDDEN', reason: 'NOT_TASK_AUTHOR' });
    expect(await refusal(learner, UPDATE, { input })).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
  });

  it("lets an admin edit anyone's task, with an audit entry", async () => {
    const task = await create(mentor);
    const data = await server.client(admin.token).ok<{ updateTask: { task: TaskData } }>(UPDATE, {
      input: { id: task.id, title: 'Fixed by admin' },
    });
    expect(data.updateTask.task.title).toBe('Fixed by admin');
    expect(data.updateTask.task.author.id).toBe(mentor.id);
    const rows: Array<{ action: string; actor_id: string }> = await manager(server).query(
      `SELECT "action", "actor_id" FROM "audit_logs" WHERE "target_id" = $1`,
      [fromGlobalId(task.id).id],
    );
    expect(rows).toEqual([{ action: 'task.update', actor_id: admin.user.id }]);
  });

  it('refuses a null for a required field and an unknown task', async () => {
    const task = await create(mentor);
    const res = await server.client(mentor.token).request(UPDATE, { input: { id: task.id, title: null } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: expect.any(String) } });
    const missing = toGlobalId('Task', '00000000-0000-4000-8000-000000000000');
    expect(await server.client(admin.token).errorCode(UPDATE, { input: { id: missing, title: 'x' } })).toBe(
      'NOT_FOUND',
    );
  });
});

describe('deleteTask', () => {
  it("refuses another mentor's delete with FORBIDDEN NOT_TASK_AUTHOR", async () => {
    const task = await create(mentor);
    expect(await refusal(otherMentor, DELETE, { input: { id: task.id } })).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_TASK_AUTHOR',
    });
    const node = await server.client(mentor.token).ok<{ node: unknown }>(NODE, { id: task.id });
    expect(node.node).not.toBeNull();
  });

  it('lets the author delete; the task is gone afterwards', async () => {
    const task = await create(mentor);
    const data = await server.client(mentor.token).ok<{ deleteTask: { deletedTaskId: string } }>(DELETE, {
      input: { id: task.id },
    });
    expect(data.deleteTask.deletedTaskId).toBe(task.id);
    const node = await server.client(mentor.token).ok<{ node: unknown }>(NODE, { id: task.id });
    expect(node.node).toBeNull();
    expect(await server.client(mentor.token).errorCode(DELETE, { input: { id: task.id } })).toBe('NOT_FOUND');
  });

  it('lets an admin delete a task attached to (even completed) activities; they keep existing without it', async () => {
    const { task, id } = await insertTask(server, mentor.user.id);
    const { cls } = await insertClass(server, { hostId: otherMentor.user.id, participantIds: [learner.user.id] });
    const db = manager(server);
    await db.update(UserActivity, { classId: cls.id }, { taskId: task.id, completed: true, completedAt: new Date() });
    await db.update(UserActivity, { classId: cls.id, userId: learner.user.id }, { taskCompletedAt: new Date() });
    await server.client(admin.token).ok(DELETE, { input: { id } });
    const rows = await db.find(UserActivity, { where: { classId: cls.id } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.taskId === null && r.taskCompletedAt === null && r.completed)).toBe(true);
  });
});

describe('Task.solvedContent', () => {
  let taskId: string;
  let completer: UserWithToken;
  let joinedOnly: UserWithToken;

  beforeAll(async () => {
    const { task, id } = await insertTask(server, mentor.user.id, { title: 'Secret', solvedContent: 'the answer' });
    taskId = id;
    completer = await createUser(server);
    joinedOnly = await createUser(server);
    const { cls } = await insertClass(server, {
      hostId: otherMentor.user.id,
      participantIds: [completer.user.id, joinedOnly.user.id],
    });
    const db = manager(server);
    await db.update(UserActivity, { classId: cls.id }, { taskId: task.id, completed: true, completedAt: new Date() });
    await db.update(UserActivity, { classId: cls.id, userId: completer.user.id }, { taskCompletedAt: new Date() });
  });

  const solvedAs = async (as: UserWithToken): Promise<string | null> => {
    const data = await server.client(as.token).ok<{ node: { solvedContent: string | null } }>(NODE, { id: taskId });
    return data.node.solvedContent;
  };

  it('is shown to the author, admins and users who completed the task', async () => {
    expect(await solvedAs(mentor)).toBe('the answer');
    expect(await solvedAs(admin)).toBe('the answer');
    expect(await solvedAs(completer)).toBe('the answer');
  });

  it('is null for everyone else, including members who have not completed it yet', async () => {
    expect(await solvedAs(learner)).toBeNull();
    expect(await solvedAs(otherMentor)).toBeNull();
    expect(await solvedAs(joinedOnly)).toBeNull();
  });

  it('is checked in one batched query whatever the page size', async () => {
    for (let i = 0; i < 12; i += 1) await insertTask(server, otherMentor.user.id, { title: `Batch ${i}` });
    const client = server.client(learner.token);
    const count = async (first: number): Promise<number> => {
      const before = server.db.queries.count;
      const data = await client.ok<ListData>(LIST, { first, filter: { authorId: otherMentor.id } });
      expect(data.tasks.nodes).toHaveLength(first);
      expect(data.tasks.nodes.every((t) => t.solvedContent === null)).toBe(true);
      return server.db.queries.count - before;
    };
    expect(await count(12)).toBe(await count(3));
  });
});

describe('node(id) for Task', () => {
  it('returns a task to any signed-in user', async () => {
    const { id } = await insertTask(server, mentor.user.id, {
      title: 'By node',
      type: TaskType.EXAM,
      difficulty: Difficulty.MEDIUM,
    });
    const data = await server.client(learner.token).ok<{ node: { __typename: string; title: string } }>(NODE, { id });
    expect(data.node).toMatchObject({ __typename: 'Task', title: 'By node' });
  });
});
