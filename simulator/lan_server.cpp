// The LAN side of the simulated PBX: one client at a time, the "-" / user / "Enter Password:" /
// password dialogue (../shared/reference/smdr-panasonic.md, Transport), then records. Plain
// blocking sockets and poll(): one thread, one client, nothing to share.
#include "simulator/run.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace kxcti::sim {
namespace {

// A wrong password is prompted again this many times in all before "Rejected".
constexpr int kPasswordTries = 3;
// Longest user or password line we buffer: a client that sends more is not a login client.
constexpr std::size_t kMaxDialogueBytes = 256;
// poll() wakes at least this often so a stop request is seen even if its signal came between
// the check and the call.
constexpr int kMaxPollMs = 200;

constexpr std::string_view kPrompt = "-";
constexpr std::string_view kPasswordPrompt = "Enter Password:";
constexpr std::string_view kRejected = "Rejected\r\n";

int open_listener(const SimOptions& o, std::string& shown) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    std::string port = std::to_string(o.listen_port);
    if (int rc = ::getaddrinfo(o.listen_host.c_str(), port.c_str(), &hints, &found); rc != 0)
        throw std::runtime_error("cannot listen on " + o.listen_host + ": " + ::gai_strerror(rc));
    std::string error = "no address";
    int fd = -1;
    for (addrinfo* a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) continue;
        int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 8) != 0) {
            error = std::strerror(errno);
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0) throw std::runtime_error("cannot listen on " + o.listen_host + ":" + port + ": " + error);

    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
    char host[INET6_ADDRSTRLEN] = "?";
    std::uint16_t bound = 0;
    if (ss.ss_family == AF_INET) {
        auto* in = reinterpret_cast<sockaddr_in*>(&ss);
        ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        bound = ntohs(in->sin_port);
        shown = std::string(host) + ":" + std::to_string(bound);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&ss);
        ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        bound = ntohs(in6->sin6_port);
        shown = "[" + std::string(host) + "]:" + std::to_string(bound);
    }
    return fd;
}

bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}

bool send_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR && !stop_requested()) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

class LanServer {
public:
    LanServer(const SimOptions& o, LineSource& source, SimStats& stats, std::shared_ptr<ModelClock> model)
        : o_(o), stats_(stats), source_(source), pacer_(o.rate, o.speed, std::move(model)) {
        refuse_left_ = o.refuse_logins;
    }
    ~LanServer() {
        close_client();
        if (listener_ >= 0) ::close(listener_);
    }

    int run(std::ostream& out, const std::string& then_say) {
        std::string shown;
        listener_ = open_listener(o_, shown);
        out << "listening on " << shown << std::endl;  // a parent reads the port from this line
        if (!then_say.empty()) out << then_say << std::endl;
        while (!stop_requested()) {
            if (state_ == State::Streaming) stream();
            if (exit_due()) return 0;
            pollfd fds[2] = {{listener_, POLLIN, 0}, {client_, POLLIN, 0}};
            int timeout = kMaxPollMs;
            if (state_ == State::Streaming && resend_) timeout = std::min(timeout, pacer_.wait_ms(*resend_));
            int n = ::poll(fds, client_ >= 0 ? 2 : 1, timeout);
            if (n < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
            if (n <= 0) continue;
            // The client first: one that hung up frees the place before a newcomer is judged.
            if (client_ >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) read_client();
            if (fds[0].revents & POLLIN) accept_client();
        }
        return 0;
    }

private:
    enum class State { None, Silent, AwaitUser, AwaitPassword, Streaming };

    bool exit_due() const { return o_.exit_after_lines != 0 && stats_.lines >= o_.exit_after_lines; }

    void accept_client() {
        int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) return;
        // A client that reconnects at once may be seen before the end of its old connection:
        // read what the old one still has (its hang-up included) before turning anyone away.
        while (client_ >= 0 && readable(client_)) read_client();
        if (client_ >= 0) {
            // The PBX serves one SMDR client at a time.
            send_all(fd, kRejected);
            ::close(fd);
            ++stats_.turned_away;
            return;
        }
        client_ = fd;
        input_.clear();
        wrong_passwords_ = 0;
        lines_on_connection_ = 0;
        if (o_.silent) {
            state_ = State::Silent;
            return;
        }
        state_ = State::AwaitUser;
        if (!send_all(client_, kPrompt)) close_client();
    }

