import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data the product cannot run without: the badge catalog and the ten skills. */
const BADGES: Array<[string, string, string, string]> = [
  ['FIRST_CLASS_BOOKED', 'First class booked', 'You booked your first live class.', 'Book a class.'],
  ['FIRST_CLASS_JOINED', 'First class joined', 'You joined a class hosted by someone else.', 'Join a class.'],
  [
    'FIRST_TASK_COMPLETED',
    'First task completed',
    'You completed your first learning task.',
    'Complete the task of a class activity.',
  ],
  [
    'TEN_CLASSES_COMPLETED',
    'Ten classes',
    'You took part in ten completed classes.',
    'Take part in ten classes that are completed.',
  ],
  [
    'PROFILE_COMPLETED',
    'Profile completed',
    'Your profile has every required field.',
    'Fill in every required profile field.',
  ],
  [
    'FIRST_MENTORSHIP_STARTED',
    'First mentorship',
    'Your first mentorship became active.',
    'Have a mentorship accepted, as mentor or mentee.',
  ],
  [
    'FIRST_MESSAGE_SENT',
    'First message',
    'You sent your first message to a mentor or mentee.',
    'Send a message in an active mentorship.',
  ],
  ['MENTOR_APPROVED', 'Mentor', 'Your mentor application was approved.', 'Apply to mentor and be approved.'],
];

const SKILLS = [
  'Frontend',
  'Backend',
  'DevOps',
  'Mobile',
  'Data',
  'Machine Learning',
  'Security',
  'Cloud',
  'Design',
  'Product',
];

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export class SeedCatalog1795319782300 implements MigrationInterface {
  name = 'SeedCatalog1795319782300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, title, description, howToEarn] of BADGES) {
      await queryRunner.query(
        'INSERT INTO "badges" ("name", "title", "description", "how_to_earn") VALUES ($1, $2, $3, $4) ON CONFLICT ("name") DO NOTHING',
        [name, title, description, howToEarn],
      );
    }
    for (const name of SKILLS) {
      await queryRunner.query('INSERT INTO "skills" ("name", "slug") VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        name,
        slug(name),
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "badges" WHERE "name" = ANY($1)', [BADGES.map(([name]) => name)]);
    await queryRunner.query('DELETE FROM "skills" WHERE "slug" = ANY($1)', [SKILLS.map(slug)]);
  }
}
