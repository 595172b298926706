// kxcti-server import FILE...: historical SMDR logs into the journal, the same way live lines
// go (raw bytes + parse in one transaction). Idempotent per content (see common/storage/importer.h).
#include "server/cli/commands.h"

#include "common/storage/importer.h"
#include "common/storage/journal_store.h"
#include "common/storage/schema.h"
#include "server/cli/common_options.h"
#include "server/cli/progress.h"

#include <iostream>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-server import FILE... [--link NAME] [--date-order dmy|mdy|ymd] [--quiet]\n"
    "                           [--config FILE] [--db PATH] [--data-dir DIR]\n"
    "Imports saved SMDR printouts (any layout the parser reads) into the database. Importing a\n"
    "file again adds nothing; a grown log adds only its new lines; an interrupted import resumes.\n"
    "  --link NAME        the link name stored with the lines (default: import)\n"
    "  --date-order ORDER how to read dates; default: the config's [smdr] date_order, else each\n"
    "                     file's data decides (a day over 12), else the order stored earlier\n"
    "  --quiet            no progress bar (it is shown only on a terminal anyway)\n";

std::string describe_date_order(const storage::ImportResult& result, const smdr::ParseOptions& parse) {
    if (result.date_order == smdr::DateOrder::Auto)
        return "no date in the file decides the order: ambiguous dates read as " +
               std::string(storage::date_order_name(parse.ambiguous_date_default)) +
               " ([smdr] ambiguous_date_order; --date-order to force)";
    return "dates read as " + std::string(storage::date_order_name(result.date_order)) +
           (result.date_order_detected ? " (decided by the file)" : "");
}

} // namespace

int cmd_import(const Words& words) {
    Args args(words, {"help", "quiet"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    auto known = kCommonOptions;
    known.insert({"link", "date-order", "quiet"});
    args.allow_only(known);
    if (args.positional().empty()) throw UsageError("import needs at least one FILE");

    ServerConfig config = resolve_config(args);
    smdr::ParseOptions parse = config.smdr;
    if (const auto order = args.get("date-order")) {
        const auto parsed = storage::date_order_from_name(*order);
        if (!parsed) throw UsageError("--date-order wants dmy, mdy or ymd, not '" + *order + "'");
        parse.date_order = *parsed;
    }
    storage::ImportOptions options;
    if (const auto link = args.get("link")) {
        if (link->empty()) throw UsageError("--link wants a name");
        options.link = *link;
    }
    const bool show_progress = !args.has("quiet") && ProgressLine::stderr_is_terminal();

    std::error_code ec;
    if (config.db_path.has_parent_path()) std::filesystem::create_directories(config.db_path.parent_path(), ec);
    storage::Connection db = storage::open_database(config.db_path);
    storage::JournalWriter writer(db, parse);
    RealClock clock;

    int failed = 0;
    for (const auto& name : args.positional()) {
        ProgressLine bar(name, show_progress);
        try {
            const auto result = storage::import_file(db, writer, name, options, clock, [&](const storage::ImportProgress& p) {
                using Phase = storage::ImportProgress::Phase;
                bar.update(p.bytes_done, p.bytes_total,
                           p.phase == Phase::Hashing    ? std::string("checking what is imported already")
                           : p.phase == Phase::Indexing ? with_commas(p.lines_done) + " lines; building indexes"
                                                        : with_commas(p.lines_done) + " lines");
            });
            bar.done();
            std::cout << name << ": " << with_commas(result.lines_read) << " lines, "
                      << with_commas(result.already_imported) << " imported before, " << with_commas(result.added.lines)
                      << " added (" << with_commas(result.added.records) << " records, "
                      << with_commas(result.added.errors) << " unreadable, kept with the reason); "
                      << describe_date_order(result, parse) << '\n';
        } catch (const storage::ImportError& e) {
            bar.done();
            std::cerr << "kxcti-server import: " << name << ": " << e.what() << '\n';
            ++failed;
        }
    }
    if (failed) std::cerr << "kxcti-server import: " << failed << " of " << args.positional().size() << " files failed\n";
    return failed ? kExitFailure : kExitOk;
}

} // namespace kxcti::server
