// kxcti-bench-fanout: a PBX line in -> the event on N connected clients, against a real
// `kxcti-server run` (docs/performance.md, "Live fan-out"). It plays the PBX on a [link]
// of type listen (pushing layout A "RC" lines, as a buffer box would) and N clients of the
// binary protocol (kxcti-cli kind, live feature, logged in) or of the NCID feed, on one epoll
// thread. Per (event, client) it records the time from the PBX line's send() to the epoll wake
// that carried the client's CallRinging / CID line; it reports p50 / p99 / max, events missed
// and the server's RSS (/proc/PID/status).
//
//   kxcti-bench-fanout add-user DB USER        an admin hashed with the minimum iterations
//                                              (password from KXCTI_PASSWORD), so that 1,000
//                                              logins take a second, not 1,000 x 0.3 s
//   kxcti-bench-fanout binary|ncid --pbx-port P --port C [-n 1000] [-k 200] [--interval-ms 20]
//                                  [--user U] [--pid PID] [--sources 8] [--tag DIGITS]
//                                  [--drain-s 60]
//
// Timing is like ../shared/bench/fanout_bench.py's: CLOCK_MONOTONIC, the arrival is the wake-up
// of the epoll batch holding the client's socket (an upper bound including the harness's loop).
#include "common/storage/schema.h"
#include "protocol/frame_reader.h"
#include "protocol/messages.h"
#include "server/accounts/account_store.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace kxcti;
using Steady = std::chrono::steady_clock;

namespace {

// Connections in their handshake at once: enough to fill 1,000 in a second or two, few enough
// that the server's accept backlog and login lane are never the thing measured.
constexpr int kConnectConcurrency = 32;
// The caller number carries the run's tag and the event number: a prefix no real number
// starts with here, so that runs against one server never mistake each other's calls.
constexpr const char* kCallerPrefix = "77";

struct Options {
    std::string mode;
    std::uint16_t pbx_port = 0, port = 0;
    int clients = 1000, events = 200;
    double interval_ms = 20;
    std::string user = "bench";
    int pid = 0;
    int sources = 8;  // 127.0.0.x source addresses: spreads [clients] per-address login limits
    std::string tag = std::to_string(10 + ::getpid() % 90);  // two digits
    // After the last event, how long late deliveries still count: past it an event is missed.
    int drain_s = 60;
};

[[noreturn]] void die(const std::string& why) {
    std::cerr << "kxcti-bench-fanout: " << why << '\n';
    std::exit(1);
}

std::int64_t now_ns() { return std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now().time_since_epoch()).count(); }

int connect_to(std::uint16_t port, int source, bool blocking) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0) die(std::string("socket: ") + std::strerror(errno));
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(0x7f000001u + static_cast<unsigned>(source));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) die(std::string("bind: ") + std::strerror(errno));
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(0x7f000001u);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 && errno != EINPROGRESS)
        die("connect to 127.0.0.1:" + std::to_string(port) + ": " + std::strerror(errno));
    return fd;
}

void send_all(int fd, const void* data, std::size_t n) {
    const char* p = static_cast<const char*>(data);
    while (n > 0) {
        const auto w = ::send(fd, p, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EAGAIN) continue;  // a few hundred bytes on an idle socket: rare
        if (w <= 0) die(std::string("send: ") + std::strerror(errno));
        p += w;
        n -= static_cast<std::size_t>(w);
    }
}

void send_message(int fd, const protocol::Message& m) {
    auto frame = protocol::encode_message(m, protocol::kSupportedVersions.max);
    if (!frame) die("encode: " + frame.text);
    send_all(fd, frame.value->data(), frame.value->size());
}

// A layout A line (../shared/reference/smdr-panasonic.md): an incoming call ringing at 401.
std::string ring_line(const std::string& tag, int seq) {
    char caller[32];
    std::snprintf(caller, sizeof caller, "<I>%s%s%06d", kCallerPrefix, tag.c_str(), seq);
    std::string line(80, ' ');
    auto put = [&](const std::string& v, std::size_t at) { line.replace(at, v.size(), v); };
    put("23/11/26", 0);
    put("09:00", 9);
    put("401", 17);
    put("05", 23);
    put(caller, 26);
    put("RC", 77);
    return line + "\r\n";
}

