#pragma once
// A real child process for tests that drive the built programs (kxcti-server, kxcti-pbxsim,
// socat): stdout and stderr are captured through pipes and read with deadlines, so a test
// that waits for a line never hangs past its timeout. The destructor kills what is still alive.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::test {

class ChildProcess {
public:
    // argv[0] is the program path (no PATH search unless it has no '/').
    explicit ChildProcess(std::vector<std::string> argv);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    int pid() const { return pid_; }

    // The next stdout line (without its '\n'), or nullopt at EOF or when `timeout` passes.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    // Reads stdout lines until one contains `needle`; returns it, or nullopt (EOF / timeout).
    std::optional<std::string> wait_for_line(const std::string& needle, std::chrono::milliseconds timeout);
    // Everything written to stderr so far (non-blocking drain).
    const std::string& err();

    void signal(int signo);
    // Exit status (code, or 128 + signal) once the child ends within `timeout`; nullopt otherwise.
    std::optional<int> wait(std::chrono::milliseconds timeout);
    bool running();

private:
    void drain_err();

    int pid_ = -1;
    int out_fd_ = -1;
    int err_fd_ = -1;
    std::string out_buf_;
    std::string err_buf_;
    std::optional<int> status_;
};

// Runs a program to completion and returns (exit status, stdout, stderr). Input is fed on stdin.
struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};
RunResult run_program(const std::vector<std::string>& argv, const std::string& input = {},
                      std::chrono::milliseconds timeout = std::chrono::seconds(60));

} // namespace kxcti::test
