#!/usr/bin/env bash
# Refreshes the vendored KERN UX design system (@kern-ux/native) from the npm registry.
# Usage: scripts/refresh-kern-ux.sh [VERSION]   (default: the newest release)
# Copies the minified CSS, the Fira Sans font files it references and the licence into
# src/main/resources/static/vendor/kern-ux/, and records the version in VERSION there.
# After a refresh: run ./mvnw verify (the browser tests check every page with axe-core).
set -euo pipefail
version="${1:-$(npm view @kern-ux/native version)}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/src/main/resources/static/vendor/kern-ux"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@kern-ux/native@$version" >/dev/null && tar xzf kern-ux-native-*.tgz)
dist="$work/package/dist"
rm -rf "$target"
mkdir -p "$target/fonts/fira-sans"
cp "$dist/kern.min.css" "$target/"
cp "$dist/fonts/fira-sans.css" "$target/fonts/"
# only the font files the font stylesheet references
grep -oE 'fira-sans/[A-Za-z0-9-]+\.woff2' "$dist/fonts/fira-sans.css" | sort -u | while read -r f; do
  cp "$dist/fonts/$f" "$target/fonts/$f"
done
cp "$work/package/LICENSE.md" "$target/LICENSE.md"
echo "$version" > "$target/VERSION"
echo "KERN UX $version vendored into $target"
