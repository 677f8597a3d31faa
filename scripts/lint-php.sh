#!/usr/bin/env bash
# Checks the syntax of every PHP file of the plugin and its test plugins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
while IFS= read -r -d '' file; do
	php -l "$file" >/dev/null || status=1
done < <(find . -name '*.php' -not -path './node_modules/*' -not -path './.cache/*' -not -path './build/*' -print0)
[ $status = 0 ] && echo "PHP syntax: all files pass"
exit $status
