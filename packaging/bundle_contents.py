"""What goes into the bundle and what is left out; shared by the spec and the build script.

The trimming rules are names, not guesses: every entry below was checked against a bundle that
still passes `redactie --self-test` (see README "Building the bundle").
"""

from __future__ import annotations

import re
from pathlib import Path

# Python modules the app never imports (PyInstaller would follow optional imports into them),
# and PySide6 bindings the web engine's hooks pull in although no Python code uses them.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "IPython",
    "matplotlib",
    "numpy",
    "PIL",
    "pytest",
    "hypothesis",
    "PySide6.QtOpenGL",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtDBus",
]

# The Qt libraries the app and the web engine load (`ldd` on QtWebEngineCore, the widgets and
# the platform plugins below); every other Qt library is left out.
KEPT_QT_LIBRARIES = {
    "Core", "DBus", "Gui", "Network", "OpenGL", "Positioning", "PrintSupport", "Qml",
    "QmlMeta", "QmlModels", "QmlWorkerScript", "Quick", "QuickWidgets", "Svg", "WaylandClient",
    "WlShellIntegration", "WebChannel", "WebEngineCore", "WebEngineWidgets", "Widgets", "XcbQpa",
}  # fmt: skip
_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6?([A-Za-z0-9]+)(?:\.so\.6|\.dll|\.framework/)")
_DROPPED = [
    r"/qml/",
    r"/plugins/(?!(platforms|platformthemes|platforminputcontexts|imageformats|iconengines"
    r"|tls|networkinformation|xcbglintegrations|wayland-[a-z-]+|styles)/)",
    r"/plugins/platforms/(?!(lib)?q(xcb|wayland|offscreen|windows|cocoa|direct2d))",
    r"/plugins/platforminputcontexts/.*virtualkeyboard",
    r"/plugins/imageformats/(lib)?q(pdf|tga|tiff|wbmp)",
    r"/Qt/translations/(?!qt(base|webengine)?_(nl|en)\.qm$)(?!qtwebengine_locales/)",
    r"/qtwebengine_locales/(?!(en-US|nl)\.pak$)",
    r"/qtwebengine_devtools_resources",  # the inspector, which the preview does not offer
    r"/simplemma/strategies/dictionaries/data/(?!(nl|en)\.plzma$)",  # Dutch and English only
    r"/pyphen/dictionaries/(?!hyph_nl_NL\.dic$)",  # syllables are counted in Dutch only
    r"^/lib(freebl3|freeblpriv3|nssdbm3|softokn3)\.chk$",  # NSS's checksums of its own libraries
]


# Base libraries every desktop Linux has, which bundles must not carry (a bundled copy clashes
# with the system's graphics and font stack): the AppImage project's excludelist, as used by
# linuxdeployqt (github.com/AppImageCommunity/pkg2appimage/blob/master/excludelist).
LINUX_SYSTEM_LIBRARIES = {
    "ld-linux-x86-64.so.2", "libanl.so.1", "libasound.so.2", "libBrokenLocale.so.1",
    "libcidn.so.1", "libcom_err.so.2", "libc.so.6", "libdl.so.2", "libdrm.so.2", "libEGL.so.1",
    "libexpat.so.1", "libfontconfig.so.1", "libfreetype.so.6", "libfribidi.so.0", "libgbm.so.1",
    "libgcc_s.so.1", "libgdk_pixbuf-2.0.so.0", "libgio-2.0.so.0", "libglapi.so.0",
    "libGLdispatch.so.0", "libglib-2.0.so.0", "libGL.so.1", "libGLX.so.0", "libgmp.so.10",
    "libgobject-2.0.so.0", "libgpg-error.so.0", "libharfbuzz.so.0", "libICE.so.6",
    "libjack.so.0", "libm.so.6", "libmvec.so.1", "libOpenGL.so.0", "libp11-kit.so.0",
    "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libpthread.so.0",
    "libresolv.so.2", "librt.so.1", "libSM.so.6", "libstdc++.so.6", "libthai.so.0",
    "libthread_db.so.1", "libusb-1.0.so.0", "libutil.so.1", "libuuid.so.1", "libX11.so.6",
    "libxcb-dri2.so.0", "libxcb-dri3.so.0", "libxcb.so.1", "libz.so.1",
}  # fmt: skip

