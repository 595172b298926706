#include "tests/supervisor/gui_fixture.h"

#include "tests/support/pbxsim.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTime>
#include <QWidget>

#include <csignal>
#include <cstdio>
#include <regex>
#include <stdexcept>

namespace kxcti::test {

namespace {

std::string exe(const char* path) {
    return path;
}

void must_run(const std::vector<std::string>& argv, const std::string& input = {}) {
    const auto r = run_program(argv, input);
    if (r.status != 0) {
        std::string cmd;
        for (const auto& a : argv) cmd += a + " ";
        throw std::runtime_error(cmd + "failed (" + std::to_string(r.status) + "): " + r.err);
    }
}

// One SMDR line of layout C (the reference's column table: Date 8@0, Time 7@9, Ext 5@17,
// CO 4@23, Dial Number 50@28, Ring 4@79, Duration 8@84, Cost 11@93, Acc code 10@105, CD 3@116).
std::string layout_c(const std::string& date, const std::string& time, const std::string& ext, const std::string& co,
                     const std::string& dial, const std::string& ring, const std::string& duration,
                     const std::string& cd) {
    std::string line(120, ' ');
    auto put = [&](std::size_t at, std::size_t width, const std::string& v, bool right) {
        const std::string s = v.substr(0, width);
        line.replace(right ? at + width - s.size() : at, s.size(), s);
    };
    put(0, 8, date, false);
    put(9, 7, time, false);
    put(17, 5, ext, true);
    put(23, 4, co, true);
    put(28, 50, dial, false);
    put(79, 4, ring, false);
    put(84, 8, duration, false);
    if (!duration.empty()) put(93, 11, "EU000000.00", false);
    put(116, 3, cd, false);
    return line;
}

// Today's live calls: two finished (one answered, one lost), one ringing in group 601 and at
// 402, one answered by 403 and still talking. RC / AN / NA are the PBX's optional ring records.
std::string live_lines() {
    const auto d = QDate::currentDate();
    const auto date = QString::asprintf("%02d/%02d/%02d", d.day(), d.month(), d.year() % 100).toStdString();
    const auto time = QTime::currentTime().toString(QStringLiteral("HH:mm")).toStdString();
    const std::string a = "<D>2301<I>0501111111", b = "<D>2301<I>0502222222", c = "<D>2301<I>0503333333",
                      e = "<D>2301<I>0504444444";
    std::vector<std::string> lines{
        layout_c(date, time, "601", "01", a, "", "", "RC"),
        layout_c(date, time, "401", "01", a, "", "", "RC"),
        layout_c(date, time, "401", "01", a, "0'05", "", "AN"),
        layout_c(date, time, "601", "01", a, "0'05", "00:00'00", ""),
        layout_c(date, time, "401", "01", a, "0'05", "00:01'30", ""),
        layout_c(date, time, "601", "02", b, "", "", "RC"),
        layout_c(date, time, "601", "02", b, "0'40", "00:00'00", "NA"),
        layout_c(date, time, "601", "04", e, "", "", "RC"),
        layout_c(date, time, "403", "04", e, "", "", "RC"),
        layout_c(date, time, "403", "04", e, "0'07", "", "AN"),
        layout_c(date, time, "601", "03", c, "", "", "RC"),
        layout_c(date, time, "402", "03", c, "", "", "RC"),
    };
    std::string out = "# source: tests/supervisor/gui_fixture.cpp (layout C, written for the live board test)\n";
    for (const auto& l : lines) out += l + "\r\n";
    return out;
}

} // namespace

QApplication& gui_app() {
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The tests' settings live in their own file, not the user's.
        qputenv("KXCTI_SUPERVISOR_SETTINGS", QDir::temp().filePath(QStringLiteral("kxcti-supervisor-test.ini")).toUtf8());
        static int argc = 1;
        static char name[] = "tests_supervisor";
        static char* argv[] = {name, nullptr};
        return new QApplication(argc, argv);
    }();
    return *app;
}

bool wait_for(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeout.count()) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
    }
    return true;
}

