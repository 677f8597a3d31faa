/**
 * The production-like stack's configuration files, written from the stack's paths so that
 * every server runs from the project's own folder: its sockets, logs, data and temporary
 * files stay under .cache/stack, and only nginx listens on a port, on loopback.
 */

import { randomBytes } from 'node:crypto';

/**
 * nginx as WordPress sites commonly run it: static files served directly, everything else
 * through index.php, PHP handed to PHP-FPM over Unix sockets, text compressed.
 *
 * @param {Object} paths Stack paths.
 * @param {number} port  Loopback port.
 * @param {number} nodes How many PHP-FPM masters (web server nodes) serve it.
 */
export function nginxConf( paths, port, nodes = 1 ) {
	const upstreams = Array.from(
		{ length: nodes },
		( _, index ) =>
			`\t\tserver unix:${ paths.run }/${ phpFpmName( index + 1 ) }.sock;`
	).join( '\n' );
	return `# Written by scripts/stack/stack.mjs at each start.
user root;
worker_processes 2;
pid ${ paths.run }/nginx.pid;
error_log ${ paths.logs }/nginx-error.log warn;

events {
	worker_connections 1024;
}

http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	keepalive_timeout 65;
	client_max_body_size 16m;
	client_body_temp_path ${ paths.tmp }/body;
	fastcgi_temp_path ${ paths.tmp }/fastcgi;
	proxy_temp_path ${ paths.tmp }/proxy;
	uwsgi_temp_path ${ paths.tmp }/uwsgi;
	scgi_temp_path ${ paths.tmp }/scgi;
	gzip on;
	gzip_types text/css application/javascript application/json text/xml image/svg+xml;

	# Each PHP-FPM master stands for one web server node (its own workers and OPcache) on the
	# same database; requests go round robin, as a load balancer in front of them would.
	upstream php {
${ upstreams }
	}

	server {
		listen 127.0.0.1:${ port };
		server_name localhost 127.0.0.1;
		root ${ paths.wordpress };
		index index.php;

		location / {
			try_files $uri $uri/ /index.php?$args;
		}

		location ~ \\.php$ {
			try_files $uri =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
			# Debian's fastcgi_params passes the host without the port, and WordPress would
			# redirect every request to the address it was installed at. The port is the
			# server's own, not the client's header.
			fastcgi_param HTTP_HOST $host:$server_port;
			fastcgi_pass php;
			# Which node answered, for the benchmark's multi-node figures.
			add_header X-Stack-Node $upstream_addr always;
		}
	}
}
`;
}

/**
 * The name of a node's PHP-FPM files (pid, socket, log): the first node keeps the plain name.
 *
 * @param {number} node 1, 2, …
 */
export function phpFpmName( node ) {
	return node === 1 ? 'php-fpm' : `php-fpm-${ node }`;
}

/**
 * PHP-FPM with a fixed pool, so that concurrency figures do not include process spawning.
 *
 * @param {Object} paths Stack paths.
 * @param {number} node  Which node it serves (1, 2, …).
 */
export function phpFpmConf( paths, node = 1 ) {
	const name = phpFpmName( node );
	return `; Written by scripts/stack/stack.mjs at each start.
[global]
pid = ${ paths.run }/${ name }.pid
error_log = ${ paths.logs }/${ name }.log
daemonize = no

[wordpress]
user = root
group = root
listen = ${ paths.run }/${ name }.sock
pm = static
pm.max_children = 8
catch_workers_output = yes
php_admin_value[memory_limit] = 256M
php_admin_value[upload_max_filesize] = 16M
php_admin_value[post_max_size] = 16M
`;
}

/**
 * MariaDB with networking off: PHP reaches it through its Unix socket only.
 *
 * @param {Object} paths Stack paths.
 */
export function mariadbArgs( paths ) {
	return [
		'--no-defaults',
		`--datadir=${ paths.mariadb }`,
		`--socket=${ paths.run }/mariadb.sock`,
		`--pid-file=${ paths.run }/mariadb.pid`,
		`--log-error=${ paths.logs }/mariadb.log`,
		'--skip-networking',
		'--user=root',
		'--innodb-buffer-pool-size=256M',
		'--max-connections=200',
		'--character-set-server=utf8mb4',
		'--collation-server=utf8mb4_unicode_520_ci',
	];
}

/**
 * wp-config.php for the stack's site. Outgoing HTTP is blocked but for the site itself
 * (this machine is offline; WordPress would otherwise wait on wordpress.org), and the
 * environment is "local" so that application passwords work over plain HTTP on loopback.
 *
 * @param {Object} paths Stack paths.
 * @param {string} url   The site's address.
 */
export function wpConfig( paths, url ) {
	const salt = () => randomBytes( 48 ).toString( 'base64' );
	const salts = [
		'AUTH_KEY',
		'SECURE_AUTH_KEY',
		'LOGGED_IN_KEY',
		'NONCE_KEY',
		'AUTH_SALT',
		'SECURE_AUTH_SALT',
		'LOGGED_IN_SALT',
		'NONCE_SALT',
	]
		.map( ( name ) => `define( '${ name }', '${ salt() }' );` )
		.join( '\n' );
	return `<?php
// Written by scripts/stack/stack.mjs when the stack's site is created.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${ paths.run }/mariadb.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${ salts }
$table_prefix = 'wp_';
define( 'WP_HOME', '${ url }' );
define( 'WP_SITEURL', '${ url }' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}
