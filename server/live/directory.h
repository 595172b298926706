#pragma once
// The site facts live events need, indexed for lookups on every ring: which extensions are
// ICD groups, which group an extension answers for, which advertising channel a DID was on a
// given day. Built from the site model (common/reports/settings.h); immutable once built.
#include "common/reports/settings.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::server::live {

class Directory {
public:
    Directory() = default;
    explicit Directory(const reports::SiteModel& site);

    bool is_group(std::string_view ext) const { return groups_.count(ext) != 0; }
    // The group `ext` belongs to: itself when it is a group's number, else the first group
    // (in the site's order) listing it as a member; "" when none.
    std::string group_of(std::string_view ext) const;
    // The channel `did` belonged to on `day`; "" when none is configured.
    std::string channel_of(std::string_view did, reports::CivilDay day) const;

private:
    std::set<std::string, std::less<>> groups_;
    std::map<std::string, std::string, std::less<>> member_group_;
    std::map<std::string, std::vector<reports::Channel>, std::less<>> channels_;
};

} // namespace kxcti::server::live
