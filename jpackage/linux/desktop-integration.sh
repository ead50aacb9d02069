#!/bin/sh
# Desktop integration of an installed NNPlay, run as root by the .deb's postinst (install) and prerm (remove), or by
# hand for an app image copied elsewhere (sudo NNPlay/lib/desktop-integration.sh install):
#   install  copies the menu entry, the icons (hicolor 16-512) and the .nnplay file type from lib/share into
#            /usr/share, adds the `nnplay` command, and refreshes the desktop caches;
#   remove   takes the same files back.
# Each step is optional for a working install: on a machine without a desktop (no xdg-utils, no menu folders, no
# MIME tools) it is skipped with a note, and the script always exits 0.

app=$(cd "$(dirname "$0")/.." && pwd)
share=$app/lib/share

# Copies $1 to $2; the menu entry names the launcher by its path, /opt/nnplay in the package.
copy() {
    case "$1" in
        *.desktop) sed "s|/opt/nnplay/|$app/|g" "$1" > "$2" ;;
        *) cp "$1" "$2" ;;
    esac
}

install_files() {
    for src in $(find "$share" -type f); do
        dest=/usr/share/${src#"$share"/}
        { mkdir -p "$(dirname "$dest")" && copy "$src" "$dest"; } || echo "nnplay: could not install $dest (skipped)"
    done
    if [ ! -e /usr/bin/nnplay ] || [ "$(readlink /usr/bin/nnplay)" = "$app/bin/NNPlay" ]; then
        ln -sf "$app/bin/NNPlay" /usr/bin/nnplay || echo "nnplay: could not add /usr/bin/nnplay (skipped)"
    fi
}

remove_files() {
    for src in $(find "$share" -type f); do
        dest=/usr/share/${src#"$share"/}
        rm -f "$dest"
        # Folders that install made on a machine without them: empty now, and no package's.
        dir=$(dirname "$dest")
        while [ "$dir" != /usr/share ] && ! dpkg-query -S "$dir" >/dev/null 2>&1 && rmdir "$dir" 2>/dev/null; do
            dir=$(dirname "$dir")
        done
    done
    if [ "$(readlink /usr/bin/nnplay 2>/dev/null)" = "$app/bin/NNPlay" ]; then
        rm -f /usr/bin/nnplay
    fi
}

# Rebuilds the caches that desktops read, with whichever of the tools this machine has.
refresh() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d /usr/share/mime/packages ]; then
        update-mime-database /usr/share/mime || echo "nnplay: update-mime-database failed (skipped)"
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d /usr/share/applications ]; then
        update-desktop-database -q /usr/share/applications || echo "nnplay: update-desktop-database failed (skipped)"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q /usr/share/icons/hicolor || echo "nnplay: gtk-update-icon-cache failed (skipped)"
    fi
}

case "$1" in
    install) install_files; refresh ;;
    remove) remove_files; refresh ;;
    *) echo "usage: desktop-integration.sh install|remove" >&2 ;;
esac
exit 0
