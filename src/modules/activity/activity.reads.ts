import { one, oneWhere, page, type ReadModel } from '../../common/read-plan/model';
import { UserActivity } from './user-activity.entity';

export const activityReads: ReadModel[] = [
  {
    type: 'UserActivity',
    entity: UserActivity,
    relations: {
      user: one('User', 'userId'),
      virtualClass: one('VirtualClass', 'classId'),
      task: one('Task', 'taskId'),
    },
  },
  {
    type: 'VirtualClass',
    relations: {
      // Members, host first (the host's activity is the class's first), then in the order they joined.
      participants: page('UserActivity', 'classId', [{ property: 'createdAt' }, { property: 'id' }], 'user'),
      viewerActivity: oneWhere(
        'UserActivity',
        (a, cls, viewer) => `${a}."class_id" = ${cls}."id" AND ${a}."user_id" = ${viewer}`,
      ),
    },
  },
  {
    type: 'User',
    relations: {
      activities: page('UserActivity', 'userId', [
        { property: 'createdAt', desc: true },
        { property: 'id', desc: true },
      ]),
    },
  },
];
