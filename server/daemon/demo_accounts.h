#pragma once
// Client accounts (and the site's one group) for the demo: `kxcti-server run` with no PBX configured feeds itself from the
// simulator, and a first-time user should be able to watch the calls with kxcti-cli or a client
// at once, without learning `kxcti-server user add` first.
//
// Safety: only the daemon's demo mode calls this (no [link] configured, the simulator feeding
// the server), and it creates accounts only when there are none at all, so a site's database
// never gets them. Passwords are random, shown once in the log and kept in a file of the data
// directory readable by its owner only.
#include "common/storage/sqlite.h"
#include "server/accounts/account_store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace kxcti::server {

struct DemoAccount {
    std::string name;
    std::string role;      // as `kxcti-server user list` says it
    std::string scope;     // "every group", "group 601", ...
    std::string password;
};

// The generator's office (simulator/generator.h): ICD group 601, agents 401 to 406.
inline constexpr const char* kDemoGroup = "601";
inline const std::vector<std::string> kDemoExtensions = {"401", "402", "403", "404", "405", "406"};
// Random password length: 16 characters of a 32-letter alphabet are 80 bits.
inline constexpr std::size_t kDemoPasswordChars = 16;

// When the site configuration is empty: group 601 "Demo office" with members 401 to 406, so
// live events carry the group and the demo supervisor sees its calls. Returns whether it wrote.
bool seed_demo_site(storage::Connection& db);

// Where the demo's passwords are kept.
std::filesystem::path demo_accounts_file(const std::filesystem::path& data_dir);

// When `accounts` holds no account: adds demo-admin, demo-supervisor (group 601) and
// demo-operator (group 601, extensions 401-406) with random passwords, writes them to
// demo_accounts_file (mode 0600) and returns them. Otherwise returns nothing and changes
// nothing. Throws AccountError / std::runtime_error when the accounts or the file cannot be
// written.
std::vector<DemoAccount> create_demo_accounts(accounts::AccountStore& accounts, const std::filesystem::path& data_dir);

} // namespace kxcti::server
