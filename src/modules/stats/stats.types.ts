import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../role/role';

export enum StatsPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(StatsPeriod, {
  name: 'StatsPeriod',
  description: 'A run of whole UTC days ending today: 1, 7, 30 or 365 days.',
  valuesConfig: {
    DAY: { description: 'Today (UTC).' },
    WEEK: { description: 'The last 7 days, today included.' },
    MONTH: { description: 'The last 30 days, today included.' },
    YEAR: { description: 'The last 365 days, today included.' },
  },
});

/** Days covered by each period, today (UTC) included. */
export const PERIOD_DAYS: Record<StatsPeriod, number> = {
  [StatsPeriod.DAY]: 1,
  [StatsPeriod.WEEK]: 7,
  [StatsPeriod.MONTH]: 30,
  [StatsPeriod.YEAR]: 365,
};

@ObjectType({ description: 'A count for one UTC day.' })
export class DailyCount {
  @Field({ description: 'UTC day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => Int, { description: 'How many on that day.' })
  count!: number;
}

@ObjectType({ description: 'How many users hold a role.' })
export class RoleCount {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Int, { description: 'Users holding it effectively now.' })
  count!: number;
}

@ObjectType({ description: 'Platform figures at request time; deleted users are left out unless stated.' })
export class PlatformStats {
  @Field(() => StatsPeriod, { description: 'The period asked for.' })
  period!: StatsPeriod;

  @Field({ description: 'Start of the period: midnight UTC of its first day.' })
  from!: Date;

  @Field({ description: 'End of the period: the time of the request.' })
  to!: Date;

  @Field(() => Int, { description: 'Users not deleted.' })
  totalUsers!: number;

  @Field(() => Int, { description: 'Users not deleted who signed in within the last 30 days.' })
  activeUsers!: number;

  @Field(() => Int, { description: 'Sign-ups within the period (deleted users included): the sum of the series.' })
  newRegistrations!: number;

  @Field(() => [DailyCount], { description: 'Sign-ups per UTC day of the period, oldest first, zero-filled.' })
  registrationsSeries!: DailyCount[];

  @Field(() => Float, { description: 'Share of users (not deleted) whose profile is complete, 0..1.' })
  profileCompletionRate!: number;

  @Field(() => [RoleCount], { description: 'Users (not deleted) holding each role right now.' })
  roleDistribution!: RoleCount[];

  @Field(() => Int, { description: 'Mentor applications waiting for review.' })
  pendingMentorApplications!: number;
}
