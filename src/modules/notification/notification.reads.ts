import { value, type ReadModel } from '../../common/read-plan/model';

export const notificationReads: ReadModel[] = [
  {
    type: 'User',
    relations: {
      unreadNotificationCount: value(
        (user) =>
          `SELECT count(*)::int FROM "notifications" n WHERE n."recipient_id" = ${user}."id" AND n."read_at" IS NULL`,
      ),
    },
  },
];
