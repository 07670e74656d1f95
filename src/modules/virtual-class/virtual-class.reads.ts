import { one, type ReadModel } from '../../common/read-plan/model';
import { VirtualClass } from './virtual-class.entity';

export const virtualClassReads: ReadModel[] = [
  {
    type: 'VirtualClass',
    entity: VirtualClass,
    needs: {
      status: ['storedStatus', 'startsAt', 'durationMinutes'],
      endsAt: ['startsAt', 'durationMinutes'],
      currentParticipants: ['participantCount'],
    },
    relations: { host: one('User', 'hostId'), task: one('Task', 'taskId') },
  },
];
