import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Message } from './message.entity';

export function createMessageLoaders(db: EntityManager) {
  return {
    messageById: new DataLoader<string, Message | null>(async (ids) => {
      const rows = await db.find(Message, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
