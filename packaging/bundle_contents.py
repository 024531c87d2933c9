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


def keep(destination: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    path = "/" + destination.replace("\\", "/")
    if "/" not in destination.replace("\\", "/") and destination in LINUX_SYSTEM_LIBRARIES:
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
