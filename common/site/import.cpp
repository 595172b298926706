#include "common/site/import.h"

#include "common/site/keys.h"
#include "common/site/problems.h"
#include "common/site/store.h"
#include "common/site/values.h"

#include <algorithm>
#include <map>

namespace kxcti::site {
namespace {

using detail::trim;

// Which entity a section may name: threshold, or KIND.ID with KIND operator, group, channel.
bool valid_section(std::string_view s) {
    if (s == "threshold") return true;
    auto dot = s.find('.');
    if (dot == std::string_view::npos || s.find('.', dot + 1) != std::string_view::npos) return false;
    auto kind = s.substr(0, dot);
    return (kind == "operator" || kind == "group" || kind == "channel") && dot + 1 < s.size();
}

// The entity key a full key belongs to, as find_problems names them ("channel.555" for period
// 1, "channel.555#2", "group.601", "threshold.x", "trunks").
std::string entity_of(const std::string& key) {
    if (key.starts_with("threshold.") || key == "trunks") return key;
    auto last = key.rfind('.');
    std::string entity = last == std::string::npos ? key : key.substr(0, last);
    if (entity.ends_with("#1")) entity.resize(entity.size() - 2);
    return entity;
}

class Collector {
public:
    explicit Collector(std::string_view name) : name_(name) {}
    void add(int line, const std::string& message) {
        ++count_;
        if (list_.size() < kMaxListedProblems)
            list_.push_back(name_ + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message);
    }
    void throw_if_any() {
        if (count_ == 0) return;
        std::string what = name_ + ": " + std::to_string(count_) + " problem" + (count_ == 1 ? "" : "s") +
                           ", nothing was imported";
        for (const auto& p : list_) what += "\n  " + p;
        if (count_ > list_.size()) what += "\n  ... and " + std::to_string(count_ - list_.size()) + " more";
        throw ImportError(what, list_);
    }

private:
    std::string name_;
    std::size_t count_ = 0;
    std::vector<std::string> list_;
};

} // namespace

ImportSummary apply_ini(reports::SiteModel model, std::string_view text, std::string_view name) {
    Collector problems(name);
    if (text.size() > kMaxImportBytes) {
        problems.add(0, "the file is " + std::to_string(text.size()) + " bytes: a site configuration is far smaller "
                        "(at most " + std::to_string(kMaxImportBytes) + "); is it the right file?");
        problems.throw_if_any();
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM from Windows editors

    ImportSummary summary;
    std::string section;
    std::map<std::string, int> key_line;     // full key -> the line that set it
    std::map<std::string, int> entity_line;  // entity -> the last line that set one of its keys
    int line_no = 0;
    for (std::size_t pos = 0; pos <= text.size();) {
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        ++line_no;
        if (line.empty() || line.front() == '#' || line.front() == ';') continue;
        if (line.front() == '[') {
            if (line.back() != ']') {
                problems.add(line_no, "a section line must end with ']'");
                continue;
            }
            section = std::string(trim(line.substr(1, line.size() - 2)));
            if (!valid_section(section)) {
                problems.add(line_no, "[" + section + "] is not a section: use [threshold], [operator.EXT], "
                                      "[group.NUMBER] or [channel.DID] / [channel.DID#K]");
                section = "\x01";  // keys under it are skipped, not misfiled
            }
            continue;
        }
        auto eq = line.find('=');
        if (eq == std::string_view::npos) {
            problems.add(line_no, "expected KEY = VALUE, a [section] or a # comment, not '" + std::string(line) + "'");
            continue;
        }
        std::string_view key_part = trim(line.substr(0, eq));
        std::string_view value = trim(line.substr(eq + 1));
        if (section == "\x01") continue;
        if (!section.empty() && key_part.find('.') != std::string_view::npos) {
            problems.add(line_no, "'" + std::string(key_part) + "' inside [" + section +
                                      "]: give the last part only (e.g. name)");
            continue;
        }
        std::string key = section.empty() ? std::string(key_part) : section + "." + std::string(key_part);
        // The canonical spelling of period 1, so that channel.5#1.name and channel.5.name clash.
        if (auto hash = key.find("#1."); hash != std::string::npos && key.starts_with("channel."))
            key.erase(hash, 2);
        if (auto [it, fresh] = key_line.emplace(key, line_no); !fresh) {
            problems.add(line_no, key + " was already given on line " + std::to_string(it->second) +
                                      ": keep one of them");
            continue;
        }
        try {
            apply(model, key, value);
            ++summary.keys;
            entity_line[entity_of(key)] = line_no;
        } catch (const SiteError& e) {
            problems.add(line_no, e.what());
        }
    }
    problems.throw_if_any();
    for (const auto& p : detail::find_problems(model)) {
        int line = 0;  // 0: a problem of what was stored before (merge), not of a line
        for (const auto& entity : p.entities)
            if (auto at = entity_line.find(entity); at != entity_line.end()) line = std::max(line, at->second);
        problems.add(line, p.message);
    }
    problems.throw_if_any();
    summary.model = std::move(model);
    return summary;
}

ImportSummary import_ini(storage::Connection& db, std::string_view text, std::string_view name, ImportMode mode) {
    storage::Transaction t(db);
    reports::SiteModel base = mode == ImportMode::Replace ? reports::SiteModel{} : load(db);
    ImportSummary summary = apply_ini(std::move(base), text, name);  // validated
    detail::write_model(db, summary.model);
    summary.model = load(db);  // in load's order (numbers sorted, periods by date)
    t.commit();
    return summary;
}

} // namespace kxcti::site
