import type { FeatureModule } from '../../app/feature-module';
import { GoogleCalendarBacklog } from './google-calendar-backlog.entity';
import { GoogleCalendarDisconnect } from './google-calendar-disconnect.entity';
import { GoogleCalendarResolver } from './google-calendar.resolver';

const resolvers: Function[] = [GoogleCalendarResolver];

/**
 * The Google Calendar feature: the admins' status query and its tables. Its effect (the class sync)
 * is registered in createDeps, which holds the configuration and the Google client.
 */
export const googleCalendarModule = {
  name: 'google-calendar',
  resolvers,
  loaders: () => ({}),
  entities: [GoogleCalendarDisconnect, GoogleCalendarBacklog],
} satisfies FeatureModule;
