/** Why a task write was refused (`extensions.reason`). */
export enum TaskReason {
  /** updateTask or deleteTask by a mentor who did not write the task; admins may change any (FORBIDDEN). */
  NOT_TASK_AUTHOR = 'NOT_TASK_AUTHOR',
}