int event_of(std::string_view caller, const std::string& tag) {
    const std::string prefix = kCallerPrefix + tag;
    if (caller.substr(0, prefix.size()) != prefix) return -1;
    return std::atoi(std::string(caller.substr(prefix.size())).c_str());
}

struct Client {
    int fd = -1;
    bool ready = false, closed = false;
    protocol::FrameReader frames{protocol::kSupportedVersions};
    std::string text;  // NCID: bytes of an unfinished line
    std::vector<std::int64_t> arrival;
};

class Bench {
public:
    explicit Bench(Options o) : o_(std::move(o)), ep_(::epoll_create1(EPOLL_CLOEXEC)), sent_(o_.events, 0) {}

    int run();

private:
    bool binary() const { return o_.mode == "binary"; }
    void open(int i);
    void on_readable(Client& c, std::int64_t wake);
    void on_frame(Client& c, const protocol::Frame& f, std::int64_t wake);
    void on_line(Client& c, std::string_view line, std::int64_t wake);
    void arrived(Client& c, int event, std::int64_t wake);
    void poll(int timeout_ms);
    std::string status() const;

    Options o_;
    int ep_;
    std::vector<std::unique_ptr<Client>> clients_;
    std::vector<std::int64_t> sent_;
    int ready_ = 0, closed_ = 0, duplicates_ = 0;
};

void Bench::open(int i) {
    auto& c = *clients_[i];
    c.fd = connect_to(o_.port, i % o_.sources, /*blocking=*/false);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u32 = static_cast<std::uint32_t>(i);
    ::epoll_ctl(ep_, EPOLL_CTL_ADD, c.fd, &ev);
    if (binary()) {
        // Waits in the socket buffer until the connect completes.
        send_message(c.fd, protocol::Hello{protocol::kSupportedVersions.min, protocol::kSupportedVersions.max,
                                           protocol::ClientKind::Cli, "kxcti-bench-fanout",
                                           {std::string(protocol::kFeatureLive)}});
    }
}

void Bench::arrived(Client& c, int event, std::int64_t wake) {
    if (event < 0 || event >= o_.events || c.arrival.empty()) return;
    if (c.arrival[event]) ++duplicates_;
    else c.arrival[event] = wake;
}

void Bench::on_frame(Client& c, const protocol::Frame& f, std::int64_t wake) {
    // Events are read without Boost.Serialization: a full decode costs ~20 us, which at 1,000
    // clients x 2 frames an event would make the harness, not the server, the thing measured.
    // CallRinging's first field is call_key, "trunk|caller" (u32 length, bytes).
    const auto type = static_cast<protocol::MessageType>(f.type);
    if (type == protocol::MessageType::CallRinging && f.payload.size() >= 4) {
        std::uint32_t n = 0;
        std::memcpy(&n, f.payload.data(), 4);  // little-endian, as the archive writes it
        if (n > f.payload.size() - 4) die("CallRinging with a call_key past its frame");
        const std::string_view key(reinterpret_cast<const char*>(f.payload.data()) + 4, n);
        const auto bar = key.find('|');
        if (bar != std::string_view::npos) arrived(c, event_of(key.substr(bar + 1), o_.tag), wake);
        return;
    }
    if (c.ready) return;  // other live events: not measured
    auto m = protocol::decode_message(f);
    if (!m) die("undecodable frame: " + m.text);
    if (std::holds_alternative<protocol::Welcome>(*m.value)) {
        const char* pw = std::getenv("KXCTI_PASSWORD");
        send_message(c.fd, protocol::Login{o_.user, pw ? pw : "", ""});
    } else if (std::holds_alternative<protocol::LoginOk>(*m.value)) {
        c.ready = true;
        ++ready_;
    } else if (auto* no = std::get_if<protocol::LoginRefused>(&*m.value)) {
        die("login refused: " + no->text);
    } else if (auto* bye = std::get_if<protocol::Refused>(&*m.value)) {
        die("refused: " + bye->text);
    }
}

