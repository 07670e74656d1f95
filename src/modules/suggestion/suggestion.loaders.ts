import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { byKey } from '../../common/loader-utils';
import { Suggestion } from './suggestion.entity';

export function createSuggestionLoaders(db: EntityManager) {
  return {
    suggestionById: new DataLoader<string, Suggestion | null>(async (ids) => {
      const rows = await db.find(Suggestion, { where: { id: In([...ids]) } });
      return byKey(ids, rows, (r) => r.id);
    }),
  };
}
