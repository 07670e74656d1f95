import type { EntityManager } from 'typeorm';
import { EnglishLevel, User, UserStatus, type AvailabilitySlot } from '../../modules/user/user.entity';
import type { Skill } from '../../modules/skill/skill.entity';
import { Clock, DEMO_OWNER_EMAIL, HOUR, plus, type SkillSlug, type UserKey } from './context';

type ProfileFields = Partial<
  Pick<
    User,
    | 'firstName'
    | 'lastName'
    | 'avatarUrl'
    | 'bio'
    | 'phone'
    | 'address'
    | 'city'
    | 'country'
    | 'timezone'
    | 'language'
    | 'englishLevel'
    | 'newsletter'
    | 'educationLevel'
    | 'learningGoals'
    | 'preferredLearningStyle'
    | 'currentRole'
    | 'experienceLevel'
    | 'interests'
    | 'availability'
    | 'notificationPreferences'
    | 'status'
    | 'profileSkipped'
    | 'messagingDisabled'
  >
>;

interface UserSeed {
  key: UserKey;
  email: string;
  createdDaysAgo: number;
  /** null = never signed in since sign-up. */
  lastSignInDaysAgo: number | null;
  mentorSkills: SkillSlug[];
  menteeSkills: SkillSlug[];
  profile: ProfileFields;
}

const REQUIRED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'address',
  'city',
  'country',
  'timezone',
  'educationLevel',
  'learningGoals',
  'preferredLearningStyle',
] as const;

/** Filled required fields × 10 (there are exactly ten), as the API computes it. */
export function profileCompletion(fields: Partial<Record<(typeof REQUIRED_FIELDS)[number], string | null>>): number {
  const filled = REQUIRED_FIELDS.filter((f) => {
    const v = fields[f];
    return typeof v === 'string' && v.trim() !== '';
  }).length;
  return Math.floor((filled * 100) / REQUIRED_FIELDS.length);
}

const evenings = (weekdays: number[], start: string, end: string): AvailabilitySlot[] =>
  weekdays.map((weekday) => ({ weekday, start, end }));

const avatar = (seed: string): string => `https://api.dicebear.com/9.x/personas/svg?seed=${seed}`;

