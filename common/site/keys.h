#pragma once
// The keys of the site configuration, as `kxcti-server config get|set|unset|import` print and
// take them. Values are text; "" clears an optional value.
//
//   trunks                              installed CO lines, 1-10000; "" = unknown
//   threshold.NAME                      see threshold_help(); unset = kpi.md's default
//   operator.EXT.name                   the operator's name ("" removes the operator)
//   group.NUMBER.name                   ICD group name
//   group.NUMBER.members                member extensions in ring order, e.g. 101,102,103
//   channel.DID.name|from|to|spend      the DID's first (earliest) advertising period:
//                                       channel name, first and last day (YYYY-MM-DD,
//                                       inclusive; "" = open), monthly spend ("" = unknown)
//   channel.DID#K.name|from|to|spend    its K-th period in date order; K = periods + 1 adds one
//
// Entity keys name everything under them (get prints it, unset removes it): `threshold`,
// `operator.EXT`, `group.NUMBER`, `channel.DID` (every period), `channel.DID#K` (one period).
#include "common/reports/settings.h"

#include <string>
#include <string_view>
#include <vector>

namespace kxcti::site {

enum class ValueKind { Text, Integer, Number, Date, List };

struct Entry {
    std::string key;          // canonical form (channel period 1 without "#1")
    std::string value;        // as printed and as set takes it; "" = not set
    ValueKind kind = ValueKind::Text;
    bool is_default = false;  // a threshold at its default, or the trunk count unknown
};

// Every key of the model in a stable order: trunks, thresholds, operators, groups, channels.
std::vector<Entry> entries(const reports::SiteModel& model);
// The entries under `key` (a key or an entity key). Throws SiteError for a key that is not in
// the list above; returns nothing when it is well formed but not configured (operator.999).
std::vector<Entry> entries(const reports::SiteModel& model, std::string_view key);

// Sets one key on a model; throws SiteError naming the key when key or value is invalid. Rules
// across keys (talk buckets in order, channel periods not overlapping...) are validate()'s.
void apply(reports::SiteModel& model, std::string_view key, std::string_view value);
// Returns a key (or an entity) to its default / not configured; false when nothing was set.
bool remove(reports::SiteModel& model, std::string_view key);

// Two lines per threshold: "  threshold.NAME = DEFAULT", then its meaning and accepted values
// (for --help texts).
std::string threshold_help();

} // namespace kxcti::site
