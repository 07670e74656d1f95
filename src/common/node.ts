import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/** Relay's Node: every record is fetchable by an opaque id that names its type. */
// No resolveType: type-graphql's own picks the implementing class by instanceof, synchronously
// (graphql-jit does not wait for a type resolver's promise).
@InterfaceType('Node', { description: 'An object with a globally unique, opaque id.' })
export abstract class Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** A Node with creation and update times (every table has them); millisecond precision so cursors round-trip exactly. */
@ObjectType()
export abstract class Timestamped extends Node {
  @Field({ description: 'When the record was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
