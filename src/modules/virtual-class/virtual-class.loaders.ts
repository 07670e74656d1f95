import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { VirtualClass } from './virtual-class.entity';

export function createVirtualClassLoaders(db: EntityManager) {
  return {
    virtualClassById: new DataLoader<string, VirtualClass | null>(async (ids) => {
      const rows = await db.find(VirtualClass, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
