#!/bin/sh
# Remove what install.sh put in place (the user's articles and settings stay).
set -eu

APP_ID=nl.redactie.Redactie
prefix=${PREFIX:-"$HOME/.local"}
share="$prefix/share"

rm -rf "$prefix/lib/redactie"
if [ -L "$prefix/bin/redactie" ]; then
    rm -f "$prefix/bin/redactie"
fi
rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
find "$share/icons/hicolor" -name "$APP_ID.*" -path "*/apps/*" -exec rm -f {} + 2>/dev/null || true

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
fi
echo "redactie is removed."
