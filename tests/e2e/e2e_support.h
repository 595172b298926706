#pragma once
// The end-to-end tests drive the built programs exactly as a site does: kxcti-pbxsim as the
// PBX, kxcti-server run as the daemon, a real database file read back with SQL.
#include "common/storage/sqlite.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kxcti::test {

// Long enough for a loaded 2-core CI machine; a healthy run takes well under a second.
inline constexpr auto kE2eDeadline = std::chrono::seconds(60);

// Polls `done` every few milliseconds until it holds or `timeout` passes. Waiting on a
// condition (never on a fixed delay) keeps the tests both fast and free of timing assumptions.
bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout = kE2eDeadline);

// One query's integer result on a fresh read-only connection (the server keeps writing meanwhile).
std::int64_t db_int(const std::filesystem::path& db, const std::string& sql);
// Every row's first column as bytes, in order.
std::vector<std::string> db_column(const std::filesystem::path& db, const std::string& sql);

// A kxcti-pbxsim serving the LAN dialogue on 127.0.0.1; args are added before --listen.
struct Pbx {
    explicit Pbx(std::vector<std::string> args);
    std::unique_ptr<ChildProcess> process;
    std::uint16_t port = 0;
};

// The exact lines kxcti-pbxsim prints for `args` (written with --out), without terminators.
std::vector<std::string> pbx_lines(const ScratchDir& dir, std::vector<std::string> args);

// A config file with one TCP link to 127.0.0.1:port and fast retries (tests must not wait).
std::filesystem::path tcp_link_config(const ScratchDir& dir, std::uint16_t port);

// kxcti-server run with this config and data directory.
std::unique_ptr<ChildProcess> start_server(const std::filesystem::path& config, const std::filesystem::path& data_dir);

} // namespace kxcti::test
