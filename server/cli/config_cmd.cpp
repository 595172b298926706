// kxcti-server config get|set|unset|import: the site configuration (common/site) in the local
// database: operators, ICD groups, DID channels, trunk count and report thresholds.
#include "server/cli/commands.h"

#include "common/site/import.h"
#include "common/site/keys.h"
#include "common/site/site.h"
#include "common/site/site_json.h"
#include "common/storage/schema.h"
#include "server/cli/common_options.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  kxcti-server config get [KEY] [--format table|json]\n"
    "      the whole configuration, or the keys under KEY (a full key prints its value alone);\n"
    "      the table form is a file that config import reads back\n"
    "  kxcti-server config set KEY VALUE      (VALUE \"\" clears an optional value)\n"
    "  kxcti-server config unset KEY          back to the default; an entity key removes it\n"
    "  kxcti-server config import FILE [--replace]\n"
    "      every key in FILE in one go: all or nothing, errors with line numbers. Without\n"
    "      --replace the file changes only what it names; with it, it is the whole configuration\n"
    "  every form takes --config FILE, --db PATH, --data-dir DIR (the database to use)\n"
    "\n"
    "keys:\n"
    "  trunks                            installed CO lines (1-10000; empty: unknown, no blocking figure)\n"
    "  operator.EXT.name                 operator name for an extension (empty removes it)\n"
    "  group.NUMBER.name                 ICD group name\n"
    "  group.NUMBER.members              member extensions in ring order: 101,102,103\n"
    "  channel.DID.name|from|to|spend    advertising channel of a DID: name, first and last day\n"
    "                                    (YYYY-MM-DD, inclusive, empty: open), monthly spend\n"
    "  channel.DID#K.FIELD               the DID's K-th period in date order (#2 adds a second)\n"
    "  entity keys: threshold, operator.EXT, group.NUMBER, channel.DID (all periods), channel.DID#K\n"
    "thresholds (unset: kpi.md's default):\n"
    "%THRESHOLDS%"
    "\n"
    "import file (INI, UTF-8):\n"
    "  # comment (whole lines; ; works too)\n"
    "  trunks = 24                 full keys before any section\n"
    "  [threshold]                 a section prefixes the keys below it\n"
    "  service_level_s = 20\n"
    "  [operator.101]\n"
    "  name = Anna Petrova\n"
    "  [group.601]\n"
    "  name = Sales\n"
    "  members = 101, 102\n"
    "  [channel.5551234]\n"
    "  name = Google Ads\n"
    "  from = 2024-01-01\n"
    "  spend = 1500\n"
    "  Each key once per file; values run to the end of the line.\n";

std::string usage_text() {
    std::string text = kUsage;
    const std::string marker = "%THRESHOLDS%";
    text.replace(text.find(marker), marker.size(), site::threshold_help());
    return text;
}

enum class Format { Table, Json };

Format format_of(const Args& args) {
    auto f = args.get("format").value_or("table");
    if (f == "table") return Format::Table;
    if (f == "json") return Format::Json;
    throw UsageError("--format '" + f + "' is not table or json");
}

// Opens the database for writing, creating it (and its directory) when missing.
storage::Connection open_for_writing(const ServerConfig& config) {
    if (config.db_path.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(config.db_path.parent_path(), ec);
    }
    return storage::open_database(config.db_path);
}

// A site error is the user's to fix, like a malformed option: exit 2 with the message.
template <class F>
auto user_fixable(F&& f) {
    try {
        return f();
    } catch (const site::SiteError& e) {
        throw UsageError(e.what());
    }
}

void print_entries(const std::vector<site::Entry>& entries) {
    for (const auto& e : entries) std::cout << e.key << " = " << e.value << '\n';
}

