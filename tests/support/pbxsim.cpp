#include "tests/support/pbxsim.h"

#include "tests/support/temp_dir.h"

#include <csignal>
#include <cstdio>
#include <stdexcept>

namespace kxcti::test {

PbxSim::PbxSim(const std::vector<std::string>& options) {
    std::vector<std::string> argv{KXCTI_PBXSIM_EXE, "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), options.begin(), options.end());
    process_ = std::make_unique<ChildProcess>(argv);
    auto line = process_->wait_for_line("listening on ", kPbxSimTimeout);
    auto colon = line ? line->rfind(':') : std::string::npos;
    if (colon == std::string::npos) {
        process_->wait(std::chrono::seconds(1));
        throw std::runtime_error("kxcti-pbxsim did not start listening: " + process_->err());
    }
    port_ = static_cast<std::uint16_t>(std::stoul(line->substr(colon + 1)));
}

std::optional<int> PbxSim::terminate() {
    process_->signal(SIGTERM);
    return process_->wait(kPbxSimTimeout);
}

std::vector<std::string> pbxsim_lines(const std::vector<std::string>& options) {
    ScratchDir dir("kxcti-pbxsim-out");
    auto file = dir / "out.txt";
    std::vector<std::string> argv{KXCTI_PBXSIM_EXE, "--out", file.string()};
    argv.insert(argv.end(), options.begin(), options.end());
    auto result = run_program(argv, {}, kPbxSimTimeout);
    if (result.status != 0)
        throw std::runtime_error("kxcti-pbxsim --out failed (" + std::to_string(result.status) + "): " + result.err);
    std::string bytes = read_all(file);
    std::vector<std::string> lines;
    std::string line;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
            lines.push_back(std::move(line));
            line.clear();
        } else {
            line.push_back(c);
        }
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

std::optional<PbxSimSummary> parse_pbxsim_summary(const std::string& text) {
    auto at = text.rfind("kxcti-pbxsim: sent ");
    if (at == std::string::npos) return std::nullopt;
    PbxSimSummary s;
    unsigned long long v[7] = {};
    int n = std::sscanf(text.c_str() + at,
                        "kxcti-pbxsim: sent %llu lines (%llu records, %llu garbage lines), %llu lines cut by a "
                        "drop, %llu logins, %llu logins refused, %llu extra clients turned away",
                        &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6]);
    if (n != 7) return std::nullopt;
    s.lines = v[0], s.records = v[1], s.garbage = v[2], s.drops = v[3], s.logins = v[4], s.refused = v[5],
    s.turned_away = v[6];
    return s;
}

} // namespace kxcti::test
