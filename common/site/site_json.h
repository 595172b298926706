#pragma once
// The site configuration as JSON for `kxcti-server config get --format json`. Names are UTF-8
// as entered (validated on the way in), so they are written as they are, escaped.
#include "common/reports/settings.h"
#include "common/site/keys.h"

#include <string>
#include <vector>

namespace kxcti::site {

// {"trunks":24|null,"thresholds":{"service_level_s":20,...,"abandon_policy":"against"},
//  "operators":[{"ext":"101","name":"Anna"}],
//  "groups":[{"number":"601","name":"Sales","members":["101","102"]}],
//  "channels":[{"did":"5551234","period":1,"name":"Google Ads","from":"2024-01-01","to":null,
//               "monthly_spend":1500}]}
std::string to_json(const reports::SiteModel& model);

// One object of typed values keyed by full key: {"threshold.service_level_s":20,
// "group.601.members":["101","102"],"channel.5551234.to":null}.
std::string to_json(const std::vector<Entry>& entries);

} // namespace kxcti::site
