#!/usr/bin/env bash
# Checks the PHP of the plugin, its test plugins, the stack and the bench: first the syntax of
# every file (php -l), then the WordPress coding standards, documentation and PHP
# compatibility of phpcs.xml.dist with PHP_CodeSniffer. Fails on any error or warning.
#
# PHP_CodeSniffer is vendor/bin/phpcs when `composer install` has put it there, else the copy
# of shared/tools/phpcs next to the checkout (for machines that cannot reach Packagist).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# One php -l per file, four at a time; -n skips the extensions, which a syntax check does not
# need and which take most of each process's start.
if ! syntax=$(find . \( -path ./node_modules -o -path ./.cache -o -path ./build -o -path ./vendor -o -path ./artifacts \) -prune \
	-o -name '*.php' -print0 | xargs -0 -n 1 -P 4 php -n -d display_errors=stderr -l 2>&1); then
	grep -v '^No syntax errors detected' <<<"$syntax" >&2
	exit 1
fi
echo "PHP syntax: all files pass"

# PHP_CodeSniffer: $PHPCS if set, vendor/bin/phpcs, else shared/tools/phpcs beside the
# checkout or beside any folder above it (a clone may sit deeper than the shared tools).
phpcs="${PHPCS:-}"
if [ -z "$phpcs" ] && [ -x vendor/bin/phpcs ]; then
	phpcs=vendor/bin/phpcs
fi
dir="$PWD"
while [ -z "$phpcs" ] && [ "$dir" != / ]; do
	dir="$(dirname "$dir")"
	if [ -x "$dir/shared/tools/phpcs/phpcs" ]; then
		phpcs="$dir/shared/tools/phpcs/phpcs"
	fi
done
if [ -z "$phpcs" ]; then
	# A machine without the tool still gets every other check; say loudly what it skipped.
	cat >&2 <<-'EOF'
		PHP coding standards NOT checked: PHP_CodeSniffer was not found (PHPCS, vendor/bin/phpcs,
		or shared/tools/phpcs next to this checkout or a folder above it). Install it with the
		standards of composer.json (WordPress Coding Standards and PHPCompatibilityWP):
		`composer install` here, with PHP's xml and mbstring extensions (Debian: apt-get install
		composer php-xml php-mbstring).
	EOF
	exit 0
fi

# The syntax was checked above, so phpcs skips its own php -l of each file (Generic.PHP.Syntax),
# which would double the time. Warnings fail the run too (phpcs exits non-zero on them).
"$phpcs" -q --standard=phpcs.xml.dist --exclude=Generic.PHP.Syntax \
	--runtime-set ignore_warnings_on_exit 0 --runtime-set ignore_errors_on_exit 0
echo "PHP coding standards: all files pass"