const USERS: UserSeed[] = [
  {
    key: 'owner',
    email: DEMO_OWNER_EMAIL,
    createdDaysAgo: 420,
    lastSignInDaysAgo: 0,
    mentorSkills: [],
    menteeSkills: ['product'],
    profile: {
      firstName: 'Olivia',
      lastName: 'Owens',
      avatarUrl: avatar('olivia'),
      phone: '+442079460958',
      bio: 'Founder of Aula. Former engineering manager who believes in learning out loud.',
      address: '12 Hanbury Street',
      city: 'London',
      country: 'GB',
      timezone: 'Europe/London',
      englishLevel: EnglishLevel.AVANZADO,
      educationLevel: "Master's degree",
      learningGoals: 'Grow a community where every learner finds a mentor.',
      preferredLearningStyle: 'Discussion',
      currentRole: 'Founder',
      experienceLevel: 'Senior',
      newsletter: true,
      interests: ['community', 'education', 'product strategy'],
      notificationPreferences: { email: true, push: true },
    },
  },
  {
    key: 'admin',
    email: 'admin@aula.dev',
    createdDaysAgo: 400,
    lastSignInDaysAgo: 1,
    mentorSkills: [],
    menteeSkills: ['security', 'cloud'],
    profile: {
      firstName: 'Adam',
      lastName: 'Okafor',
      avatarUrl: avatar('adam'),
      phone: '+2348031234567',
      address: '4 Adeola Odeku Street',
      city: 'Lagos',
      country: 'NG',
      timezone: 'Africa/Lagos',
      englishLevel: EnglishLevel.AVANZADO,
      educationLevel: "Bachelor's degree",
      learningGoals: 'Keep the platform safe and the classes running on time.',
      preferredLearningStyle: 'Hands-on',
      currentRole: 'Platform administrator',
      experienceLevel: 'Senior',
      interests: ['operations', 'security'],
      notificationPreferences: { email: true, push: false },
    },
  },
  {
    key: 'ana',
    email: 'mentor.ana@aula.dev',
    createdDaysAgo: 320,
    lastSignInDaysAgo: 0,
    mentorSkills: ['frontend', 'design', 'mobile'],
    menteeSkills: [],
    profile: {
      firstName: 'Ana',
      lastName: 'Souza',
      avatarUrl: avatar('ana'),
      phone: '+5511987654321',
      language: 'pt',
      bio: 'Frontend lead with ten years of React, design systems and accessibility work.',
      address: 'Rua Augusta 1500',
      city: 'São Paulo',
      country: 'BR',
      timezone: 'America/Sao_Paulo',
      englishLevel: EnglishLevel.AVANZADO,
      educationLevel: "Bachelor's degree",
      learningGoals: 'Mentor junior developers into confident frontend engineers.',
      preferredLearningStyle: 'Visual',
      currentRole: 'Frontend lead',
      experienceLevel: 'Senior',
      newsletter: true,
      interests: ['react', 'accessibility', 'design systems'],
      availability: evenings([2, 4], '18:00', '20:00'),
    },
  },
  {
    key: 'ben',
    email: 'mentor.ben@aula.dev',
    createdDaysAgo: 300,
    lastSignInDaysAgo: 2,
    mentorSkills: ['backend', 'devops', 'cloud'],
    menteeSkills: [],
    profile: {
      firstName: 'Ben',
      lastName: 'Schneider',
      avatarUrl: avatar('ben'),
      phone: '+4915123456789',
      language: 'de',
      bio: 'Backend and platform engineer. Ask me about APIs, Postgres and Kubernetes.',
      address: 'Torstraße 110',
      city: 'Berlin',
      country: 'DE',
      timezone: 'Europe/Berlin',
      englishLevel: EnglishLevel.AVANZADO,
      educationLevel: "Master's degree",
      learningGoals: 'Share what years of on-call taught me about reliable systems.',
      preferredLearningStyle: 'Hands-on',
      currentRole: 'Staff engineer',
      experienceLevel: 'Senior',
      interests: ['postgres', 'kubernetes', 'graphql'],
      availability: evenings([1, 3], '19:00', '21:00'),
    },
  },
  {
    key: 'chloe',
    email: 'mentor.chloe@aula.dev',
    createdDaysAgo: 150,
    lastSignInDaysAgo: 3,
    mentorSkills: ['data', 'machine-learning', 'product'],
    menteeSkills: [],
    profile: {
      firstName: 'Chloé',
      lastName: 'Martin',
      avatarUrl: avatar('chloe'),
      language: 'fr',
      bio: 'Data scientist turned product analyst.',
      city: 'Lyon',
      country: 'FR',
      timezone: 'Europe/Paris',
      englishLevel: EnglishLevel.INTERMEDIO,
      educationLevel: 'PhD',
      learningGoals: 'Help analysts move into machine learning.',
      preferredLearningStyle: 'Reading',
      currentRole: 'Data scientist',
      experienceLevel: 'Mid-level',
      interests: ['statistics', 'python'],
      availability: evenings([3], '17:30', '19:00'),
    },
  },
  {
    key: 'carla',
    email: 'learner.carla@aula.dev',
    createdDaysAgo: 120,
    lastSignInDaysAgo: 0,
    mentorSkills: [],
    menteeSkills: ['frontend', 'design'],
    profile: {
      firstName: 'Carla',
      lastName: 'Jiménez',
      avatarUrl: avatar('carla'),
      phone: '+34612345678',
      language: 'es',
      address: 'Calle de Alcalá 45',
      city: 'Madrid',
      country: 'ES',
      timezone: 'Europe/Madrid',
      englishLevel: EnglishLevel.INTERMEDIO,
      educationLevel: 'Bootcamp graduate',
      learningGoals: 'Land my first frontend developer job this year.',
      preferredLearningStyle: 'Visual',
      currentRole: 'Junior developer',
      experienceLevel: 'Junior',
      newsletter: true,
      interests: ['react', 'css', 'ux'],
      availability: evenings([2, 4], '18:00', '21:00'),
    },
  },
  {
    key: 'david',
    email: 'learner.david@aula.dev',
    createdDaysAgo: 110,
    lastSignInDaysAgo: 5,
    mentorSkills: [],
    menteeSkills: ['backend', 'cloud', 'data'],
    profile: {
      firstName: 'David',
      lastName: 'Kim',
      city: 'Seoul',
      country: 'KR',
      timezone: 'Asia/Seoul',
      englishLevel: EnglishLevel.BASICO,
      learningGoals: 'Move from support into backend development.',
      preferredLearningStyle: 'Hands-on',
      currentRole: 'Support engineer',
      interests: ['java', 'sql'],
    },
  },
  {
    key: 'emma',
    email: 'learner.emma@aula.dev',
    createdDaysAgo: 90,
    lastSignInDaysAgo: 1,
    mentorSkills: [],
    menteeSkills: ['machine-learning', 'data', 'product'],
    profile: {
      firstName: 'Emma',
      lastName: 'Novak',
      avatarUrl: avatar('emma'),
      phone: '+420601234567',
      address: 'Vodičkova 28',
      city: 'Prague',
      country: 'CZ',
      timezone: 'Europe/Prague',
      englishLevel: EnglishLevel.AVANZADO,
      educationLevel: "Bachelor's degree",
      learningGoals: 'Build and ship my first machine learning model.',
      preferredLearningStyle: 'Reading',
      currentRole: 'Business analyst',
      experienceLevel: 'Mid-level',
      interests: ['python', 'statistics', 'product analytics'],
      availability: evenings([1, 5], '17:00', '19:00'),
    },
  },
  {
    key: 'farid',
    email: 'learner.farid@aula.dev',
    createdDaysAgo: 75,
    lastSignInDaysAgo: 4,
    mentorSkills: ['security'],
    menteeSkills: ['security', 'devops'],
    profile: {
      firstName: 'Farid',
      lastName: 'Haddad',
      city: 'Casablanca',
      country: 'MA',
      englishLevel: EnglishLevel.INTERMEDIO,
      interests: ['penetration testing', 'linux'],
      currentRole: 'Security analyst',
    },
  },
  {
    key: 'grace',
    email: 'learner.grace@aula.dev',
    createdDaysAgo: 40,
    lastSignInDaysAgo: 6,
    mentorSkills: [],
    menteeSkills: ['frontend', 'mobile', 'cloud'],
    profile: {
      firstName: 'Grace',
      lastName: 'Liu',
      englishLevel: EnglishLevel.AVANZADO,
      profileSkipped: true,
      interests: ['flutter'],
    },
  },
  {
    key: 'hugo',
    email: 'learner.hugo@aula.dev',
    createdDaysAgo: 60,
    lastSignInDaysAgo: 21,
    mentorSkills: [],
    menteeSkills: ['backend'],
    profile: {
      firstName: 'Hugo',
      lastName: 'Petit',
      city: 'Brussels',
      country: 'BE',
      timezone: 'Europe/Brussels',
      status: UserStatus.SUSPENDED,
      messagingDisabled: true,
      englishLevel: EnglishLevel.INICIAL,
    },
  },
  {
    key: 'ines',
    email: 'learner.ines@aula.dev',
    createdDaysAgo: 200,
    lastSignInDaysAgo: 8,
    mentorSkills: [],
    menteeSkills: ['design', 'product'],
    profile: {
      firstName: 'Inés',
      lastName: 'Romero',
      avatarUrl: avatar('ines'),
      phone: '+5491123456789',
      language: 'es',
      address: 'Av. Corrientes 1234',
      city: 'Buenos Aires',
      country: 'AR',
      timezone: 'America/Argentina/Buenos_Aires',
      educationLevel: "Bachelor's degree",
      learningGoals: 'Move from community management into product design.',
      preferredLearningStyle: 'Discussion',
      currentRole: 'Community manager',
      experienceLevel: 'Mid-level',
      newsletter: true,
      englishLevel: EnglishLevel.INTERMEDIO,
      interests: ['figma', 'user research'],
    },
  },
];

