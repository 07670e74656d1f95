import type { Caller } from '../../auth/actor';
import { isAdmin } from '../../auth/rules';
import type { MentorApplication } from './mentor-application.entity';

/** Whether the caller may see an application: its applicant or an admin. */
export function canSeeApplication(application: Pick<MentorApplication, 'applicantId'>, caller: Caller): boolean {
  return (caller.userId !== null && application.applicantId === caller.userId) || isAdmin(caller.roles);
}
