import { startTestServer, type TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SKILLS = `query ($first: Int, $after: String, $last: Int, $before: String) {
  skills(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes { id name slug }
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface SkillsData {
  skills: {
    totalCount: number;
    nodes: Array<{ id: string; name: string; slug: string }>;
    edges: Array<{ cursor: string; node: { name: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

describe('skills', () => {
  it('lists the ten catalog skills by name, to anyone', async () => {
    const data = await server.client().ok<SkillsData>(SKILLS, { first: 20 });
    expect(data.skills.totalCount).toBe(10);
    expect(data.skills.nodes.map((s) => s.name)).toEqual([
      'Backend',
      'Cloud',
      'Data',
      'Design',
      'DevOps',
      'Frontend',
      'Machine Learning',
      'Mobile',
      'Product',
      'Security',
    ]);
    expect(data.skills.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('pages forward and backward with cursors', async () => {
    const client = server.client();
    const first = await client.ok<SkillsData>(SKILLS, { first: 4 });
    expect(first.skills.nodes.map((s) => s.name)).toEqual(['Backend', 'Cloud', 'Data', 'Design']);
    expect(first.skills.pageInfo.hasNextPage).toBe(true);
    const second = await client.ok<SkillsData>(SKILLS, { first: 4, after: first.skills.pageInfo.endCursor });
    expect(second.skills.nodes.map((s) => s.name)).toEqual(['DevOps', 'Frontend', 'Machine Learning', 'Mobile']);
    expect(second.skills.pageInfo.hasPreviousPage).toBe(true);
    const back = await client.ok<SkillsData>(SKILLS, { last: 2, before: second.skills.pageInfo.startCursor });
    expect(back.skills.nodes.map((s) => s.name)).toEqual(['Data', 'Design']);
    expect(back.skills.pageInfo.hasPreviousPage).toBe(true);
    const tail = await client.ok<SkillsData>(SKILLS, { last: 3 });
    expect(tail.skills.nodes.map((s) => s.name)).toEqual(['Mobile', 'Product', 'Security']);
    expect(tail.skills.pageInfo).toMatchObject({ hasPreviousPage: true });
  });

  it('refuses page sizes outside 1..100 and foreign cursors', async () => {
    const client = server.client();
    for (const variables of [{ first: 0 }, { first: 101 }, { last: -1 }, { after: 'not-a-cursor' }]) {
      const res = await client.request(SKILLS, variables);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const res = await client.request(SKILLS, { first: 101 });
    expect(res.errors?.[0].extensions?.fields).toEqual({ first: 'must be between 1 and 100' });
  });
});
