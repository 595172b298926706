#pragma once
// Model-wide validation, structured so that an import can point at the line that set the
// entity (internal to kxcti_site; site::validate() is the public face).
#include "common/reports/settings.h"

#include <string>
#include <vector>

namespace kxcti::site::detail {

struct Problem {
    // The entity keys it concerns: "channel.555#2", "group.601", "threshold.x" (an import points
    // at the last line that set any of them).
    std::vector<std::string> entities;
    std::string message;  // complete sentence(s): what is wrong and how to fix it
};

std::vector<Problem> find_problems(const reports::SiteModel& model);

} // namespace kxcti::site::detail
