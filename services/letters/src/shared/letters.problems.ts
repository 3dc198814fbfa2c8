import type { ProblemExample } from '@jejak/nest-platform';
import { LETTERS_ERROR_MESSAGES } from './letters-error.messages';

/** A documented refusal of the letters domain, with the Indonesian message users read for its code. */
export const letterProblem = (status: number, code: string, summary: string): ProblemExample => ({ status, code, detail: LETTERS_ERROR_MESSAGES[code], summary });
