#pragma once
// Client accounts in the SQLite database (schema: account, account_scope; see
// common/storage/schema.cpp): a name, a role, a PBKDF2 hash, and the groups and extensions the
// account may see. Used by `kxcti-server user` and, on its own connection and thread, by the
// login path of server/net. Every change is one transaction.
#include "common/storage/sqlite.h"
#include "common/util/clock.h"
#include "protocol/message_types.h"
#include "server/accounts/password.h"
#include "server/accounts/scope.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::server::accounts {

// A request the accounts cannot carry out; the text says what and what to do.
struct AccountError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// User names: what a person types at a login prompt and sees in logs on one line.
inline constexpr std::size_t kMaxNameBytes = 64;
// Group and extension numbers as the PBX prints them (Panasonic: up to 5 digits; a margin).
inline constexpr std::size_t kMaxNumberBytes = 16;

struct Account {
    std::int64_t id = 0;
    std::string name;
    protocol::Role role = protocol::Role::Operator;
    std::vector<std::string> groups;      // sorted
    std::vector<std::string> extensions;  // sorted
    PasswordHash password;
};

std::string_view role_name(protocol::Role role);            // "admin", "supervisor", "operator"
std::optional<protocol::Role> parse_role(std::string_view);  // the same words

// What `account` may see; `desk_extension` (non-empty) narrows a session to that extension.
Scope scope_of(const Account& account, std::string_view desk_extension = {});

class AccountStore {
public:
    // `db` must be at the current schema (storage::open_database) and outlive the store.
    AccountStore(storage::Connection& db, const Clock& clock) : db_(db), clock_(clock) {}

    // Throws AccountError: a bad or taken name, a bad number, a weak password, an operator
    // without extensions, an admin with groups or extensions.
    void add(const std::string& name, protocol::Role role, std::string_view password,
             std::vector<std::string> groups, std::vector<std::string> extensions,
             unsigned iterations = kDefaultIterations);
    void set_password(const std::string& name, std::string_view password,
                      unsigned iterations = kDefaultIterations);
    // Replaces the role, groups and extensions (the same rules as add).
    void set_scope(const std::string& name, protocol::Role role, std::vector<std::string> groups,
                   std::vector<std::string> extensions);
    void remove(const std::string& name);  // AccountError when there is no such user

    std::optional<Account> find(std::string_view name);  // case-insensitive
    std::vector<Account> list();                          // by name

private:
    std::int64_t id_of(const std::string& name);
    // Accounts matching `where` ("" or "WHERE name = ?1" bound to `name`), with their scope.
    std::vector<Account> read(std::string_view where, std::string_view name);
    void write_scope(std::int64_t id, const std::vector<std::string>& groups,
                     const std::vector<std::string>& extensions);

    storage::Connection& db_;
    const Clock& clock_;
};

} // namespace kxcti::server::accounts