/** Inserts the demo users (with their skill lists); totalClasses is set later from the class data. */
export async function seedUsers(
  manager: EntityManager,
  clock: Clock,
  skills: (slugs: SkillSlug[]) => Skill[],
): Promise<Record<UserKey, User>> {
  const created: Partial<Record<UserKey, User>> = {};
  for (const seed of USERS) {
    const createdAt = clock.daysAgo(seed.createdDaysAgo);
    const percentage = profileCompletion({ ...seed.profile, email: seed.email });
    const user = manager.create(User, {
      email: seed.email,
      emailVerified: true,
      ...seed.profile,
      mentorSkills: skills(seed.mentorSkills),
      menteeSkills: skills(seed.menteeSkills),
      profileCompletionPercentage: percentage,
      profileComplete: percentage === 100,
      lastSignInAt: seed.lastSignInDaysAgo === null ? null : plus(clock.daysAgo(seed.lastSignInDaysAgo), -2 * HOUR),
      createdAt,
      updatedAt: createdAt,
    });
    created[seed.key] = await manager.save(user);
  }
  const keys = USERS.map((u) => u.key);
  const missing = keys.filter((k) => created[k] === undefined);
  if (missing.length > 0) throw new Error(`Demo users not created: ${missing.join(', ')}`);
  return created as Record<UserKey, User>;
}
