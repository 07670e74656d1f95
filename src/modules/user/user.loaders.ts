import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { User } from './user.entity';

export function createUserLoaders(db: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await db.find(User, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
