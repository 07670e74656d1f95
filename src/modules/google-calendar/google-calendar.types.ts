import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The Google Calendar integration, as admins see it: whether booked classes reach the platform calendar, and through whose Google account.',
})
export class GoogleCalendarIntegration {
  @Field({ description: 'Whether GOOGLE_CALENDAR_ID (and the Google OAuth client) is set on the server.' })
  configured!: boolean;

  @Field({
    description:
      "Whether class changes reach the calendar now: configured, and an admin's stored Google refresh token has not been refused. False until an admin signs in with Google.",
  })
  connected!: boolean;

  @Field(() => String, { nullable: true, description: 'The platform calendar; null when not configured.' })
  calendarId!: string | null;

  /** The admin the `account` field reads: the connected one, or the one whose token was refused last. */
  accountUserId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When Google refused the last usable refresh token (revoked or expired); null while connected. An admin signing in with Google again reconnects.',
  })
  disconnectedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Google's answer when it refused the token (e.g. invalid_grant); null while connected.",
  })
  lastError!: string | null;

  @Field(() => Int, {
    description:
      'Classes whose changes did not reach the calendar while it was disconnected; the first change that reaches it again brings them in step.',
  })
  unsyncedClasses!: number;
}
