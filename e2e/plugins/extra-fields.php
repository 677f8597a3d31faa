<?php
/**
 * Plugin Name: Job Submit Block Test Extra Fields
 * Description: Test only. Adds two job fields through the job_submit_block_fields filter (a hiring manager, and a required team website) and removes the company tagline, as a plugin extending the form would.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

// Added on init, before the fields are read (priority 21): the latest a plugin may do it.
add_action(
	'init',
	static function () {
		add_filter(
			'job_submit_block_fields',
			static function ( $fields ) {
				unset( $fields['company_tagline'] );
				$fields['hiring_manager'] = array(
					'property'  => '_hiring_manager',
					'type'      => 'string',
					'label'     => 'Hiring manager',
					'help'      => 'Who reads the applications.',
					'maxLength' => 100,
				);
				$fields['team_website']   = array(
					'property' => '_team_website',
					'type'     => 'string',
					'format'   => 'url',
					'label'    => 'Team website',
					'required' => true,
				);
				return $fields;
			}
		);
	},
	15
);
