#include "server/daemon/simulator_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/prctl.h>
#include <cstdio>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace kxcti::server {
namespace {

std::uint16_t parse_listening_line(const std::string& line) {
    // "listening on 127.0.0.1:40123"
    constexpr std::string_view kPrefix = "listening on ";
    if (line.rfind(kPrefix, 0) != 0) return 0;
    auto colon = line.rfind(':');
    if (colon == std::string::npos) return 0;
    try {
        long port = std::stol(line.substr(colon + 1));
        return port > 0 && port < 65536 ? static_cast<std::uint16_t>(port) : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

} // namespace

std::filesystem::path find_simulator() {
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto beside = self.parent_path() / "kxcti-pbxsim";
        if (std::filesystem::exists(beside)) return beside;
        // In the build tree the server is in server/ and the simulator in simulator/.
        auto build_tree = self.parent_path().parent_path() / "simulator" / "kxcti-pbxsim";
        if (std::filesystem::exists(build_tree)) return build_tree;
    }
    return "kxcti-pbxsim";
}

SimulatorProcess::SimulatorProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                                   std::chrono::milliseconds startup) {
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    std::vector<std::string> words{program.string()};
    words.insert(words.end(), args.begin(), args.end());
    words.push_back("--listen");
    words.push_back("127.0.0.1:0");
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);

    // fork + exec rather than posix_spawn: the child asks the kernel for SIGTERM when we die,
    // so a server killed with -9 never leaves a demo PBX running on its own.
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int err = errno;
        ::close(out[0]);
        ::close(out[1]);
        throw std::runtime_error(std::string("cannot start the simulator: fork: ") + std::strerror(err));
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(1);  // the parent died before prctl took effect
        ::dup2(out[1], STDOUT_FILENO);
        // Nothing else of ours: the clients' listening sockets (Asio opens them without
        // close-on-exec) must not stay open in the simulator after the server stops.
        ::close_range(3, ~0U, 0);
        ::execvp(argv[0], argv.data());
        std::fprintf(stderr, "kxcti-server: cannot run %s: %s\n", argv[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(out[1]);
    pid_ = pid;

    // Read its first line: "listening on HOST:PORT". Bounded in time and in bytes.
    constexpr std::size_t kMaxBannerBytes = 256;
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + startup;
    bool done = false;
    while (!done && line.size() < kMaxBannerBytes) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) break;
        pollfd p{out[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
        char c;
        if (::read(out[0], &c, 1) != 1) break;
        if (c == '\n') done = true;
        else line.push_back(c);
    }
    // Keep the read end open for the child's life: closing it would kill the child with SIGPIPE
    // if it ever printed again.
    stdout_fd_ = out[0];
    port_ = parse_listening_line(line);
    if (port_ == 0) {
        stop();
        throw std::runtime_error("the simulator " + words[0] + " did not report its port (got '" + line + "')");
    }
}

SimulatorProcess::~SimulatorProcess() { stop(); }

void SimulatorProcess::stop() {
    if (stdout_fd_ >= 0) ::close(stdout_fd_);
    stdout_fd_ = -1;
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    // Give it a moment to go quietly, then make sure.
    for (int i = 0; i < 50; ++i) {
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        ::usleep(20'000);
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
}

} // namespace kxcti::server
