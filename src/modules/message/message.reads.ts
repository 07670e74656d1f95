import { one, page, type ReadModel } from '../../common/read-plan/model';
import { Message } from './message.entity';

export const messageReads: ReadModel[] = [
  {
    type: 'Message',
    entity: Message,
    relations: { sender: one('User', 'senderId'), mentorship: one('Mentorship', 'mentorshipId') },
  },
  {
    type: 'Mentorship',
    relations: {
      messages: page('Message', 'mentorshipId', [
        { property: 'sentAt', desc: true },
        { property: 'id', desc: true },
      ]),
    },
  },
];
