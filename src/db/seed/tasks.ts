import { Difficulty, Task, TaskType } from '../../modules/task/task.entity';
import { EnglishLevel } from '../../modules/user/user.entity';
import type { SeedContext, UserKey } from './context';

export type TaskKey = 'a11yQuiz' | 'gridReading' | 'apiReading' | 'k8sVideo' | 'dataPodcast' | 'sqlExam' | 'mlVideo';

interface TaskSeed {
  key: TaskKey;
  author: UserKey;
  createdDaysAgo: number;
  title: string;
  description: string;
  type: TaskType;
  difficulty: Difficulty;
  englishLevel: EnglishLevel | null;
  content: string;
  solvedContent: string;
}

const TASKS: TaskSeed[] = [
  {
    key: 'a11yQuiz',
    author: 'ana',
    createdDaysAgo: 60,
    type: TaskType.EXAM,
    difficulty: Difficulty.EASY,
    englishLevel: EnglishLevel.INTERMEDIO,
    title: 'Accessible forms: quick quiz',
    description: 'Five questions on labels, errors and keyboard navigation in HTML forms.',
    content: [
      '# Accessible forms quiz',
      '',
      '1. Why is a `placeholder` not a replacement for a `<label>`?',
      '2. Which attribute links an error message to its input?',
      '3. What should happen to focus when a form fails validation?',
      '4. When is `fieldset` + `legend` the right choice?',
      '5. Name two ways to make a required field obvious to screen readers.',
    ].join('\n'),
    solvedContent: [
      '# Answers',
      '',
      '1. Placeholders disappear while typing and are often read inconsistently.',
      '2. `aria-describedby` pointing at the error element.',
      '3. Move focus to the first invalid field (or an error summary).',
      '4. For groups of related controls such as radio buttons.',
      '5. The `required` attribute and a visible text hint inside the label.',
    ].join('\n'),
  },
  {
    key: 'gridReading',
    author: 'ana',
    createdDaysAgo: 35,
    type: TaskType.READING,
    difficulty: Difficulty.MEDIUM,
    englishLevel: null,
    title: 'Reading: layouts with CSS Grid',
    description: 'Read the guide, then rebuild a magazine-style layout with `grid-template-areas`.',
    content:
      '## Read\n\n- MDN: *Grid template areas*\n- MDN: *Auto-placement in grid layout*\n\n## Exercise\n\nRebuild the attached mockup with **no** media queries except one breakpoint at `48rem`.',
    solvedContent:
      '```css\n.page {\n  display: grid;\n  grid-template-areas: "hero hero" "main aside" "footer footer";\n  grid-template-columns: 2fr 1fr;\n  gap: 1.5rem;\n}\n@media (max-width: 48rem) {\n  .page { grid-template-areas: "hero" "main" "aside" "footer"; grid-template-columns: 1fr; }\n}\n```',
  },
  {
    key: 'apiReading',
    author: 'ben',
    createdDaysAgo: 50,
    type: TaskType.READING,
    difficulty: Difficulty.MEDIUM,
    englishLevel: EnglishLevel.INTERMEDIO,
    title: 'Reading: designing a GraphQL schema',
    description: 'Nullability, pagination and mutation payloads, with a short design exercise.',
    content: [
      '# Designing a GraphQL schema',
      '',
      'Read the notes on **connections** (Relay cursor pagination) and **mutation payloads**.',
      '',
      '## Exercise',
      '',
      'Design the types for a library: `Book`, `Author`, `Loan`. Paginate `Author.books` and',
      'write a `borrowBook` mutation that returns a payload with `userErrors`.',
    ].join('\n'),
    solvedContent:
      '```graphql\ntype Query { authors(first: Int, after: String): AuthorConnection! }\ntype Mutation { borrowBook(input: BorrowBookInput!): BorrowBookPayload! }\ntype BorrowBookPayload { loan: Loan, userErrors: [UserError!]! }\n```\n\nKeep list fields non-null with non-null items; make single lookups nullable.',
  },
  {
    key: 'k8sVideo',
    author: 'ben',
    createdDaysAgo: 30,
    type: TaskType.VIDEO,
    difficulty: Difficulty.HARD,
    englishLevel: EnglishLevel.AVANZADO,
    title: 'Video: Kubernetes rollouts and rollbacks',
    description: 'Watch the 25-minute walkthrough, then perform a canary rollout on the sandbox cluster.',
    content:
      '## Watch\n\n[Rollouts in practice (25 min)](https://videos.aula.dev/k8s-rollouts)\n\n## Do\n\n1. Deploy `v1` of the demo app.\n2. Roll out `v2` to 10% of the pods.\n3. Roll back when the error rate alarm fires.',
    solvedContent:
      '```bash\nkubectl apply -f v1.yaml\nkubectl argo rollouts set image demo app=demo:v2\nkubectl argo rollouts abort demo\nkubectl argo rollouts undo demo\n```\n\nCheck `kubectl argo rollouts get rollout demo --watch` between steps.',
  },
  {
    key: 'dataPodcast',
    author: 'chloe',
    createdDaysAgo: 30,
    type: TaskType.AUDIO,
    difficulty: Difficulty.EASY,
    englishLevel: EnglishLevel.BASICO,
    title: 'Podcast: explaining data to stakeholders',
    description: 'A 15-minute episode on telling a clear story with numbers; answer three reflection questions.',
    content:
      '## Listen\n\n[Episode 12: Numbers people remember](https://audio.aula.dev/ep12.mp3)\n\n## Reflect\n\n- Which chart would you remove from your last report, and why?\n- What is *one* number your team should track weekly?\n- Rewrite one finding as a single sentence.',
    solvedContent:
      'There is no single right answer. Good answers name **one** audience, **one** decision, and the number that informs it.',
  },
  {
    key: 'sqlExam',
    author: 'chloe',
    createdDaysAgo: 20,
    type: TaskType.EXAM,
    difficulty: Difficulty.HARD,
    englishLevel: null,
    title: 'SQL window functions exam',
    description: 'Four queries over an orders table using ROW_NUMBER, LAG and running totals.',
    content:
      'Given `orders(id, customer_id, total, created_at)`:\n\n1. The latest order per customer.\n2. Each order with the previous order total of the same customer.\n3. A running total per customer by date.\n4. Customers whose order totals grew three times in a row.',
    solvedContent:
      '```sql\nSELECT * FROM (\n  SELECT o.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn\n  FROM orders o\n) t WHERE rn = 1;\n\nSELECT o.*, LAG(total) OVER (PARTITION BY customer_id ORDER BY created_at) AS previous_total FROM orders o;\n\nSELECT o.*, SUM(total) OVER (PARTITION BY customer_id ORDER BY created_at) AS running_total FROM orders o;\n```',
  },
  {
    key: 'mlVideo',
    author: 'chloe',
    createdDaysAgo: 25,
    type: TaskType.VIDEO,
    difficulty: Difficulty.MEDIUM,
    englishLevel: EnglishLevel.INTERMEDIO,
    title: 'Video: precision, recall and when to care',
    description: 'A short lecture on classification metrics, with a notebook to complete.',
    content:
      '## Watch\n\n[Classification metrics (18 min)](https://videos.aula.dev/ml-metrics)\n\n## Notebook\n\nCompute precision, recall and F1 for the fraud dataset at thresholds 0.3, 0.5 and 0.7.',
    solvedContent:
      '| threshold | precision | recall | F1 |\n|---|---|---|---|\n| 0.3 | 0.41 | 0.92 | 0.57 |\n| 0.5 | 0.63 | 0.78 | 0.70 |\n| 0.7 | 0.85 | 0.51 | 0.64 |\n\nFor fraud, favour recall: a missed fraud costs more than a manual review.',
  },
];

export async function seedTasks(ctx: SeedContext): Promise<Record<TaskKey, Task>> {
  const out: Partial<Record<TaskKey, Task>> = {};
  for (const seed of TASKS) {
    const createdAt = ctx.clock.daysAgo(seed.createdDaysAgo);
    out[seed.key] = await ctx.manager.save(
      ctx.manager.create(Task, {
        title: seed.title,
        description: seed.description,
        content: seed.content,
        solvedContent: seed.solvedContent,
        type: seed.type,
        difficulty: seed.difficulty,
        englishLevel: seed.englishLevel,
        authorId: ctx.users[seed.author].id,
        createdAt,
        updatedAt: createdAt,
      }),
    );
  }
  const missing = TASKS.map((t) => t.key).filter((k) => out[k] === undefined);
  if (missing.length > 0) throw new Error(`Demo tasks not created: ${missing.join(', ')}`);
  return out as Record<TaskKey, Task>;
}
