#pragma once
// The real kxcti-pbxsim's CTI port, a real CstaLink to it and the translator behind the link,
// as the daemon runs them: a scenario file in, the live events out. The simulator runs its
// traffic model as fast as it can (--out FILE for SMDR) and holds its events until the link
// monitors every device (--csta-wait), so nothing depends on timing; the link's clock is a
// ManualClock, so every at_us is kAtUs and durations come from the PBX's timestamps.
#include "server/csta/csta_link.h"
#include "server/csta/csta_translator.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <utility>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kxcti::test::csta {

inline constexpr std::int64_t kAtUs = 1'700'000'000'000'000;

struct SimRigOptions {
    std::vector<std::string> sim_args;  // more kxcti-pbxsim options (e.g. --csta-outage)
    server::live::Directory directory;
};

class SimRig {
public:
    // Writes `scenario` to a file and starts the simulator and the link; throws if the
    // simulator does not start.
    SimRig(const std::string& scenario, SimRigOptions options = {});
    ~SimRig();

    // Waits for the simulator's "CSTA traffic done: N event reports sent" and for the link to
    // have read N events; false (with the reason in `why`) after the deadline.
    bool wait_done(std::string& why);

    std::vector<server::live::LiveEvent> events();
    std::vector<server::LiveCall> calls();
    server::TranslatorStats translator_stats();
    std::size_t open_calls();
    server::CstaLinkStatus link_status() { return link_->status(); }
    std::vector<std::string> smdr_lines();  // what the simulator printed (records only)
    std::vector<std::string> truth();       // --truth JSON lines
    ChildProcess& sim() { return *sim_; }

private:
    ScratchDir dir_{"kxcti-csta-sim"};
    std::unique_ptr<ChildProcess> sim_;
    boost::asio::io_context io_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_ = boost::asio::make_work_guard(io_);
    ManualClock clock_{from_unix_us(kAtUs)};
    std::mutex mutex_;
    std::condition_variable changed_;
    server::CstaTranslator translator_;
    std::vector<server::live::LiveEvent> events_;
    std::vector<server::LiveCall> calls_;
    std::unique_ptr<server::CstaLink> link_;
    std::thread thread_;
};

// One line per live event, every field that matters: what the tests compare.
std::string describe(const server::live::LiveEvent& e);
std::vector<std::string> describe(const std::vector<server::live::LiveEvent>& events);

} // namespace kxcti::test::csta
