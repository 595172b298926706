#include "tests/e2e/e2e_support.h"

#include <sstream>
#include <stdexcept>
#include <thread>

namespace kxcti::test {

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

namespace {
storage::Connection reader(const std::filesystem::path& db) {
    storage::Connection c(db, true);
    c.set_busy_timeout(std::chrono::seconds(5));
    return c;
}
} // namespace

std::int64_t db_int(const std::filesystem::path& db, const std::string& sql) {
    if (!std::filesystem::exists(db)) return -1;
    try {
        auto c = reader(db);
        storage::Statement s(c, sql, "e2e query");
        return s.step() ? s.column_int64(0) : -1;
    } catch (const std::exception&) {
        return -1;  // schema not created yet
    }
}

std::vector<std::string> db_column(const std::filesystem::path& db, const std::string& sql) {
    auto c = reader(db);
    storage::Statement s(c, sql, "e2e query");
    std::vector<std::string> out;
    while (s.step()) out.emplace_back(s.column_blob(0));
    return out;
}

Pbx::Pbx(std::vector<std::string> args) {
    std::vector<std::string> argv{KXCTI_PBXSIM_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--listen", "127.0.0.1:0"});
    process = std::make_unique<ChildProcess>(argv);
    const auto line = process->wait_for_line("listening on ", std::chrono::seconds(20));
    if (!line) throw std::runtime_error("kxcti-pbxsim did not start: " + process->err());
    port = static_cast<std::uint16_t>(std::stoi(line->substr(line->rfind(':') + 1)));
}

std::vector<std::string> pbx_lines(const ScratchDir& dir, std::vector<std::string> args) {
    const auto file = dir / "expected.smdr";
    std::vector<std::string> argv{KXCTI_PBXSIM_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--out", file.string()});
    const auto r = run_program(argv);
    if (r.status != 0) throw std::runtime_error("kxcti-pbxsim --out failed: " + r.err);
    std::vector<std::string> lines;
    std::istringstream in(read_all(file));
    for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines.push_back(l);
    }
    return lines;
}

std::filesystem::path tcp_link_config(const ScratchDir& dir, std::uint16_t port) {
    const auto path = dir / "kxcti.conf";
    write_all(path, "[link pbx]\n"
                    "type = tcp\n"
                    "host = 127.0.0.1\n"
                    "port = " + std::to_string(port) + "\n"
                    "backoff_initial_ms = 10\n"
                    "backoff_max_ms = 50\n"
                    // The clients' port: any free one, so that tests run side by side.
                    "[clients]\naddress = 127.0.0.1\nport = 0\n");
    return path;
}

std::unique_ptr<ChildProcess> start_server(const std::filesystem::path& config, const std::filesystem::path& data_dir) {
    return std::make_unique<ChildProcess>(std::vector<std::string>{
        KXCTI_SERVER_EXE, "run", "--config", config.string(), "--data-dir", data_dir.string()});
}

} // namespace kxcti::test
