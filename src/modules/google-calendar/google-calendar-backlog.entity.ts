import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Timestamped } from '../../common/node';
import { VirtualClass } from '../virtual-class/virtual-class.entity';

/**
 * A class whose sync was dropped while the integration was disconnected: the first sync that
 * reaches Google again queues a sync for each (oldest first), so a class cancelled or booked
 * meanwhile is not left out of step for good. Not a GraphQL type (counted in the status).
 */
@Entity('google_calendar_backlog')
export class GoogleCalendarBacklog extends Timestamped {
  @Index('google_calendar_backlog_class_key', { unique: true })
  @Column({ type: 'uuid' })
  classId!: string;

  @ManyToOne(() => VirtualClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id' })
  virtualClass?: Relation<VirtualClass>;
}
