// kxcti-pbxsim with its CTI port: the traffic model feeds the SMDR output (as without it) and,
// through a CstaPlayer, the CSTA server, both on one model clock.
#include "simulator/csta_player.h"
#include "simulator/csta_server.h"
#include "simulator/run.h"
#include "simulator/traffic_scenario.h"

#include <poll.h>

namespace kxcti::sim {
namespace {

// Holds the first line until the CTI client is ready (--csta-wait): the model does not start
// before a client can see its first call.
class GatedSource final : public LineSource {
public:
    GatedSource(std::unique_ptr<LineSource> inner, CstaServer& server) : inner_(std::move(inner)), server_(server) {}
    std::optional<SourceLine> next() override {
        if (!opened_) {
            server_.wait_until_ready();
            opened_ = true;
        }
        return inner_->next();
    }
    std::string summary() const override { return inner_->summary(); }

private:
    std::unique_ptr<LineSource> inner_;
    CstaServer& server_;
    bool opened_ = false;
};

std::string csta_summary(const CstaServerStats& s) {
    return "kxcti-pbxsim: CSTA: " + std::to_string(s.connections) + " connections, " + std::to_string(s.events_sent) +
           " event reports sent, " + std::to_string(s.events_lost) + " events lost (no client), " +
           std::to_string(s.drops) + " links dropped";
}

} // namespace

int run_with_csta(const SimOptions& o, std::ostream& out, std::ostream& summary) {
    SimStats stats;
    int rc = 0;
    std::unique_ptr<CstaServer> server;
    std::unique_ptr<CstaPlayer> player;
    std::unique_ptr<LineSource> source;
    try {
        const Scenario scenario = load_scenario(*o.traffic);
        auto model = o.speed > 0 ? std::make_shared<ModelClock>(o.speed) : nullptr;
        CstaServerOptions so;
        so.port = *o.csta_port;
        so.wait_for_client = o.csta_wait;
        so.outage = o.csta_outage;
        so.heartbeat_s = o.csta_heartbeat_s;
        server = std::make_unique<CstaServer>(so, simulated_devices(scenario), model);
        player = std::make_unique<CstaPlayer>(scenario, o.generator.start_year, o.generator.start_month,
                                              o.generator.start_day, [s = server.get()](CstaItem i) { s->push(std::move(i)); });
        source = make_source(o, player.get());
        if (o.csta_wait) source = std::make_unique<GatedSource>(std::move(source), *server);
        const std::string announce = "CSTA listening on " + server->address();
        if (o.output != Output::Listen) out << announce << std::endl;
        switch (o.output) {
        case Output::File: rc = run_file(o, *source, stats, model); break;
        case Output::Serial: rc = run_serial(o, *source, stats, model); break;
        case Output::Listen: rc = run_listen(o, *source, stats, out, model, announce); break;
        }
        // The traffic is over: its last events go out, then the link stays up (a PBX does not
        // hang up on its CTI client) until we are told to stop.
        if (rc == 0 && o.output != Output::Listen) {
            server->drain();
            // A parent (a test) knows from this line that every event of the traffic was sent.
            if (!stop_requested())
                out << "CSTA traffic done: " << server->stats().events_sent << " event reports sent" << std::endl;
            while (!stop_requested()) ::poll(nullptr, 0, 200);
        }
    } catch (const ScenarioError& e) {
        summary << "kxcti-pbxsim: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        summary << "kxcti-pbxsim: " << e.what() << "\n";
        rc = 1;
    }
    summary << summary_line(stats) << "\n";
    if (source) {
        std::string more = source->summary();
        if (!more.empty()) summary << more << "\n";
    }
    if (server) summary << csta_summary(server->stats()) << "\n";
    summary.flush();
    return rc;
}

} // namespace kxcti::sim
