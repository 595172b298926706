#include "tests/support/child_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace kxcti::test {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() < 0 ? 0 : static_cast<int>(left.count());
}

void make_pipe(int fds[2]) {
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
}

// fork + exec with the given pipe ends as stdin/stdout/stderr (-1: /dev/null for stdin).
int spawn(const std::vector<std::string>& argv, int in_fd, int out_fd, int err_fd) {
    if (argv.empty()) throw std::invalid_argument("spawn: empty argv");
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        if (in_fd < 0) in_fd = ::open("/dev/null", O_RDONLY);
        ::dup2(in_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        ::setpgid(0, 0);  // a test's kill never reaches the test runner
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

int decode_status(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

} // namespace

ChildProcess::ChildProcess(std::vector<std::string> argv) {
    int out[2], err[2];
    make_pipe(out);
    make_pipe(err);
    pid_ = spawn(argv, -1, out[1], err[1]);
    ::close(out[1]);
    ::close(err[1]);
    out_fd_ = out[0];
    err_fd_ = err[0];
    ::fcntl(err_fd_, F_SETFL, ::fcntl(err_fd_, F_GETFL) | O_NONBLOCK);
}

ChildProcess::~ChildProcess() {
    if (running()) {
        ::kill(pid_, SIGKILL);
        wait(std::chrono::seconds(10));
    }
    if (out_fd_ >= 0) ::close(out_fd_);
    if (err_fd_ >= 0) ::close(err_fd_);
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (const auto nl = out_buf_.find('\n'); nl != std::string::npos) {
            std::string line = out_buf_.substr(0, nl);
            out_buf_.erase(0, nl + 1);
            return line;
        }
        if (out_fd_ < 0) return std::nullopt;
        pollfd p{out_fd_, POLLIN, 0};
        const int n = ::poll(&p, 1, remaining_ms(deadline));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        char buf[4096];
        const ssize_t got = ::read(out_fd_, buf, sizeof buf);
        if (got <= 0) {
            ::close(out_fd_);
            out_fd_ = -1;
            if (out_buf_.empty()) return std::nullopt;
            std::string last;
            last.swap(out_buf_);
            return last;
        }
        out_buf_.append(buf, static_cast<std::size_t>(got));
    }
}

std::optional<std::string> ChildProcess::wait_for_line(const std::string& needle,
                                                       std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (auto line = read_line(std::chrono::milliseconds(remaining_ms(deadline)))) {
        if (line->find(needle) != std::string::npos) return line;
    }
    return std::nullopt;
}

void ChildProcess::drain_err() {
    if (err_fd_ < 0) return;
    char buf[4096];
    for (;;) {
        const ssize_t got = ::read(err_fd_, buf, sizeof buf);
        if (got > 0) {
            err_buf_.append(buf, static_cast<std::size_t>(got));
            continue;
        }
        if (got == 0) {
            ::close(err_fd_);
            err_fd_ = -1;
        }
        return;
    }
}

const std::string& ChildProcess::err() {
    drain_err();
    return err_buf_;
}

void ChildProcess::signal(int signo) {
    if (running()) ::kill(pid_, signo);
}

bool ChildProcess::running() {
    if (status_) return false;
    int st = 0;
    const pid_t r = ::waitpid(pid_, &st, WNOHANG);
    if (r == pid_) status_ = decode_status(st);
    return !status_;
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    // Polling waitpid keeps this free of SIGCHLD handlers that would disturb the test runner.
    while (running()) {
        drain_err();
        if (Clock::now() >= deadline) return std::nullopt;
        ::usleep(10'000);
    }
    drain_err();
    return status_;
}

RunResult run_program(const std::vector<std::string>& argv, const std::string& input,
                      std::chrono::milliseconds timeout) {
    int in[2], out[2], err[2];
    make_pipe(in);
    make_pipe(out);
    make_pipe(err);
    const int pid = spawn(argv, in[0], out[1], err[1]);
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    ::fcntl(in[1], F_SETFL, ::fcntl(in[1], F_GETFL) | O_NONBLOCK);
    RunResult result;
    std::size_t written = 0;
    int in_fd = in[1];
    if (input.empty()) {
        ::close(in_fd);
        in_fd = -1;
    }
    const auto deadline = Clock::now() + timeout;
    int open_outputs = 2;
    while (open_outputs > 0) {
        pollfd p[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in_fd, POLLOUT, 0}};
        const int n = ::poll(p, in_fd >= 0 ? 3 : 2, remaining_ms(deadline));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::kill(pid, SIGKILL);
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[65536];
            const ssize_t got = ::read(p[i].fd, buf, sizeof buf);
            if (got > 0) {
                (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(got));
            } else {
                ::close(p[i].fd);
                (i == 0 ? out[0] : err[0]) = -1;
                --open_outputs;
            }
        }
        if (in_fd >= 0 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t put = ::write(in_fd, input.data() + written, input.size() - written);
            if (put > 0) written += static_cast<std::size_t>(put);
            if (put < 0 || written == input.size()) {
                ::close(in_fd);
                in_fd = -1;
            }
        }
    }
    if (in_fd >= 0) ::close(in_fd);
    if (out[0] >= 0) ::close(out[0]);
    if (err[0] >= 0) ::close(err[0]);
    int st = 0;
    ::waitpid(pid, &st, 0);
    result.status = decode_status(st);
    return result;
}

} // namespace kxcti::test
