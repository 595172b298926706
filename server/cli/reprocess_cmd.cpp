// kxcti-server reprocess: re-parse journaled lines with this build's parser (after a parser fix
// or a corrected [smdr] setting). The raw bytes are never touched; only what was made of them.
#include "server/cli/commands.h"

#include "common/storage/reprocess.h"
#include "common/storage/schema.h"
#include "server/cli/common_options.h"
#include "server/cli/progress.h"

#include <iostream>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-server reprocess [--all] [--quiet] [--config FILE] [--db PATH] [--data-dir DIR]\n"
    "Re-reads the journal with this version's SMDR parser and the config's [smdr] settings, and\n"
    "updates every line whose reading changed. Safe while the server runs; safe to repeat.\n"
    "  --all    re-examine every line, not only those read by an older parser version (use it\n"
    "           after changing [smdr] date_order, clock or layout)\n";

} // namespace

int cmd_reprocess(const Words& words) {
    Args args(words, {"help", "all", "quiet"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    auto known = kCommonOptions;
    known.insert({"all", "quiet"});
    args.allow_only(known);
    if (!args.positional().empty()) throw UsageError("reprocess takes no arguments, got '" + args.positional()[0] + "'");

    ServerConfig config = resolve_config(args);
    if (!std::filesystem::exists(config.db_path)) {
        std::cerr << "kxcti-server reprocess: no database at " << config.db_path.string()
                  << " (nothing has been recorded there; check --db / --data-dir / [server] db)\n";
        return kExitFailure;
    }
    storage::Connection db = storage::open_database(config.db_path);
    ProgressLine bar("reprocess", !args.has("quiet") && ProgressLine::stderr_is_terminal());
    const auto result = storage::reprocess_journal(db, config.smdr, args.has("all"), [&](const storage::ReprocessProgress& p) {
        bar.update(static_cast<std::uint64_t>(p.last_id), static_cast<std::uint64_t>(p.max_id),
                   "row " + with_commas(static_cast<std::uint64_t>(p.last_id)));
    });
    bar.done();
    std::cout << "reprocess: " << with_commas(result.examined) << " lines examined, " << with_commas(result.changed)
              << " changed; now " << with_commas(result.records) << " records and " << with_commas(result.errors)
              << " unreadable among them\n";
    return kExitOk;
}

} // namespace kxcti::server