int run_get(const Args& args, const ServerConfig& config) {
    if (args.positional().size() > 2) throw UsageError("get takes at most one KEY");
    Format format = format_of(args);
    reports::SiteModel model;
    if (std::filesystem::exists(config.db_path)) {
        auto db = storage::open_database(config.db_path);
        model = site::load(db);
    } else {
        // Reading must not create a database; say so, since a mistyped --db would look the same.
        std::cerr << "kxcti-server config: database " << config.db_path.string()
                  << " does not exist yet: showing the defaults\n";
    }
    if (args.positional().size() == 1) {
        if (format == Format::Json) std::cout << site::to_json(model) << '\n';
        else print_entries(site::entries(model));
        return kExitOk;
    }
    const std::string& key = args.positional()[1];
    auto entries = user_fixable([&] { return site::entries(model, key); });
    if (entries.empty()) {
        std::cerr << "kxcti-server config: " << key << " is not configured (config set adds it)\n";
        return kExitFailure;
    }
    if (format == Format::Json) {
        std::cout << site::to_json(entries) << '\n';
        return kExitOk;
    }
    std::string canonical = key;
    if (auto hash = canonical.find("#1."); hash != std::string::npos) canonical.erase(hash, 2);
    if (entries.size() == 1 && entries[0].key == canonical) std::cout << entries[0].value << '\n';
    else print_entries(entries);
    return kExitOk;
}

int run_set(const Args& args, const ServerConfig& config) {
    if (args.positional().size() != 3) throw UsageError("set takes KEY VALUE (quote a VALUE with spaces)");
    const std::string& key = args.positional()[1];
    const std::string& value = args.positional()[2];
    auto db = open_for_writing(config);
    user_fixable([&] { site::set(db, key, value); });
    auto now = site::entries(site::load(db), key);
    if (now.empty()) std::cout << key << " removed\n";
    else print_entries(now);
    return kExitOk;
}

int run_unset(const Args& args, const ServerConfig& config) {
    if (args.positional().size() != 2) throw UsageError("unset takes one KEY");
    const std::string& key = args.positional()[1];
    auto db = open_for_writing(config);
    bool changed = user_fixable([&] { return site::unset(db, key); });
    if (!changed) {
        std::cout << key << " was not set: nothing changed\n";
        return kExitOk;
    }
    auto now = site::entries(site::load(db), key);
    if (now.empty()) std::cout << key << " removed\n";
    else print_entries(now);
    return kExitOk;
}

std::string read_import_file(const std::string& path) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw UsageError("cannot read " + path + ": " + ec.message());
    if (size > site::kMaxImportBytes)
        throw UsageError(path + " is " + std::to_string(size) + " bytes: a site configuration is far smaller (at most " +
                         std::to_string(site::kMaxImportBytes) + "); is it the right file?");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

int run_import(const Args& args, const ServerConfig& config) {
    if (args.positional().size() != 2) throw UsageError("import takes one FILE");
    const std::string& path = args.positional()[1];
    const std::string text = read_import_file(path);
    auto mode = args.has("replace") ? site::ImportMode::Replace : site::ImportMode::Merge;
    auto db = open_for_writing(config);
    site::ImportSummary summary;
    try {
        summary = site::import_ini(db, text, path, mode);
    } catch (const site::ImportError& e) {
        std::cerr << "kxcti-server config import: " << e.what() << '\n';
        return kExitFailure;
    }
    const auto& m = summary.model;
    std::size_t thresholds_set = 0;
    for (const auto& e : site::entries(m, "threshold")) thresholds_set += e.is_default ? 0 : 1;
    std::cout << path << ": " << plural(summary.keys, "key") << " imported"
              << (mode == site::ImportMode::Replace ? " (replacing the whole configuration)" : "") << "; now "
              << plural(m.operators.size(), "operator") << ", " << plural(m.groups.size(), "group") << ", "
              << plural(m.channels.size(), "channel period") << ", trunks "
              << (m.trunk_count ? std::to_string(*m.trunk_count) : std::string("unknown")) << ", "
              << thresholds_set << " of " << site::entries(m, "threshold").size() << " thresholds set\n";
    return kExitOk;
}

} // namespace

int cmd_config(const Words& words) {
    Args args(words, {"help", "replace"});
    if (args.has("help") || (!words.empty() && words[0] == "-h")) {
        std::cout << usage_text();
        return kExitOk;
    }
    if (args.positional().empty()) throw UsageError("which action? give get, set, unset or import");
    const std::string action = args.positional()[0];
    auto known = kCommonOptions;
    if (action == "get") known.insert("format");
    if (action == "import") known.insert("replace");
    args.allow_only(known);
    if (action != "get" && action != "set" && action != "unset" && action != "import")
        throw UsageError("unknown action '" + action + "': give get, set, unset or import");
    ServerConfig config = resolve_config(args);
    if (action == "get") return run_get(args, config);
    if (action == "set") return run_set(args, config);
    if (action == "unset") return run_unset(args, config);
    return run_import(args, config);
}

} // namespace kxcti::server
