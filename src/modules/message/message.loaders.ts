import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { NestedPageLoader } from '../../common/nested-page';
import { Message } from './message.entity';

export function createMessageLoaders(db: EntityManager) {
  return {
    messageById: new DataLoader<string, Message | null>(async (ids) => {
      const rows = await db.find(Message, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),

    /** Pages of each mentorship's messages, newest first, batched over mentorships. */
    messagePagesByMentorshipId: new NestedPageLoader(db, {
      entity: Message,
      source: 'SELECT id, mentorship_id AS parent_id, sent_at FROM messages WHERE mentorship_id IN (:...parentIds)',
      keys: [
        { column: 'sent_at', value: (m) => m.sentAt, desc: true },
        { column: 'id', value: (m) => m.id, desc: true },
      ],
      parentsOf: (m) => [m.mentorshipId],
    }),

    /** Unread messages of each mentorship, counted per sender (the reader is the other member). */
    unreadCountsBySenderOfMentorship: new DataLoader<string, Map<string, number>>(async (ids) => {
      const rows: Array<{ mentorshipId: string; senderId: string; n: number }> = await db
        .getRepository(Message)
        .createQueryBuilder('m')
        .select('m.mentorshipId', 'mentorshipId')
        .addSelect('m.senderId', 'senderId')
        .addSelect('COUNT(*)::int', 'n')
        .where('m.mentorshipId IN (:...ids)', { ids: [...ids] })
        .andWhere('m.readAt IS NULL')
        .groupBy('m.mentorshipId')
        .addGroupBy('m.senderId')
        .getRawMany();
      const maps = new Map(ids.map((id) => [id, new Map<string, number>()]));
      for (const r of rows) maps.get(r.mentorshipId)?.set(r.senderId, Number(r.n));
      return ids.map((id) => maps.get(id) ?? new Map<string, number>());
    }),

    /** Unread messages addressed to each user, over all of their mentorships. */
    unreadMessageCountByUserId: new DataLoader<string, number>(async (userIds) => {
      const [sql, params] = db.dataSource.driver.escapeQueryWithParameters(
        `SELECT r.user_id AS user_id, COUNT(*)::int AS n
         FROM (
           SELECT id, mentor_id AS user_id FROM mentorships WHERE mentor_id IN (:...userIds)
           UNION ALL
           SELECT id, mentee_id AS user_id FROM mentorships WHERE mentee_id IN (:...userIds)
         ) r
         JOIN messages m ON m.mentorship_id = r.id AND m.sender_id <> r.user_id AND m.read_at IS NULL
         GROUP BY r.user_id`,
        { userIds: [...userIds] },
      );
      const rows: Array<{ user_id: string; n: number }> = await db.query(sql, params);
      const counts = new Map(rows.map((r) => [r.user_id, Number(r.n)]));
      return userIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
