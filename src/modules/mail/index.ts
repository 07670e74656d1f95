import type { FeatureModule } from '../../app/feature-module';
import { ProfileReminder } from './profile-reminder.entity';

/**
 * E-mail: what the platform tells users by e-mail, their per-kind switches, unsubscribe links and
 * the profile reminder. Its one effect kind, `mail.send`, needs this instance's transport, so
 * createDeps registers it (mailDelivery) with the outbox, as it does the event bus's `publish`.
 */
export const mailModule = {
  name: 'mail',
  resolvers: [] as Function[],
  loaders: () => ({}),
  entities: [ProfileReminder],
} satisfies FeatureModule;
