#pragma once
// Starting with the desktop session. Linux (any XDG desktop): a .desktop file in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart); Windows: a value under
// HKCU\Software\Microsoft\Windows\CurrentVersion\Run. Both start the program minimised.
#include <QString>

namespace kxcti::callerid {

// Where the entry lives on this system (a file path, or the registry key and value name).
QString autostart_location();
bool autostart_enabled();
// Writes or removes the entry for `program` (the running executable by default); false with
// `error` set when the file or registry value could not be written.
bool set_autostart(bool enabled, QString* error, const QString& program = {});
// The .desktop entry's text (for the tests and for packagers).
QString desktop_entry(const QString& program);

} // namespace kxcti::callerid
