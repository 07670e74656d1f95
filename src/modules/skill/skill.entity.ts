import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, Timestamped } from '../../common/node';

@ObjectType({ implements: Node })
@Entity('skills')
export class Skill extends Timestamped {
  @Field()
  @Index('skills_name_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Field()
  @Index('skills_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;
}
