import type { Catalog } from './catalog';

/** English, the default for every language without a catalog of its own. */
export const en: Catalog = {
  tag: 'en',
  roles: { LEARNER: 'learner', MENTOR: 'mentor', ADMIN: 'admin', OWNER: 'owner' },
  about: {
    welcome: 'welcome messages',
    roleChanged: 'role changes',
    applicationReviewed: 'mentor application reviews',
    classCancelled: 'cancelled classes',
    accountStatus: 'changes to your account status',
    profileReminder: 'profile reminders',
  },
  footer: (about) => ({
    reason: `You receive this e-mail about ${about} because you have an Aula account.`,
    unsubscribe: `Stop e-mails about ${about}`,
  }),
  page: {
    title: 'Aula e-mail settings',
    ask: (about) => `Stop receiving e-mails about ${about}?`,
    button: 'Unsubscribe',
    done: (about) =>
      `Done: you will no longer receive e-mails about ${about}. You can turn them back on in your profile.`,
    invalid: 'This unsubscribe link is not valid. Change your e-mail settings in your Aula profile instead.',
  },

  welcome: (ctx) => ({
    subject: `Welcome to Aula, ${ctx.name}`,
    paragraphs: [
      `Hi ${ctx.name},`,
      'Welcome to Aula! Book live classes, complete tasks, earn badges and find a mentor who shares your skills.',
      'Start by completing your profile, so mentors and classmates know what you want to learn.',
    ],
    action: { label: 'Open Aula', url: ctx.appUrl },
  }),

  roleChanged: (ctx, facts) => {
    const role = en.roles[facts.role];
    const until = facts.effectiveEndDate ? ` until ${ctx.time(facts.effectiveEndDate)}` : '';
    return facts.action === 'ASSIGNED'
      ? {
          subject: `You are now a ${role} on Aula`,
          paragraphs: [
            `Hi ${ctx.name},`,
            `You hold the ${role} role from ${ctx.time(facts.effectiveStartDate)}${until}.`,
          ],
          action: { label: 'Open Aula', url: ctx.appUrl },
        }
      : {
          subject: `Your ${role} role on Aula has ended`,
          paragraphs: [`Hi ${ctx.name},`, `Your ${role} role on Aula was revoked.`],
        };
  },

  applicationReviewed: (ctx, facts) => ({
    subject: facts.approved ? 'Your mentor application was approved' : 'Your mentor application was not approved',
    paragraphs: [
      `Hi ${ctx.name},`,
      facts.approved
        ? 'Congratulations: you are now a mentor on Aula. Learners can ask you for mentorship in your skills.'
        : 'Thank you for applying to mentor on Aula. This time your application was not approved.',
      ...(facts.reason ? [`The reviewer wrote: “${facts.reason}”`] : []),
    ],
    action: { label: 'Open Aula', url: ctx.appUrl },
  }),

  classCancelled: (ctx, facts) => ({
    subject: `Class cancelled: ${facts.title}`,
    paragraphs: [
      `Hi ${ctx.name},`,
      `The class “${facts.title}” on ${ctx.time(facts.startsAt)} was cancelled.`,
      ...(facts.reason ? [`Reason: ${facts.reason}`] : []),
    ],
    action: { label: 'Find another class', url: ctx.appUrl },
  }),

  accountStatus: (ctx, facts) => {
    const text = {
      SUSPENDED: ['Your Aula account has been suspended', 'An administrator suspended your account.'],
      REACTIVATED: ['Your Aula account is active again', 'An administrator reactivated your account.'],
      DELETED: ['Your Aula account has been deleted', 'An administrator deleted your account.'],
      RESTORED: ['Your Aula account has been restored', 'An administrator restored your account.'],
    }[facts.change];
    return {
      subject: text[0],
      paragraphs: [`Hi ${ctx.name},`, text[1], 'If you think this is a mistake, reply to this e-mail.'],
    };
  },

  profileReminder: (ctx, facts) => ({
    subject: 'Complete your Aula profile',
    paragraphs: [
      `Hi ${ctx.name},`,
      `Your profile is ${facts.profileCompletionPercentage}% complete.`,
      'A complete profile helps us suggest mentors and classes that fit you.',
    ],
    action: { label: 'Complete my profile', url: ctx.appUrl },
  }),
};
