#pragma once
// `kxcti-server config import FILE`: a whole configuration from an INI file, all or nothing.
//
// Format (UTF-8; the output of `kxcti-server config get` is a valid file):
//   # comment            (also ; comment; whole lines only, so names may contain # and ;)
//   trunks = 24          keys before any section are full keys (see keys.h)
//   [threshold]          a section prefixes the keys below it:
//   service_level_s = 20     -> threshold.service_level_s
//   [operator.101]
//   name = Anna Petrova      -> operator.101.name
//   [group.601]
//   members = 101, 102, 103
//   [channel.5551234#2]
//   from = 2024-04-01
// A key may appear once per file. Values run to the end of the line, spaces around them
// trimmed; an empty value clears an optional one.
#include "common/reports/settings.h"
#include "common/site/site.h"
#include "common/storage/sqlite.h"

#include <string>
#include <string_view>
#include <vector>

namespace kxcti::site {

// Site configuration files are a few kilobytes (1,000 operators with long names fit in 100 KiB);
// anything near this is the wrong file, e.g. an SMDR log.
inline constexpr std::size_t kMaxImportBytes = 4 * 1024 * 1024;
// Problems listed before the rest are summarised: the first few show what is wrong with a file.
inline constexpr std::size_t kMaxListedProblems = 20;

enum class ImportMode {
    Merge,    // the file's keys change the stored configuration; everything else stays
    Replace,  // the file is the whole configuration: what it does not give is removed/default
};

// Thrown when anything in the file is wrong; nothing was written. problems: "NAME:LINE: ..."
// (or "NAME: ..." for a problem of the whole model), at most kMaxListedProblems of them.
struct ImportError : SiteError {
    ImportError(const std::string& what, std::vector<std::string> problems)
        : SiteError(what), problems(std::move(problems)) {}
    std::vector<std::string> problems;
};

struct ImportSummary {
    std::size_t keys = 0;        // key lines applied
    reports::SiteModel model;    // import_ini: as load() now returns it; apply_ini: in file order
};

// Applies `text` (the file's bytes; `name` labels errors) to an in-memory model without
// touching the database: what import() does before saving. Throws ImportError.
ImportSummary apply_ini(reports::SiteModel base, std::string_view text, std::string_view name);

// load (or an empty model for Replace), apply_ini, validate, save: one transaction.
ImportSummary import_ini(storage::Connection& db, std::string_view text, std::string_view name, ImportMode mode);

} // namespace kxcti::site