std::string history_day() {
    QDate d = QDate::currentDate().addDays(-7);
    while (d.dayOfWeek() != Qt::Monday) d = d.addDays(-1);
    return d.toString(Qt::ISODate).toStdString();
}

std::string today_iso() {
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

LiveServer::LiveServer() {
    const std::string server_exe = exe(KXCTI_SERVER_EXE);
    db = dir / "kxcti.db";
    // History: the busy-hour scenario's day, in layout C (ring times, so waits are known).
    const auto history = dir / "history.txt";
    must_run({exe(KXCTI_PBXSIM_EXE), "--traffic", "busy-hour", "--layout", "C", "--start", history_day(), "--out",
              history.string()});
    must_run({server_exe, "import", history.string(), "--db", db.string()});
    write_all(dir / "site.conf",
              "trunks = 20\n"
              "[operator.401]\nname = Анна Петрова\n"
              "[operator.402]\nname = Олег Коваленко\n"
              "[group.601]\nname = Продажи\n"
              "[group.602]\nname = Support\n"
              "[channel.2301]\nname = Google Ads\nspend = 1500\n");
    must_run({server_exe, "config", "import", (dir / "site.conf").string(), "--db", db.string()});
    must_run({server_exe, "user", "add", "admin", "--role", "admin", "--db", db.string()}, std::string(kPassword) + "\n");
    must_run({server_exe, "user", "add", "sup601", "--role", "supervisor", "--group", "601", "--db", db.string()},
             std::string(kPassword) + "\n");

    write_all(dir / "live.txt", live_lines());
    pbx = std::make_unique<ChildProcess>(std::vector<std::string>{exe(KXCTI_PBXSIM_EXE), "--replay",
                                                                  (dir / "live.txt").string(), "--layout", "C",
                                                                  "--rate", "50", "--listen", "127.0.0.1:0"});
    const auto listening = pbx->wait_for_line("listening on", kPbxSimTimeout);
    if (!listening) throw std::runtime_error("kxcti-pbxsim did not start: " + pbx->err());
    const auto pbx_port = listening->substr(listening->rfind(':') + 1);

    write_all(dir / "kxcti.conf", "[smdr]\ndate_order = dmy\n"
                                  "[link pbx]\ntype = tcp\nhost = 127.0.0.1\nport = " + pbx_port + "\n"
                                  "[clients]\naddress = 127.0.0.1\nport = 0\n");
    server = std::make_unique<ChildProcess>(std::vector<std::string>{
        server_exe, "run", "--config", (dir / "kxcti.conf").string(), "--db", db.string(), "--data-dir",
        dir.path().string()});
    static const std::regex listening_re("clients listening on [0-9.]+:([0-9]+)");
    std::smatch m;
    const bool up = wait_for([&] {
        const auto& log = server->err();
        if (std::regex_search(log, m, listening_re)) {
            port = static_cast<std::uint16_t>(std::stoi(m[1]));
            return true;
        }
        return !server->running();
    });
    if (!up || port == 0) throw std::runtime_error("kxcti-server run did not start: " + server->err());
}

LiveServer::~LiveServer() {
    if (server) {
        server->signal(SIGTERM);
        server->wait(10s);
    }
    if (pbx) {
        pbx->signal(SIGTERM);
        pbx->wait(10s);
    }
}

std::vector<std::vector<std::string>> LiveServer::report_csv(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{exe(KXCTI_SERVER_EXE), "report"};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--format", "csv", "--db", db.string()});
    const auto r = run_program(argv);
    if (r.status != 0) throw std::runtime_error("kxcti-server report failed: " + r.err);
    return parse_csv(r.out, ',');
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text, char sep) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == sep) {
            row.push_back(field);
            field.clear();
            any = true;
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            if (any || !field.empty()) row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

void save_screenshot(QWidget& w, const std::string& screen, const QString& lang) {
    const QString dir = QStringLiteral(KXCTI_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/supervisor-") + QString::fromStdString(screen) + u'-' + lang + QStringLiteral(".png");
    if (!w.grab().save(path)) throw std::runtime_error("cannot write " + path.toStdString());
}

} // namespace kxcti::test