    void close_client() {
        if (client_ >= 0) ::close(client_);
        client_ = -1;
        state_ = State::None;
    }

    void read_client() {
        char buf[512];
        ssize_t n = ::recv(client_, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR) return;
        if (n <= 0) return close_client();
        if (state_ == State::Silent || state_ == State::Streaming) return;  // what a client says now is ignored
        input_.append(buf, static_cast<std::size_t>(n));
        while (client_ >= 0 && (state_ == State::AwaitUser || state_ == State::AwaitPassword)) {
            auto end = input_.find_first_of("\r\n");
            if (end == std::string::npos) {
                if (input_.size() > kMaxDialogueBytes) reject(false);
                return;
            }
            std::string answer = input_.substr(0, end);
            input_.erase(0, end + 1);
            if (answer.empty()) continue;  // the LF of a CRLF
            dialogue(answer);
        }
    }

    void dialogue(const std::string& answer) {
        if (state_ == State::AwaitUser) {
            if (answer != o_.user) return reject(true);
            state_ = State::AwaitPassword;
            if (!send_all(client_, kPasswordPrompt)) close_client();
            return;
        }
        if (answer != o_.password) {
            if (++wrong_passwords_ >= kPasswordTries) return reject(true);
            if (!send_all(client_, std::string("\r\n") + std::string(kPasswordPrompt))) close_client();
            return;
        }
        if (refuse_left_ > 0) {
            --refuse_left_;
            return reject(true);
        }
        ++stats_.logins;
        state_ = State::Streaming;
        pacer_.restart();
    }

    void reject(bool count) {
        send_all(client_, kRejected);
        if (count) ++stats_.refused;
        close_client();
    }

    // Sends every line that is due now.
    void stream() {
        while (state_ == State::Streaming && !exhausted_ && !exit_due() && !stop_requested()) {
            // The next line waits in resend_ until it is due (or a client takes it after a drop).
            if (!resend_) resend_ = source_.next();
            if (!resend_) {
                exhausted_ = true;  // like a PBX with no more calls: stay connected, silent
                return;
            }
            if (pacer_.wait_ms(*resend_) > 0) return;
            std::optional<SourceLine> line = std::exchange(resend_, std::nullopt);
            if (o_.drop_mid_line_after != 0 && lines_on_connection_ == o_.drop_mid_line_after) {
                // Half of the line, then the connection goes; the PBX still holds the record.
                std::size_t half = std::max<std::size_t>(1, line->text.size() / 2);
                send_all(client_, std::string_view(line->text).substr(0, half));
                resend_ = std::move(line);
                ++stats_.drops;
                close_client();
                return;
            }
            if (!send_all(client_, line->text + o_.newline)) {
                resend_ = std::move(line);  // not delivered: the next client gets it
                close_client();
                return;
            }
            ++lines_on_connection_;
            ++stats_.lines;
            if (line->record) ++stats_.records;
            if (line->garbage) ++stats_.garbage;
            pacer_.sent(*line);
        }
    }

    const SimOptions& o_;
    SimStats& stats_;
    LineSource& source_;
    Pacer pacer_;
    int listener_ = -1;
    int client_ = -1;
    State state_ = State::None;
    std::string input_;
    int wrong_passwords_ = 0;
    std::uint64_t refuse_left_ = 0;
    std::uint64_t lines_on_connection_ = 0;
    std::optional<SourceLine> resend_;  // the next line: due later, or cut by a drop
    bool exhausted_ = false;
};

} // namespace

int run_listen(const SimOptions& options, LineSource& source, SimStats& stats, std::ostream& out,
               std::shared_ptr<ModelClock> model, const std::string& then_say) {
    LanServer server(options, source, stats, std::move(model));
    return server.run(out, then_say);
}

} // namespace kxcti::sim
