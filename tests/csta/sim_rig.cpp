#include "tests/csta/sim_rig.h"

#include <boost/asio/post.hpp>

#include <future>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace kxcti::test::csta {

using namespace std::chrono_literals;
using kxcti::server::CstaConfig;
using kxcti::server::CstaHandlers;
namespace protocol = kxcti::protocol;

namespace {
constexpr auto kStart = std::chrono::seconds(20);
constexpr auto kDone = std::chrono::seconds(60);

const char* outcome(protocol::CallOutcome o) {
    switch (o) {
    case protocol::CallOutcome::Answered: return "answered";
    case protocol::CallOutcome::Abandoned: return "abandoned";
    default: return "unknown";
    }
}
const char* activity(protocol::OperatorActivity a) {
    switch (a) {
    case protocol::OperatorActivity::Idle: return "idle";
    case protocol::OperatorActivity::Ringing: return "ringing";
    case protocol::OperatorActivity::Talking: return "talking";
    default: return "unknown";
    }
}
} // namespace

std::string describe(const server::live::LiveEvent& e) {
    std::ostringstream s;
    if (const auto* r = std::get_if<protocol::CallRinging>(&e)) {
        s << "ringing " << r->ext << " group=" << r->group << " caller=" << r->caller << " trunk=" << r->trunk
          << " did=" << r->did << " key=" << r->call_key;
    } else if (const auto* a = std::get_if<protocol::CallAnswered>(&e)) {
        s << "answered " << a->ext << " group=" << a->group << " caller=" << a->caller << " ring=" << a->ring_s
          << " key=" << a->call_key;
    } else if (const auto* x = std::get_if<protocol::CallEnded>(&e)) {
        s << "ended " << x->ext << " group=" << x->group << " caller=" << x->caller << " " << outcome(x->outcome)
          << " ring=" << x->ring_s << " talk=" << x->duration_s << " key=" << x->call_key;
    } else if (const auto* q = std::get_if<protocol::QueueState>(&e)) {
        s << "queue " << q->group << " waiting=" << q->waiting << " oldest=" << (q->oldest_since_us ? "set" : "none");
    } else if (const auto* o = std::get_if<protocol::OperatorState>(&e)) {
        s << "operator " << o->ext << " group=" << o->group << " " << activity(o->activity) << " caller=" << o->caller;
    }
    return s.str();
}

std::vector<std::string> describe(const std::vector<server::live::LiveEvent>& events) {
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(describe(e));
    return out;
}

SimRig::SimRig(const std::string& scenario, SimRigOptions options) : translator_(options.directory) {
    write_all(dir_ / "scenario.ini", scenario);
    std::vector<std::string> argv = {KXCTI_PBXSIM_EXE, "--traffic", (dir_ / "scenario.ini").string(),
                                     "--out", (dir_ / "smdr.txt").string(), "--truth", (dir_ / "truth.jsonl").string(),
                                     "--page", "0", "--csta-port", "0", "--csta-wait"};
    argv.insert(argv.end(), options.sim_args.begin(), options.sim_args.end());
    sim_ = std::make_unique<ChildProcess>(argv);
    const auto line = sim_->wait_for_line("CSTA listening on 127.0.0.1:", kStart);
    if (!line) throw std::runtime_error("kxcti-pbxsim did not open its CTI port: " + sim_->err());
    const auto port = static_cast<std::uint16_t>(std::stoi(line->substr(line->rfind(':') + 1)));

    CstaConfig c;
    c.enabled = true;
    c.host = "127.0.0.1";
    c.port = port;
    c.backoff_initial = 10ms;
    c.backoff_max = 100ms;
    c.tick_interval = 10ms;
    CstaHandlers h;
    // All on the io thread, as in the daemon; the lock is for the test thread's reads.
    h.on_event = [this](const kxcti::csta::Event& e) {
        std::lock_guard lock(mutex_);
        auto out = translator_.on_event(e, kAtUs);
        events_.insert(events_.end(), out.events.begin(), out.events.end());
        calls_.insert(calls_.end(), out.calls.begin(), out.calls.end());
        changed_.notify_all();
    };
    h.on_snapshot = [this](const kxcti::csta::DeviceSnapshot& s) {
        std::lock_guard lock(mutex_);
        translator_.on_snapshot(s, kAtUs);
    };
    h.on_up = [this](const std::vector<kxcti::csta::MonitoredDevice>& d) {
        std::lock_guard lock(mutex_);
        auto out = translator_.on_up(d, kAtUs);
        events_.insert(events_.end(), out.events.begin(), out.events.end());
        calls_.insert(calls_.end(), out.calls.begin(), out.calls.end());
        changed_.notify_all();
    };
    h.on_down = [this](const std::string&) {
        std::lock_guard lock(mutex_);
        translator_.on_down(kAtUs);
    };
    link_ = std::make_unique<server::CstaLink>(io_, c, h, clock_);
    thread_ = std::thread([this] { io_.run(); });
    link_->start();
}

SimRig::~SimRig() {
    link_->stop();
    work_.reset();
    thread_.join();
    link_.reset();
    sim_->signal(SIGTERM);
    sim_->wait(kStart);
}

bool SimRig::wait_done(std::string& why) {
    const auto line = sim_->wait_for_line("CSTA traffic done: ", kDone);
    if (!line) {
        why = "the simulator never finished its traffic: " + sim_->err();
        return false;
    }
    std::smatch m;
    const std::regex count(R"(CSTA traffic done: (\d+) event reports sent)");
    if (!std::regex_search(*line, m, count)) {
        why = "unexpected line: " + *line;
        return false;
    }
    const std::uint64_t n = std::stoull(m[1]);
    const auto deadline = std::chrono::steady_clock::now() + kDone;
    while (link_->status().events < n) {
        if (std::chrono::steady_clock::now() > deadline) {
            why = "the link read " + std::to_string(link_->status().events) + " of " + std::to_string(n) + " events";
            return false;
        }
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, 50ms);
    }
    // The events are counted before the handler runs: a round trip through the io thread
    // makes sure the last one has been translated.
    std::promise<void> flushed;
    boost::asio::post(io_, [&] { flushed.set_value(); });
    flushed.get_future().wait();
    return true;
}

std::vector<server::live::LiveEvent> SimRig::events() {
    std::lock_guard lock(mutex_);
    return events_;
}

std::vector<server::LiveCall> SimRig::calls() {
    std::lock_guard lock(mutex_);
    return calls_;
}

server::TranslatorStats SimRig::translator_stats() {
    std::lock_guard lock(mutex_);
    return translator_.stats();
}

std::size_t SimRig::open_calls() {
    std::lock_guard lock(mutex_);
    return translator_.open_calls();
}

std::vector<std::string> SimRig::smdr_lines() {
    std::vector<std::string> out;
    std::istringstream in(read_all(dir_ / "smdr.txt"));
    for (std::string l; std::getline(in, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        if (!l.empty()) out.push_back(l);
    }
    return out;
}

std::vector<std::string> SimRig::truth() {
    std::vector<std::string> out;
    std::istringstream in(read_all(dir_ / "truth.jsonl"));
    for (std::string l; std::getline(in, l);)
        if (!l.empty()) out.push_back(l);
    return out;
}

} // namespace kxcti::test::csta
