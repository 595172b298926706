#pragma once
// The Caller ID suite's rig: the Qt application (offscreen unless the test asks for a real X
// server), bounded waits that keep the event loop running, and a real `kxcti-server run` on
// loopback fed by kxcti-pbxsim replays, with users and a site configuration made by the real
// `kxcti-server user add` and `config import`.
#include "callerid-display/ui/callerid_app.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <QApplication>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kxcti::test::callerid {

using namespace std::chrono_literals;

// Long enough for a loaded 2-core CI machine (a login hashes a password for ~0.3 s); a healthy
// run takes a fraction of it.
inline constexpr auto kWait = std::chrono::milliseconds(30s);

// The one QApplication of the test process: QT_QPA_PLATFORM=offscreen unless the environment
// already names a platform (the tray test's child runs on xcb).
QApplication& qt_app();

// Runs the Qt event loop until `done` holds or `timeout` passes; returns whether it held.
bool wait_for(const std::function<bool()>& done, std::chrono::milliseconds timeout = kWait);

// A TCP port on 127.0.0.1 that was free a moment ago (the server must keep one port across a
// restart, so the test picks it).
std::uint16_t free_port();

// One SMDR line in the reference's layout A (80 columns), as kxcti-pbxsim would print it.
// `dial` e.g. "<D>5550100<I>0501234567"; empty ring/duration are left blank.
std::string layout_a(const std::string& date, const std::string& time, const std::string& ext, const std::string& co,
                     const std::string& dial, const std::string& ring, const std::string& duration,
                     const std::string& cd);

struct ServerRig {
    explicit ServerRig(const std::string& extra_clients_config = {});
    ~ServerRig();

    // kxcti-server user add NAME --role operator --ext E [--group G] (password on stdin).
    void add_operator(const std::string& name, const std::string& ext, const std::string& group = {});
    // kxcti-server config import (keys as `config get` prints them).
    void site(const std::string& keys);
    // kxcti-server import: lines on record before the server starts (the callers' history).
    void import(const std::vector<std::string>& lines);

    void start();  // kxcti-server run; returns once clients can connect
    void stop();   // SIGTERM and wait
    // A kxcti-pbxsim (LAN, on the rig's PBX port) replaying `lines`; the previous one ends
    // first, and the server's link reconnects to the new one.
    void feed(const std::vector<std::string>& lines);

    // Caller ID app options connecting to this server as `user` at `ext`.
    kxcti::callerid::AppOptions client(const std::string& user, const std::string& ext, const std::string& name);

    static constexpr const char* kPassword = "desk-password-1";
    ScratchDir dir{"kxcti-callerid"};
    std::filesystem::path config;
    std::filesystem::path data;
    std::uint16_t client_port = 0;
    std::uint16_t pbx_port = 0;
    std::unique_ptr<ChildProcess> server;
    std::unique_ptr<ChildProcess> pbx;
    int feeds = 0;
};

} // namespace kxcti::test::callerid

// Catch prints Qt strings in failure messages as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return "{ \"" + l.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};
} // namespace Catch
