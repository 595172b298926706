#include "tests/callerid/callerid_rig.h"

#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace kxcti::test::callerid {

QApplication& qt_app() {
    static int argc = 1;
    static char name[] = "tests_callerid";
    static char* argv[] = {name, nullptr};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: at exit, static destructors (translators, fonts, the platform's
    // connection) would otherwise run in an unknown order against a dying QApplication.
    static auto* app = new QApplication(argc, argv);
    return *app;
}

bool wait_for(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    qt_app();
    QDeadlineTimer deadline(timeout.count());
    while (!done()) {
        if (deadline.hasExpired()) return false;
        // Sleeps in the event loop until something arrives (at most 10 ms), then looks again.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

std::uint16_t free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot bind a loopback port");
    }
    ::close(fd);
    return ntohs(a.sin_port);
}

std::string layout_a(const std::string& date, const std::string& time, const std::string& ext, const std::string& co,
                     const std::string& dial, const std::string& ring, const std::string& duration,
                     const std::string& cd) {
    // Column offsets and widths: ../shared/reference/smdr-panasonic.md, layout A.
    std::string s(80, ' ');
    auto put = [&](std::size_t at, std::size_t width, const std::string& v) { s.replace(at, std::min(width, v.size()), v.substr(0, width)); };
    put(0, 8, date);
    put(9, 7, time);
    put(17, 5, ext);
    put(23, 2, co);
    put(26, 25, dial);
    put(52, 4, ring);
    put(57, 8, duration);
    put(77, 3, cd);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

namespace {
void run_server_command(const std::vector<std::string>& args, const std::string& input = {}) {
    std::vector<std::string> argv{KXCTI_SERVER_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = run_program(argv, input);
    INFO(r.err);
    REQUIRE(r.status == 0);
}
} // namespace

ServerRig::ServerRig(const std::string& extra_clients_config) {
    client_port = free_port();
    pbx_port = free_port();
    config = dir / "kxcti.conf";
    data = dir / "data";
    write_all(config, "[link pbx]\ntype = tcp\nhost = 127.0.0.1\nport = " + std::to_string(pbx_port) +
                          "\nbackoff_initial_ms = 10\nbackoff_max_ms = 50\n"
                          "[clients]\naddress = 127.0.0.1\nport = " + std::to_string(client_port) +
                          "\nshutdown_timeout_s = 1\n" + extra_clients_config);
}

ServerRig::~ServerRig() {
    if (pbx) pbx->signal(SIGTERM), pbx->wait(5s);
    if (server) stop();
}

void ServerRig::add_operator(const std::string& name, const std::string& ext, const std::string& group) {
    std::vector<std::string> args{"user", "add", name, "--role", "operator", "--ext", ext};
    if (!group.empty()) args.insert(args.end(), {"--group", group});
    args.insert(args.end(), {"--config", config.string(), "--data-dir", data.string()});
    run_server_command(args, std::string(kPassword) + "\n");
}

void ServerRig::site(const std::string& keys) {
    const auto file = dir / "site.conf";
    write_all(file, keys);
    run_server_command({"config", "import", file.string(), "--config", config.string(), "--data-dir", data.string()});
}

void ServerRig::import(const std::vector<std::string>& lines) {
    const auto file = dir / "history.txt";
    std::string text;
    for (const auto& l : lines) text += l + "\r\n";
    write_all(file, text);
    run_server_command({"import", file.string(), "--quiet", "--config", config.string(), "--data-dir", data.string()});
}

void ServerRig::start() {
    server = std::make_unique<ChildProcess>(std::vector<std::string>{
        KXCTI_SERVER_EXE, "run", "--config", config.string(), "--data-dir", data.string()});
    // The log names the clients' port once the listener is bound.
    const auto bound = "--port " + std::to_string(client_port);
    const bool up = wait_for([&] { return server->err().find(bound) != std::string::npos || !server->running(); });
    INFO(server->err());
    REQUIRE(up);
    REQUIRE(server->running());
}

void ServerRig::stop() {
    server->signal(SIGTERM);
    const auto status = server->wait(kWait);
    INFO(server->err());
    CHECK(status == 0);
    server.reset();
}

void ServerRig::feed(const std::vector<std::string>& lines) {
    if (pbx) {
        pbx->signal(SIGTERM);
        REQUIRE(pbx->wait(kWait));
    }
    const auto file = dir / ("feed" + std::to_string(++feeds) + ".txt");
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    write_all(file, text);
    pbx = std::make_unique<ChildProcess>(std::vector<std::string>{
        KXCTI_PBXSIM_EXE, "--replay", file.string(), "--rate", "0", "--page", "0", "--listen",
        "127.0.0.1:" + std::to_string(pbx_port)});
    const auto first = pbx->read_line(kWait);
    INFO(pbx->err());
    REQUIRE(first);
    REQUIRE(first->rfind("listening on", 0) == 0);
}

kxcti::callerid::AppOptions ServerRig::client(const std::string& user, const std::string& ext, const std::string& name) {
    kxcti::callerid::AppOptions o;
    o.settings_file = QString::fromStdString((dir / (name + ".ini")).string());
    o.host = QStringLiteral("127.0.0.1");
    o.port = client_port;
    o.user = QString::fromStdString(user);
    o.extensions = QStringList{QString::fromStdString(ext)};
    o.password = QString::fromLatin1(kPassword);
    return o;
}

} // namespace kxcti::test::callerid
