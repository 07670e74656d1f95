import type { EntityManager } from 'typeorm';
import type { Env } from '../../config/env';
import { integrationState } from './google-calendar.account';
import { backlogSize } from './google-calendar.backlog';
import { googleCalendarConfig } from './google-calendar.config';
import type { GoogleCalendarIntegration } from './google-calendar.types';

/** The integration's status at `now`: configured, connected, through whom, and the last refusal while disconnected. */
export async function googleCalendarStatus(db: EntityManager, env: Env, now: Date): Promise<GoogleCalendarIntegration> {
  const config = googleCalendarConfig(env);
  const status: GoogleCalendarIntegration = {
    configured: config !== null,
    connected: false,
    calendarId: config?.calendarId ?? null,
    accountUserId: null,
    disconnectedAt: null,
    lastError: null,
    unsyncedClasses: 0,
  };
  if (!config) return status;
  const { connected, disconnection } = await integrationState(db, config.key, now);
  const unsyncedClasses = await backlogSize(db);
  if (connected) return { ...status, connected: true, accountUserId: connected.userId, unsyncedClasses };
  if (!disconnection) return { ...status, unsyncedClasses };
  return {
    ...status,
    unsyncedClasses,
    accountUserId: disconnection.userId,
    disconnectedAt: disconnection.disconnectedAt,
    lastError: disconnection.lastError,
  };
}
