/**
 * Front end of the job submission form: takes over each form on the page. Kept small on
 * purpose (the data layer loads later, on demand: see data-layer-loader.ts).
 */

/**
 * Internal dependencies
 */
import { JobFormController } from './job-form-controller';

document
	.querySelectorAll< HTMLElement >(
		'.wp-block-job-submit-block-form[data-config]'
	)
	.forEach( ( wrapper ) => new JobFormController( wrapper ).start() );
