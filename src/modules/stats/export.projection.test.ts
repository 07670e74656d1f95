import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from '../../db/entities';
import { EXPORTED_COLUMNS, WITHHELD_COLUMNS, type ExportedEntity } from './export.projection';

describe('the export projection', () => {
  const dataSource = new DataSource({ type: 'postgres', entities });
  // Metadata only, no connection: what `initialize()` builds before it connects.
  beforeAll(() => (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas());

  const stored = (entity: ExportedEntity): string[] => {
    const metadata = dataSource.entityMetadatas.find((m) => m.name === entity);
    if (!metadata) throw new Error(`no entity ${entity}`);
    // Relation properties (`user`, `host`) are read through their id columns.
    return metadata.columns
      .filter((c) => !c.relationMetadata || c.propertyName.endsWith('Id'))
      .map((c) => c.propertyName);
  };

  it.each(Object.keys(EXPORTED_COLUMNS) as ExportedEntity[])(
    'classifies every stored column of %s as exported or withheld with a reason',
    (entity) => {
      const exported = new Set<string>(EXPORTED_COLUMNS[entity]);
      const withheld = WITHHELD_COLUMNS[entity];
      const unclassified = stored(entity).filter((column) => !exported.has(column) && !(column in withheld));
      expect(unclassified).toEqual([]);
      for (const column of Object.keys(withheld)) expect(exported.has(column)).toBe(false);
      for (const column of exported) expect(stored(entity)).toContain(column);
    },
  );
});
