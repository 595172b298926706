#pragma once
// The supervisor suite drives the real application offscreen (QT_QPA_PLATFORM=offscreen)
// against a real `kxcti-server run` on loopback, fed a day of calls by `kxcti-pbxsim` (imported
// as history) and a live replay (for the live board). Waits are bounded loops on conditions
// that spin the Qt event loop, never fixed sleeps.
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QApplication;
class QWidget;

namespace kxcti::test {

using namespace std::chrono_literals;

// Long enough for a loaded 2-core CI machine; a healthy step takes well under a second.
inline constexpr auto kGuiDeadline = std::chrono::milliseconds(45s);

// The one QApplication of the suite, offscreen, made on first use.
QApplication& gui_app();
// Spins the event loop until `done` holds or `timeout` passes; returns whether it held.
bool wait_for(const std::function<bool()>& done, std::chrono::milliseconds timeout = kGuiDeadline);

// The historical day every report test asks about (the busy-hour scenario, imported): the
// Monday of last week, so that it is always within the admin screen's last 31 days.
std::string history_day();
inline constexpr const char* kPassword = "password1";

// kxcti-server run on 127.0.0.1 (clients on a free port) over a database holding kHistoryDay,
// a site configuration (names in Cyrillic, a channel with spend), users "admin" (admin) and
// "sup601" (supervisor of group 601), and a PBX replaying today's live lines.
struct LiveServer {
    LiveServer();
    ~LiveServer();

    ScratchDir dir{"kxcti-supervisor"};
    std::filesystem::path db;
    std::unique_ptr<ChildProcess> pbx;
    std::unique_ptr<ChildProcess> server;
    std::uint16_t port = 0;

    // `kxcti-server report NAME ... --format csv` on this database: header + rows, parsed.
    std::vector<std::vector<std::string>> report_csv(const std::vector<std::string>& args) const;
};

// Today's date as the PBX prints it (dd/mm/yy) and as reports take it (YYYY-MM-DD).
std::string today_iso();

// RFC 4180-ish CSV: quoted fields with doubled quotes, CRLF or LF lines, any separator.
std::vector<std::vector<std::string>> parse_csv(const std::string& text, char separator);

// The widget as a PNG in docs/screenshots/supervisor-<screen>-<lang>.png.
void save_screenshot(QWidget& w, const std::string& screen, const QString& lang);

} // namespace kxcti::test
