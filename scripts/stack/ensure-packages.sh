#!/usr/bin/env bash
# Installs the production-like stack's servers from Debian's archive when they are missing:
# nginx, PHP-FPM 8.2 with the extensions WordPress uses (zip for the personal data export),
# and MariaDB. Nothing is started or enabled system-wide: the project's stack script runs its
# own instances on loopback.
set -euo pipefail

packages=(nginx-light php8.2-fpm php8.2-cli php8.2-mysql php8.2-mbstring php8.2-xml
	php8.2-intl php8.2-curl php8.2-gd php8.2-zip mariadb-server mariadb-client)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
		missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
	echo "Missing: ${missing[*]}. Install them (Debian 12: sudo apt-get install ${missing[*]})" >&2
	echo "and stop and disable the system services they start." >&2
	exit 1
fi

echo "Installing ${missing[*]} from Debian's archive…"
# Packages start their system services on install; a policy that denies it keeps the
# machine's ports and data untouched. An existing policy is the administrator's and stays.
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' >"$policy"
	chmod +x "$policy"
	own_policy=true
fi
trap '[ "$own_policy" = true ] && rm -f "$policy"' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
