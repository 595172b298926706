#include "server/live/directory.h"

namespace kxcti::server::live {

Directory::Directory(const reports::SiteModel& site) {
    for (const auto& g : site.groups) {
        groups_.insert(g.number);
        for (const auto& m : g.members) member_group_.emplace(m, g.number);  // first group wins
    }
    for (const auto& c : site.channels) channels_[c.did].push_back(c);
}

std::string Directory::group_of(std::string_view ext) const {
    if (groups_.count(ext)) return std::string(ext);
    auto it = member_group_.find(ext);
    return it == member_group_.end() ? std::string() : it->second;
}

std::string Directory::channel_of(std::string_view did, reports::CivilDay day) const {
    auto it = channels_.find(did);
    if (it == channels_.end()) return {};
    for (const auto& c : it->second) {
        if (c.valid_from && day < *c.valid_from) continue;
        if (c.valid_to && *c.valid_to < day) continue;
        return c.name;
    }
    return {};
}

} // namespace kxcti::server::live
