import { NonEmptyStringResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node, Timestamped } from '../../common/node';

@ObjectType({
  implements: Node,
  description: 'A skill of the catalog: what mentors offer, mentees want, and suggestions match on.',
})
@Entity('skills')
export class Skill extends Timestamped {
  @Field(() => NonEmptyStringResolver, { description: 'Display name, unique (e.g. Machine Learning).' })
  @Index('skills_name_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Field({ description: 'URL key, unique (e.g. machine-learning).' })
  @Index('skills_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;
}
