#pragma once
// What one logged-in session may see. The one rule, applied to every live event, every
// look-up row and every report row (server/net never decides rights itself):
//   an admin's session (all) sees everything;
//   otherwise an item is visible when its group is one of the session's groups, or its
//   extension one of the session's extensions. Site-wide items (no group, no extension:
//   trunk totals, report rows tagged "") are visible to `all` sessions only.
#include <set>
#include <string>
#include <string_view>

namespace kxcti::server::accounts {

struct Scope {
    bool all = false;
    std::set<std::string, std::less<>> groups;
    std::set<std::string, std::less<>> extensions;

    bool sees(std::string_view ext, std::string_view group) const {
        if (all) return true;
        return (!group.empty() && groups.count(group) != 0) ||
               (!ext.empty() && extensions.count(ext) != 0);
    }
    // A report row or queue state: tagged with a group, "" for the whole site.
    bool sees_group(std::string_view group) const {
        return all || (!group.empty() && groups.count(group) != 0);
    }
};

} // namespace kxcti::server::accounts
