/** An evaluation form is unanswered until its first answers; later answers replace earlier ones. */
export type SopEvaluationState = { stage: 'unanswered' } | { stage: 'answered'; answeredAt: string };

export const initialSopEvaluationState = (): SopEvaluationState => ({ stage: 'unanswered' });
