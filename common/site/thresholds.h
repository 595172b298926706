#pragma once
// The threshold.* keys: names, accepted ranges and defaults (internal to kxcti_site).
#include "common/reports/settings.h"

#include <span>
#include <string>
#include <string_view>

namespace kxcti::site::detail {

struct ThresholdSpec {
    std::string_view name;     // after "threshold."
    std::string_view accepts;  // what the value may be, for errors and --help
    std::string_view meaning;
    bool integer;              // printed as a whole number of seconds, else a decimal or word
};

std::span<const ThresholdSpec> threshold_specs();
const ThresholdSpec* find_threshold(std::string_view name);

// The value as config get prints it.
std::string threshold_value(const reports::Thresholds& t, const ThresholdSpec& spec);
// Parses `text` (range-checked) into t; throws SiteError saying what is accepted.
void set_threshold(reports::Thresholds& t, const ThresholdSpec& spec, std::string_view text);

} // namespace kxcti::site::detail
