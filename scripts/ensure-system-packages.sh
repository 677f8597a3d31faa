#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium for
# the end-to-end suite and PHP's command line for the PHP syntax check. On a machine where
# that cannot be done, says what to install.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v php >/dev/null || missing+=(php-cli)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing ${missing[*]} from Debian's archive…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
	echo "Missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]};" >&2
	echo "elsewhere a Chromium at /usr/bin/chromium or CHROMIUM_PATH, and PHP 7.4+ on the PATH)." >&2
	[ -n "${CHROMIUM_PATH:-}" ] && command -v php >/dev/null && exit 0
	exit 1
fi
