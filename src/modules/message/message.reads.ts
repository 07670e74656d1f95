import { one, oneWhere, page, value, type ReadModel } from '../../common/read-plan/model';
import { Message } from './message.entity';

export const messageReads: ReadModel[] = [
  {
    type: 'Message',
    entity: Message,
    relations: { sender: one('User', 'senderId'), mentorship: one('Mentorship', 'mentorshipId') },
  },
  {
    type: 'Mentorship',
    // Only the two members may read the thread.
    needs: { messages: ['mentorId', 'menteeId'], lastMessage: ['mentorId', 'menteeId'] },
    relations: {
      lastMessage: oneWhere('Message', (x, m) => `${x}."mentorship_id" = ${m}."id"`, [
        { property: 'sentAt', desc: true },
        { property: 'id', desc: true },
      ]),
      lastMessageAt: value((m) => `SELECT max(x."sent_at") FROM "messages" x WHERE x."mentorship_id" = ${m}."id"`),
      messages: page('Message', 'mentorshipId', [
        { property: 'sentAt', desc: true },
        { property: 'id', desc: true },
      ]),
      // Messages to the viewer not read yet: none when the viewer is not a member.
      unreadCount: value(
        (m, viewer) =>
          `SELECT count(*)::int FROM "messages" x WHERE x."mentorship_id" = ${m}."id" AND x."read_at" IS NULL AND x."sender_id" <> ${viewer} AND ${viewer} IN (${m}."mentor_id", ${m}."mentee_id")`,
      ),
    },
  },
  {
    type: 'User',
    relations: {
      // Unread messages addressed to the user: sent by the other member of any of their mentorships.
      unreadMessageCount: value(
        (user) =>
          `SELECT count(*)::int FROM "mentorships" s JOIN "messages" x ON x."mentorship_id" = s."id" WHERE (s."mentor_id" = ${user}."id" OR s."mentee_id" = ${user}."id") AND x."sender_id" <> ${user}."id" AND x."read_at" IS NULL`,
      ),
    },
  },
];
