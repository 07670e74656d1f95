import { readNotificationPreferences, withEmailPreferences } from '../../modules/mail/mail-preferences';
import { EnglishLevel, type AvailabilitySlot, type User } from '../../modules/user/user.entity';
import { DEMO_OWNER_EMAIL, type SkillSlug, type UserKey } from './context';

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

export interface UserSeed {
  key: UserKey;
  email: string;
  createdDaysAgo: number;
  /** null = never signed in since sign-up. */
  lastSignInDaysAgo: number | null;
  mentorSkills: SkillSlug[];
  menteeSkills: SkillSlug[];
  profile: ProfileFields;
}

export const evenings = (weekdays: number[], start: string, end: string): AvailabilitySlot[] =>
  weekdays.map((weekday) => ({ weekday, start, end }));

export const avatar = (seed: string): string => `https://api.dicebear.com/9.x/personas/svg?seed=${seed}`;

/** The demo people: every role, profiles from empty to complete, one suspended account. */
/** Staff and mentors. */
export const STAFF: UserSeed[] = [
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
      // The admin keeps every e-mail but the profile reminder.
      notificationPreferences: withEmailPreferences(readNotificationPreferences({}), { profileReminder: false }),
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
];
