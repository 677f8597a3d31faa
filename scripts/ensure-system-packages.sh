#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium
# headless shell for the end-to-end suite and its Chromium for the benchmarks (the browser
# members use), and PHP's command line with the xml and mbstring extensions for the PHP
# syntax check and PHP_CodeSniffer. On a machine where that cannot be done, says what to
# install.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
if command -v php >/dev/null; then
	php -m | grep -ix simplexml >/dev/null || missing+=(php-xml)
	php -m | grep -ix mbstring >/dev/null || missing+=(php-mbstring)
else
	missing+=(php-cli php-xml php-mbstring)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing ${missing[*]} from Debian's archive…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
	echo "Missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]};" >&2
	echo "elsewhere a Chromium or its headless shell at CHROMIUM_PATH, and PHP 7.4+ with the xml and" >&2
	echo "mbstring extensions on the PATH)." >&2
	[ -n "${CHROMIUM_PATH:-}" ] && command -v php >/dev/null && php -m | grep -ix simplexml >/dev/null && php -m | grep -ix mbstring >/dev/null && exit 0
	exit 1
fi