# Libraries PyInstaller follows into that the bundle need not carry (issue #18: 33 MB): each
# group either serves a part of the system that brings them itself, or is installed on every
# desktop (and by CI's bare Debian machine, `.ci/run`), where the bundled copy would only shadow
# the system's own on LD_LIBRARY_PATH. Checked with `ldd` on every binary of the bundle.
LINUX_DESKTOP_LIBRARIES = {
    # GTK 3 and its drawing stack, only for the gtk3 platform theme, which loads only on a GTK
    # desktop (that has GTK); without it Qt falls back to its own theme (13.6 MB)
    "libgtk-3.so.0", "libgdk-3.so.0", "libcairo.so.2", "libcairo-gobject.so.2", "libepoxy.so.0",
    "libpixman-1.so.0", "libatk-1.0.so.0", "libatk-bridge-2.0.so.0", "libatspi.so.0",
    "libXi.so.6", "libXcursor.so.1", "libXinerama.so.1", "libgmodule-2.0.so.0",
    "libpng16.so.16", "libgraphite2.so.3", "libdatrie.so.1", "libjpeg.so.62",
    # CUPS and its TLS stack: no bundled binary links it (the print-support plugins are left
    # out and the app does not print) (5.6 MB)
    "libcups.so.2", "libgnutls.so.30", "libunistring.so.2", "libidn2.so.0", "libnettle.so.8",
    "libhogweed.so.6", "libtasn1.so.6", "libavahi-client.so.3", "libavahi-common.so.3",
    # D-Bus with systemd's client library: on every systemd desktop (2.8 MB)
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "liblz4.so.1", "libcap.so.2",
    # util-linux and PCRE2, needed only by the system's own GLib/GIO (1.6 MB)
    "libmount.so.1", "libblkid.so.1", "libselinux.so.1", "libpcre2-8.so.0",
    # NSS for the web engine: a Chromium dependency every desktop with a browser or Evolution
    # has; the system's copy also has the current root certificates (3.9 MB)
    "libnss3.so", "libnssutil3.so", "libsmime3.so", "libnspr4.so", "libplc4.so", "libplds4.so",
    "libsoftokn3.so", "libfreeblpriv3.so", "libfreebl3.so", "libnssckbi.so", "libnssdbm3.so",
    # X11 authorisation helpers of the system's libxcb (which the excludelist leaves out)
    "libXdmcp.so.6", "libXau.so.6", "libbsd.so.0", "libmd.so.0",
    # Kerberos (GSSAPI), for Qt Network's Negotiate sign-in: the system's CUPS client, curl
    # (git) and OpenSSH link it, so every desktop has it (1.5 MB)
    "libkrb5.so.3", "libgssapi_krb5.so.2", "libk5crypto.so.3", "libkrb5support.so.0",
    "libkeyutils.so.1",
    # zstd, xz and udev: systemd and the package manager (apt, dpkg, rpm) link them (1.1 MB)
    "libzstd.so.1", "liblzma.so.5", "libudev.so.1",
    # the keyboard maps every X11 and Wayland desktop's toolkits (GTK 3, Qt) load (0.3 MB)
    "libxkbcommon.so.0",
    # SQLite (the history index): the system's NSS above links it, so it is there too (1.4 MB)
    "libsqlite3.so.0",
}  # fmt: skip


def keep(destination: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    path = "/" + destination.replace("\\", "/")
    if "/" not in destination.replace("\\", "/") and (
        destination in LINUX_SYSTEM_LIBRARIES or destination in LINUX_DESKTOP_LIBRARIES
    ):
        return False
    library = _QT_LIBRARY.search(path)
    if library is not None and library.group(1) not in KEPT_QT_LIBRARIES:
        return False
    return not any(re.search(pattern, path) for pattern in _DROPPED)


def resource_datas(root: Path, staging: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: the app's resources beside its package, as in a
    wheel, with the compiled `.qm` translations instead of the `.ts` sources."""
    resources = root / "resources"
    target = "redactie/resources"
    datas = [
        (str(folder), f"{target}/{folder.name}")
        for folder in sorted(resources.iterdir())
        if folder.is_dir() and folder.name != "translations"
    ]
    datas += [
        (str(qm), f"{target}/translations") for qm in sorted(staging.glob("translations/*.qm"))
    ]
    return datas
