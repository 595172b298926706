#include "server/accounts/account_store.h"

#include <algorithm>
#include <map>

namespace kxcti::server::accounts {
namespace {

constexpr int kScopeGroup = 0;
constexpr int kScopeExtension = 1;

void check_name(const std::string& name) {
    const bool ok = !name.empty() && name.size() <= kMaxNameBytes &&
                    std::all_of(name.begin(), name.end(), [](unsigned char c) {
                        return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '@';
                    });
    if (!ok)
        throw AccountError("user name '" + name.substr(0, kMaxNameBytes) + "': use 1 to " +
                           std::to_string(kMaxNameBytes) + " letters, digits and . _ - @");
}

void normalise(std::vector<std::string>& numbers, const char* what) {
    for (const auto& n : numbers) {
        const bool ok = !n.empty() && n.size() <= kMaxNumberBytes &&
                        std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isalnum(c) || c == '*' || c == '#'; });
        if (!ok)
            throw AccountError(std::string(what) + " '" + n.substr(0, kMaxNumberBytes) +
                               "': give the number as the PBX prints it (digits, at most " +
                               std::to_string(kMaxNumberBytes) + ")");
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
}

void check_scope(const std::string& name, protocol::Role role, std::vector<std::string>& groups,
                 std::vector<std::string>& extensions) {
    normalise(groups, "group");
    normalise(extensions, "extension");
    if (role == protocol::Role::Admin && (!groups.empty() || !extensions.empty()))
        throw AccountError("user " + name + ": an admin sees every group and extension; give no --group or --ext");
    if (role == protocol::Role::Operator && extensions.empty())
        throw AccountError("user " + name + ": an operator is bound to their extension(s); give --ext NUMBER");
}

void check_password(std::string_view password) {
    if (auto problem = password_problem(password); !problem.empty()) throw AccountError(problem);
}

std::vector<unsigned char> bytes(std::string_view blob) { return {blob.begin(), blob.end()}; }

std::string_view blob(const std::vector<unsigned char>& b) {
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

} // namespace

std::string_view role_name(protocol::Role role) {
    switch (role) {
    case protocol::Role::Admin: return "admin";
    case protocol::Role::Supervisor: return "supervisor";
    case protocol::Role::Operator: return "operator";
    }
    return "unknown";
}

std::optional<protocol::Role> parse_role(std::string_view word) {
    for (auto r : {protocol::Role::Admin, protocol::Role::Supervisor, protocol::Role::Operator})
        if (role_name(r) == word) return r;
    return std::nullopt;
}

Scope scope_of(const Account& account, std::string_view desk_extension) {
    Scope s;
    s.all = account.role == protocol::Role::Admin && desk_extension.empty();
    s.groups.insert(account.groups.begin(), account.groups.end());
    if (!desk_extension.empty())
        s.extensions.emplace(desk_extension);
    else
        s.extensions.insert(account.extensions.begin(), account.extensions.end());
    return s;
}

void AccountStore::add(const std::string& name, protocol::Role role, std::string_view password,
                       std::vector<std::string> groups, std::vector<std::string> extensions, unsigned iterations) {
    check_name(name);
    check_scope(name, role, groups, extensions);
    check_password(password);
    const auto hash = hash_password(password, iterations);
    storage::Transaction t(db_);
    if (find(name)) throw AccountError("user " + name + " already exists (kxcti-server user passwd or del)");
    const auto now = to_unix_us(clock_.now());
    storage::Statement insert(db_,
                              "INSERT INTO account(name, role, salt, hash, iterations, created_us, changed_us) "
                              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                              "adding a user");
    insert.bind_text(1, name)
        .bind(2, static_cast<int>(role))
        .bind_blob(3, blob(hash.salt))
        .bind_blob(4, blob(hash.hash))
        .bind(5, static_cast<std::int64_t>(hash.iterations))
        .bind(6, now)
        .run();
    write_scope(db_.last_insert_rowid(), groups, extensions);
    t.commit();
}

void AccountStore::set_password(const std::string& name, std::string_view password, unsigned iterations) {
    check_password(password);
    const auto hash = hash_password(password, iterations);
    storage::Transaction t(db_);
    const auto id = id_of(name);
    storage::Statement update(db_, "UPDATE account SET salt = ?2, hash = ?3, iterations = ?4, changed_us = ?5 WHERE id = ?1",
                              "changing a password");
    update.bind(1, id)
        .bind_blob(2, blob(hash.salt))
        .bind_blob(3, blob(hash.hash))
        .bind(4, static_cast<std::int64_t>(hash.iterations))
        .bind(5, to_unix_us(clock_.now()))
        .run();
    t.commit();
}

void AccountStore::set_scope(const std::string& name, protocol::Role role, std::vector<std::string> groups,
                             std::vector<std::string> extensions) {
    check_scope(name, role, groups, extensions);
    storage::Transaction t(db_);
    const auto id = id_of(name);
    storage::Statement update(db_, "UPDATE account SET role = ?2, changed_us = ?3 WHERE id = ?1", "changing a role");
    update.bind(1, id).bind(2, static_cast<int>(role)).bind(3, to_unix_us(clock_.now())).run();
    storage::Statement clear(db_, "DELETE FROM account_scope WHERE account_id = ?1", "clearing a user's groups");
    clear.bind(1, id).run();
    write_scope(id, groups, extensions);
    t.commit();
}

void AccountStore::remove(const std::string& name) {
    storage::Transaction t(db_);
    const auto id = id_of(name);
    // Explicit, not left to ON DELETE CASCADE: a connection without foreign_keys would keep
    // the rows, and a later user with the same id would inherit them.
    storage::Statement scope(db_, "DELETE FROM account_scope WHERE account_id = ?1", "deleting a user's groups");
    scope.bind(1, id).run();
    storage::Statement del(db_, "DELETE FROM account WHERE id = ?1", "deleting a user");
    del.bind(1, id).run();
    t.commit();
}

std::int64_t AccountStore::id_of(const std::string& name) {
    storage::Statement s(db_, "SELECT id FROM account WHERE name = ?1", "finding a user");
    s.bind_text(1, name);
    if (!s.step()) throw AccountError("no user " + name + " (kxcti-server user list shows who exists)");
    return s.column_int64(0);
}

void AccountStore::write_scope(std::int64_t id, const std::vector<std::string>& groups,
                               const std::vector<std::string>& extensions) {
    storage::Statement insert(db_, "INSERT INTO account_scope(account_id, kind, value) VALUES(?1, ?2, ?3)",
                              "storing a user's groups and extensions");
    for (const auto& g : groups) insert.bind(1, id).bind(2, kScopeGroup).bind_text(3, g).run();
    for (const auto& e : extensions) insert.bind(1, id).bind(2, kScopeExtension).bind_text(3, e).run();
}

std::optional<Account> AccountStore::find(std::string_view name) {
    if (name.empty() || name.size() > kMaxNameBytes) return std::nullopt;
    auto found = read("WHERE name = ?1", name);  // the column is COLLATE NOCASE
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Account> AccountStore::list() { return read("", {}); }

std::vector<Account> AccountStore::read(std::string_view where, std::string_view name) {
    std::vector<Account> out;
    std::map<std::int64_t, std::size_t> index;
    storage::Statement users(db_,
                             "SELECT id, name, role, salt, hash, iterations FROM account " + std::string(where) +
                                 " ORDER BY name",
                             "reading users");
    if (!where.empty()) users.bind_text(1, name);
    while (users.step()) {
        Account a;
        a.id = users.column_int64(0);
        a.name = std::string(users.column_text(1));
        const int role = users.column_int(2);
        if (role < 0 || role > static_cast<int>(protocol::Role::Operator))
            throw AccountError("user " + a.name + " has role " + std::to_string(role) +
                               " in the database, which this kxcti does not know: upgrade kxcti");
        a.role = static_cast<protocol::Role>(role);
        a.password.salt = bytes(users.column_blob(3));
        a.password.hash = bytes(users.column_blob(4));
        a.password.iterations = static_cast<unsigned>(users.column_int64(5));
        index[a.id] = out.size();
        out.push_back(std::move(a));
    }
    storage::Statement scope(db_,
                             "SELECT account_id, kind, value FROM account_scope WHERE account_id IN "
                             "(SELECT id FROM account " + std::string(where) + ") ORDER BY value",
                             "reading users' groups and extensions");
    if (!where.empty()) scope.bind_text(1, name);
    while (scope.step()) {
        auto it = index.find(scope.column_int64(0));
        if (it == index.end()) continue;
        auto& a = out[it->second];
        (scope.column_int(1) == kScopeGroup ? a.groups : a.extensions).emplace_back(scope.column_text(2));
    }
    return out;
}

} // namespace kxcti::server::accounts