void Bench::on_line(Client& c, std::string_view line, std::int64_t wake) {
    if (!c.ready) {
        if (line.substr(0, 4) == "300 ") c.ready = true, ++ready_;
        if (line.substr(0, 4) == "MSG:") die("NCID feed refused a client: " + std::string(line));
        return;
    }
    const auto at = line.find("*NMBR*");
    if (line.substr(0, 5) != "CID: " || at == std::string_view::npos) return;
    const auto number = line.substr(at + 6, line.find('*', at + 6) - at - 6);
    arrived(c, event_of(number, o_.tag), wake);
}

void Bench::on_readable(Client& c, std::int64_t wake) {
    for (;;) {
        if (binary()) {
            auto room = c.frames.prepare();
            const auto n = ::recv(c.fd, room.data(), room.size(), 0);
            if (n < 0 && errno == EAGAIN) return;
            if (n <= 0) break;
            c.frames.commit(static_cast<std::size_t>(n));
            for (auto r = c.frames.next(); r.status != protocol::DecodeStatus::NeedMore; r = c.frames.next()) {
                if (r.status == protocol::DecodeStatus::Error) die("bad frame: " + r.text);
                on_frame(c, r.frame, wake);
            }
        } else {
            char buf[65536];
            const auto n = ::recv(c.fd, buf, sizeof buf, 0);
            if (n < 0 && errno == EAGAIN) return;
            if (n <= 0) break;
            c.text.append(buf, static_cast<std::size_t>(n));
            std::size_t start = 0;
            for (auto nl = c.text.find('\n'); nl != std::string::npos; nl = c.text.find('\n', start)) {
                on_line(c, std::string_view(c.text).substr(start, nl - start), wake);
                start = nl + 1;
            }
            c.text.erase(0, start);
        }
    }
    c.closed = true;
    ++closed_;
    ::epoll_ctl(ep_, EPOLL_CTL_DEL, c.fd, nullptr);
}

void Bench::poll(int timeout_ms) {
    epoll_event events[256];
    const int n = ::epoll_wait(ep_, events, 256, timeout_ms);
    const auto wake = now_ns();
    for (int i = 0; i < n; ++i) on_readable(*clients_[events[i].data.u32], wake);
}

std::string Bench::status() const {
    if (!o_.pid) return "";
    std::ifstream in("/proc/" + std::to_string(o_.pid) + "/status");
    std::string line, out;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0 || line.rfind("VmHWM:", 0) == 0 || line.rfind("Threads:", 0) == 0)
            out += " " + line.substr(0, line.find(':')) + "=" + std::to_string(std::atol(line.c_str() + line.find(':') + 1));
    return out;
}

double percentile(const std::vector<std::int64_t>& sorted, double p) {
    if (sorted.empty()) return -1;
    const auto k = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(p / 100.0 * sorted.size())));
    return sorted[std::min(k, sorted.size()) - 1] / 1e6;
}

