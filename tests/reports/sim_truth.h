#pragma once
// The real kxcti-pbxsim run as a PBX for the reports: its traffic model's SMDR output imported
// into a real SQLite file (the importer's path, as `kxcti-server import` does), and its ground
// truth (--truth, one JSON line per call) read back for the tests to compute what the reports
// must say.
#include "tests/reports/json_value.h"

#include "common/reports/query.h"
#include "common/storage/importer.h"
#include "common/storage/schema.h"
#include "common/util/clock.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::test {

struct TruthRang {
    std::string ext, group;
    std::int64_t ring_s = 0;
    bool answered = false;
};

struct TruthStage {
    std::string group;
    std::int64_t wait_s = 0;
};

struct Truth {
    std::int64_t id = 0;
    bool incoming = true;
    std::optional<std::string> caller, dialed, ext, trunk, answered_by, transferred_to;
    calls::LocalSeconds start = 0, end = 0;
    std::vector<std::string> groups;
    std::vector<TruthStage> stages;
    std::string outcome;  // answered | lost_in_queue | lost_at_operator | short_abandon | forwarded_out | outgoing | blocked
    std::optional<std::int64_t> wait_s, talk_s, answer_ring_s;
    std::vector<TruthRang> rang;

    bool offered() const { return incoming && outcome != "blocked"; }
    bool lost() const { return outcome == "lost_in_queue" || outcome == "lost_at_operator" || outcome == "short_abandon"; }
};

inline std::vector<Truth> read_truth(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read the truth file " + file.string());
    std::vector<Truth> out;
    std::string line;
    auto time = [](const Json& j) {
        auto t = reports::parse_local_time(j.str(), false);
        if (!t) throw std::runtime_error("truth: bad time " + j.str());
        return *t;
    };
    while (std::getline(in, line)) {
        const Json j = parse_json(line);
        Truth t;
        t.id = j["call"].integer();
        t.incoming = j["direction"].str() == "in";
        t.caller = j["caller"].opt_str();
        t.dialed = j["dialed"].opt_str();
        t.ext = j["ext"].opt_str();
        t.trunk = j["trunk"].opt_str();
        t.answered_by = j["answered_by"].opt_str();
        t.transferred_to = j["transferred_to"].opt_str();
        t.start = time(j["start"]);
        t.end = time(j["end"]);
        for (const auto& g : j["groups"].array()) t.groups.push_back(g.str());
        for (const auto& s : j["stages"].array()) t.stages.push_back({s["group"].str(), s["wait_s"].integer()});
        t.outcome = j["outcome"].str();
        t.wait_s = j["wait_s"].opt_int();
        t.talk_s = j["talk_s"].opt_int();
        t.answer_ring_s = j["answer_ring_s"].opt_int();
        for (const auto& r : j["rang"].array())
            t.rang.push_back({r["ext"].str(), r["group"].str(), r["ring_s"].integer(), r["answered"].boolean()});
        out.push_back(std::move(t));
    }
    return out;
}

// One simulator run imported into `dir`/kxcti.db.
struct SimImport {
    std::filesystem::path db_path;
    std::vector<Truth> truth;
};

// `scenario`: a built-in name, or a scenario text (written to a file when it holds a newline).
inline SimImport simulate_and_import(const ScratchDir& dir, const std::string& scenario, int seed,
                                     const std::string& layout = "A") {
    SimImport out;
    std::string source = scenario;
    if (scenario.find('\n') != std::string::npos) {
        source = (dir / "scenario.ini").string();
        write_all(source, scenario);
    }
    const auto smdr = dir / "smdr.txt", truth = dir / "truth.jsonl";
    auto run = run_program({KXCTI_PBXSIM_EXE, "--traffic", source, "--seed", std::to_string(seed), "--layout", layout,
                            "--out", smdr.string(), "--truth", truth.string()},
                           {}, std::chrono::seconds(100));
    if (run.status != 0) throw std::runtime_error("kxcti-pbxsim failed: " + run.err);
    out.db_path = dir / "kxcti.db";
    auto db = storage::open_database(out.db_path);
    smdr::ParseOptions options;
    options.date_order = smdr::DateOrder::DMY;  // the simulator's default; its first days may not decide it
    storage::JournalWriter writer(db, options);
    RealClock clock;
    storage::import_file(db, writer, smdr, storage::ImportOptions{"pbx"}, clock);
    out.truth = read_truth(truth);
    return out;
}

} // namespace kxcti::test
