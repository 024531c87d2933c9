#!/bin/sh
# Install redactie for the current user (no root): the app in ~/.local/lib/redactie, the
# `redactie` command in ~/.local/bin, the start-menu entry, icons and the Markdown association.
#   ./install.sh                 install or update
#   ./install.sh --default       also make redactie the default app for .md files
# PREFIX=/some/where ./install.sh installs under another prefix (default: ~/.local).
set -eu

APP_ID=nl.redactie.Redactie
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-"$HOME/.local"}
app_dir="$prefix/lib/redactie"
share="$prefix/share"

if [ ! -x "$here/redactie/redactie" ]; then
    echo "install.sh: no bundle found next to this script ($here/redactie)" >&2
    exit 1
fi

# The new copy goes in beside the old one and replaces it in one step.
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
rm -rf "$app_dir.new"
cp -R "$here/redactie" "$app_dir.new"
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/redactie" "$prefix/bin/redactie"

sed "s|^Exec=redactie |Exec=\"$app_dir/redactie\" |" "$here/share/$APP_ID.desktop" \
    > "$share/applications/$APP_ID.desktop"
cp "$here/share/$APP_ID.metainfo.xml" "$share/metainfo/"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
    relative=${icon#"$here/share/"}
    mkdir -p "$share/$(dirname "$relative")"
    cp "$icon" "$share/$relative"
done

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
if [ "${1:-}" = "--default" ] && command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" text/markdown
fi

echo "redactie is installed in $app_dir"
echo "Start it from the applications menu, or run: $prefix/bin/redactie"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "(Add $prefix/bin to PATH to run 'redactie' from a terminal.)" ;;
esac
