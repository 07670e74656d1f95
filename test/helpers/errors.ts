import { AppError } from '../../src/errors/app-error';

/** The AppError a call throws, so unit tests can assert its code, reason and fields. */
export function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
