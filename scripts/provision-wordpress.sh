#!/usr/bin/env bash
# Provisions WordPress core, the Twenty Twenty-Five theme, the classic Twenty Twenty-One theme
# (the listing page's spec renders in it too) and WordPress's own German translation (for the
# translation spec) from Debian's archive into .cache/wordpress/core, offline from
# wordpress.org. Reuses what is already there.
#
# Debian ships WordPress as an architecture-independent package, so the trixie build can be
# downloaded on any Debian-like machine with a private apt configuration, without installing
# anything system-wide.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$root/.cache/wordpress"
core="$cache/core"
languages="$core/wp-content/languages"

classic_theme="$core/wp-content/themes/twentytwentyone"
if [ -f "$core/wp-includes/version.php" ] && [ -f "$languages/de_DE.mo" ] && [ -f "$classic_theme/style.css" ]; then
	exit 0
fi

if ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
	echo "provision-wordpress: apt-get and dpkg-deb are needed to fetch WordPress from Debian's archive." >&2
	echo "Elsewhere, unpack a WordPress 6.8 release into $core and run this again." >&2
	exit 1
fi

keyring=/usr/share/keyrings/debian-archive-keyring.gpg
if [ ! -f "$keyring" ]; then
	echo "provision-wordpress: $keyring is missing (package debian-archive-keyring)." >&2
	exit 1
fi

apt_dir="$cache/apt"
debs="$cache/debs"
unpacked="$cache/unpacked"
rm -rf "$debs" "$unpacked"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$debs" "$unpacked"

cat >"$apt_dir/sources.list" <<LIST
deb [signed-by=$keyring] http://deb.debian.org/debian trixie main
deb [signed-by=$keyring] http://deb.debian.org/debian-security trixie-security main
LIST

apt_options=(
	-o "Dir::Etc::SourceList=$apt_dir/sources.list"
	-o "Dir::Etc::SourceParts=/dev/null"
	-o "Dir::State::Lists=$apt_dir/lists"
	-o "Dir::Cache=$apt_dir"
	-o "Debug::NoLocking=1"
	-o "APT::Sandbox::User=root"
)

echo "provision-wordpress: fetching WordPress from Debian's archive…"
apt-get "${apt_options[@]}" -qq update

if [ ! -f "$core/wp-includes/version.php" ]; then
	# Debian replaces bundled libraries with links into these packages; extracting them
	# beside WordPress lets `cp -L` resolve the links into real files.
	(cd "$debs" && apt-get "${apt_options[@]}" -qq download \
		wordpress wordpress-theme-twentytwentyfive libjs-lodash libjs-underscore libjs-cropper php-getid3)

	for deb in "$debs"/*.deb; do
		dpkg-deb -x "$deb" "$unpacked"
	done

	wordpress="$unpacked/usr/share/wordpress"
	# Links to absolute paths point into /etc of a system install (.htaccess, the CA bundle):
	# drop them; relative links point into the packages extracted above and resolve.
	find "$wordpress" -type l -lname '/*' -delete
	rm -f "$wordpress/wp-config.php"

	staging="$cache/core.partial"
	rm -rf "$staging"
	cp -rL "$wordpress" "$staging"
	if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
		cp /etc/ssl/certs/ca-certificates.crt "$staging/wp-includes/certificates/ca-bundle.crt"
	fi

	mv "$staging" "$core"
	rm -rf "$debs" "$unpacked"
	mkdir -p "$debs" "$unpacked"
fi

# The classic Twenty Twenty-One: trixie no longer packages it, bookworm does (from WordPress
# 6.1), so it comes through a second private apt configuration pointing at bookworm.
if [ ! -f "$classic_theme/style.css" ]; then
	mkdir -p "$apt_dir/bookworm/lists/partial" "$apt_dir/bookworm/archives/partial"
	cat >"$apt_dir/bookworm/sources.list" <<LIST
deb [signed-by=$keyring] http://deb.debian.org/debian bookworm main
deb [signed-by=$keyring] http://deb.debian.org/debian-security bookworm-security main
LIST
	bookworm_options=(
		-o "Dir::Etc::SourceList=$apt_dir/bookworm/sources.list"
		-o "Dir::Etc::SourceParts=/dev/null"
		-o "Dir::State::Lists=$apt_dir/bookworm/lists"
		-o "Dir::Cache=$apt_dir/bookworm"
		-o "Debug::NoLocking=1"
		-o "APT::Sandbox::User=root"
	)
	apt-get "${bookworm_options[@]}" -qq update
	(cd "$debs" && apt-get "${bookworm_options[@]}" -qq download wordpress-theme-twentytwentyone)
	dpkg-deb -x "$debs"/wordpress-theme-twentytwentyone_*.deb "$unpacked"
	cp -rL "$unpacked/usr/share/wordpress/wp-content/themes/twentytwentyone" "$classic_theme"
	rm -rf "$debs" "$unpacked"
	mkdir -p "$debs" "$unpacked"
fi

# WordPress's own strings in German (wordpress-l10n holds every language; only German is
# kept): the translation spec shows the site in German, WordPress's strings included.
if [ ! -f "$languages/de_DE.mo" ]; then
	(cd "$debs" && apt-get "${apt_options[@]}" -qq download wordpress-l10n)
	dpkg-deb -x "$debs"/wordpress-l10n_*.deb "$unpacked"
	mkdir -p "$languages"
	cp "$unpacked"/usr/share/wordpress/wp-content/languages/*de_DE.mo "$languages/"
fi
rm -rf "$debs" "$unpacked"

echo "provision-wordpress: WordPress $(grep -oP "wp_version = '\K[^']+" "$core/wp-includes/version.php") ready in $core"
