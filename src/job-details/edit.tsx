/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

const BLOCK = 'wp-block-job-submit-block-job-details';

/**
 * The block in the editor (mostly the Site Editor's single listing template, where no listing
 * is chosen): the shape of the details with sample wording, styled as on the page. The page
 * itself is rendered by the server from the listing's fields.
 */
export default function Edit() {
	const facts: Array< [ string, string ] > = [
		[
			__( 'Location', 'job-submit-block' ),
			__( 'Lisbon · Remote', 'job-submit-block' ),
		],
		[
			__( 'Job type', 'job-submit-block' ),
			__( 'Full Time', 'job-submit-block' ),
		],
		[
			__( 'Salary', 'job-submit-block' ),
			__( '50,000 EUR per year', 'job-submit-block' ),
		],
	];
	return (
		<div { ...useBlockProps() }>
			<div className={ `${ BLOCK }__company` }>
				<div className={ `${ BLOCK }__company-text` }>
					<p className={ `${ BLOCK }__company-name` }>
						{ __( 'Company name', 'job-submit-block' ) }
					</p>
					<p className={ `${ BLOCK }__tagline` }>
						{ __(
							'The listing’s company, tagline and website',
							'job-submit-block'
						) }
					</p>
				</div>
			</div>
			<dl className={ `${ BLOCK }__facts` }>
				{ facts.map( ( [ term, description ] ) => (
					<div key={ term }>
						<dt>{ term }</dt>
						<dd>{ description }</dd>
					</div>
				) ) }
			</dl>
			<div className={ `${ BLOCK }__apply` }>
				<span
					className={ `${ BLOCK }__apply-button wp-block-button__link wp-element-button` }
				>
					{ __( 'Apply for this job', 'job-submit-block' ) }
				</span>
			</div>
		</div>
	);
}
