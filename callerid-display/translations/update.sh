#!/bin/sh
# Refreshes the .ts files from the sources (then translate the new entries in Qt Linguist or by
# hand). Faster than the CMake target kxcti_callerid_app_lupdate, which parses every system
# header; -I the repository root lets lupdate see our own headers, so contexts carry the
# namespaces the running program uses ("kxcti::callerid::PopupWindow").
set -eu
cd "$(dirname "$0")/../.."
exec "${LUPDATE:-/usr/lib/qt6/bin/lupdate}" -I . -no-obsolete -locations none \
    callerid-display/core/*.h callerid-display/core/*.cpp callerid-display/ui/*.h callerid-display/ui/*.cpp \
    common/qtclient/*.cpp \
    -ts callerid-display/translations/kxcti_callerid_en.ts callerid-display/translations/kxcti_callerid_ru.ts \
        callerid-display/translations/kxcti_callerid_uk.ts
