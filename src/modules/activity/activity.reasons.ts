/** Why an activity write was refused (`extensions.reason`). */
export enum ActivityReason {
  /** completeTask on an activity whose class was completed without a task (BAD_USER_INPUT, field activityId). */
  NO_TASK_ATTACHED = 'NO_TASK_ATTACHED',
}