int Bench::run() {
    const int pbx = connect_to(o_.pbx_port, 0, /*blocking=*/true);
    const std::string header = "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD\r\n" +
                               std::string(80, '-') + "\r\n";
    send_all(pbx, header.data(), header.size());

    const auto t0 = Steady::now();
    for (int i = 0; i < o_.clients; ++i) clients_.push_back(std::make_unique<Client>());
    int opened = 0;
    while (ready_ < o_.clients) {
        while (opened < o_.clients && opened - ready_ < kConnectConcurrency) open(opened++);
        poll(50);
        if (closed_) die(std::to_string(closed_) + " client(s) closed during the connect phase");
        if (Steady::now() - t0 > std::chrono::seconds(300)) die("connect phase over 300 s");
    }
    const double connect_s = std::chrono::duration<double>(Steady::now() - t0).count();
    for (auto& c : clients_) c->arrival.assign(o_.events, 0);
    const auto before = status();

    const auto interval = static_cast<std::int64_t>(o_.interval_ms * 1e6);
    std::int64_t due = now_ns() + 10'000'000;
    for (int sent = 0; sent < o_.events;) {
        const auto t = now_ns();
        if (t >= due) {
            const auto line = ring_line(o_.tag, sent);
            sent_[sent] = now_ns();
            send_all(pbx, line.data(), line.size());
            due = sent_[sent] + interval;
            ++sent;
            continue;
        }
        poll(static_cast<int>(std::max<std::int64_t>(0, (due - t) / 1'000'000)));
    }
    const auto drain_until = Steady::now() + std::chrono::seconds(o_.drain_s);
    auto complete = [&] {
        for (auto& c : clients_)
            if (!c->closed && std::count(c->arrival.begin(), c->arrival.end(), 0)) return false;
        return true;
    };
    while (!complete() && Steady::now() < drain_until) poll(20);

    std::vector<std::int64_t> all, last;
    long missed = 0;
    for (int e = 0; e < o_.events; ++e) {
        std::int64_t worst = 0;
        for (auto& c : clients_) {
            if (!c->arrival[e]) {
                ++missed;
                continue;
            }
            all.push_back(c->arrival[e] - sent_[e]);
            worst = std::max(worst, all.back());
        }
        last.push_back(worst);
    }
    std::sort(all.begin(), all.end());
    std::sort(last.begin(), last.end());
    std::printf("%s clients=%d events=%d interval_ms=%g pairs=%ld missed=%ld duplicates=%d closed=%d | "
                "latency ms p50=%.3f p99=%.3f max=%.3f | last-client p50=%.3f p99=%.3f | connect %.2f s | "
                "server before:%s after:%s\n",
                o_.mode.c_str(), o_.clients, o_.events, o_.interval_ms, static_cast<long>(o_.clients) * o_.events,
                missed, duplicates_, closed_, percentile(all, 50), percentile(all, 99), percentile(all, 100),
                percentile(last, 50), percentile(last, 99), connect_s, before.c_str(), status().c_str());
    ::close(pbx);
    for (auto& c : clients_) ::close(c->fd);
    return missed ? 1 : 0;
}

int add_user(const std::string& db_path, const std::string& user) {
    const char* pw = std::getenv("KXCTI_PASSWORD");
    if (!pw) die("set KXCTI_PASSWORD");
    auto db = storage::open_database(db_path);
    RealClock clock;
    server::accounts::AccountStore accounts(db, clock);
    accounts.add(user, protocol::Role::Admin, pw, {}, {}, server::accounts::kMinIterations);
    std::cout << "bench user " << user << " added to " << db_path << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() == 3 && a[0] == "add-user") return add_user(a[1], a[2]);
    if (a.empty() || (a[0] != "binary" && a[0] != "ncid")) die("usage: see the comment at the top of bench/fanout_bench.cpp");
    Options o;
    o.mode = a[0];
    for (std::size_t i = 1; i + 1 < a.size(); i += 2) {
        const auto& k = a[i];
        const auto& v = a[i + 1];
        if (k == "--pbx-port") o.pbx_port = static_cast<std::uint16_t>(std::stoi(v));
        else if (k == "--port") o.port = static_cast<std::uint16_t>(std::stoi(v));
        else if (k == "-n") o.clients = std::stoi(v);
        else if (k == "-k") o.events = std::stoi(v);
        else if (k == "--interval-ms") o.interval_ms = std::stod(v);
        else if (k == "--user") o.user = v;
        else if (k == "--pid") o.pid = std::stoi(v);
        else if (k == "--sources") o.sources = std::max(1, std::stoi(v));
        else if (k == "--tag") o.tag = v;
        else if (k == "--drain-s") o.drain_s = std::stoi(v);
        else die("unknown option " + k);
    }
    if (!o.pbx_port || !o.port) die("--pbx-port and --port are required");
    rlimit nofile{};
    ::getrlimit(RLIMIT_NOFILE, &nofile);
    nofile.rlim_cur = std::min<rlim_t>(nofile.rlim_max, static_cast<rlim_t>(o.clients) + 256);
    ::setrlimit(RLIMIT_NOFILE, &nofile);
    return Bench(o).run();
}
