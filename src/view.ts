/**
 * Front-end behaviour of the job submission form.
 */
export {};
