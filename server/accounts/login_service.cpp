#include "server/accounts/login_service.h"

#include "common/util/log.h"

#include <algorithm>
#include <exception>

namespace kxcti::server::accounts {
namespace {

constexpr std::string_view kLog = "login";

protocol::LoginRefused refused(protocol::LoginRefusal code, std::string text, std::uint32_t retry_after_s = 0) {
    return protocol::LoginRefused{code, retry_after_s, std::move(text)};
}

std::string kind_name(protocol::ClientKind kind) {
    switch (kind) {
    case protocol::ClientKind::Supervisor: return "the Supervisor client";
    case protocol::ClientKind::CallerId: return "the Caller ID client";
    case protocol::ClientKind::Cli: return "kxcti-cli";
    }
    return "this client";
}

} // namespace

LoginService::LoginService(AccountStore& store, LoginLimiter& limiter, Seats& seats, unsigned dummy_iterations)
    : store_(store), limiter_(limiter), seats_(seats), dummy_iterations_(dummy_iterations) {}

std::optional<protocol::LoginRefused> LoginService::admit(const std::string& address) {
    auto wait = limiter_.admit_address(address);
    if (!wait) return std::nullopt;
    log::warn(kLog, "login from ", address, " refused: too many attempts from this address");
    return refused(protocol::LoginRefusal::RateLimited,
                   "too many login attempts from your address; try again in " + std::to_string(wait->count()) +
                       " s",
                   static_cast<std::uint32_t>(wait->count()));
}

LoginOutcome LoginService::authenticate(const LoginRequest& request) {
    try {
        return decide(request);
    } catch (const std::exception& e) {
        log::error(kLog, "login of ", request.login.user.substr(0, kMaxNameBytes), " from ", request.address,
                   " could not be checked: ", e.what());
        return refused(protocol::LoginRefusal::Unavailable,
                       "the server cannot check logins right now (its database failed); tell the administrator");
    }
}

LoginOutcome LoginService::decide(const LoginRequest& request) {
    using protocol::LoginRefusal;
    const auto& user = request.login.user;
    const std::string who = user.substr(0, kMaxNameBytes) + " from " + request.address;
    if (auto wait = limiter_.user_locked(user)) {
        log::warn(kLog, "login of ", who, " refused: too many failed attempts for this user");
        return refused(LoginRefusal::RateLimited,
                       "too many failed logins for this user; try again in " + std::to_string(wait->count()) + " s",
                       static_cast<std::uint32_t>(wait->count()));
    }
    auto account = store_.find(user);
    bool ok = false;
    if (account) {
        ok = verify_password(request.login.password, account->password);
    } else {
        if (!dummy_) dummy_ = hash_password("no such user: a hash to spend the same time on", dummy_iterations_);
        verify_password(request.login.password, *dummy_);
    }
    if (!ok) {
        limiter_.failed(user);
        log::warn(kLog, "login of ", who, " refused: ", account ? "wrong password" : "no such user");
        return refused(LoginRefusal::BadCredentials, "wrong user name or password");
    }
    limiter_.succeeded(user);

    const auto role = account->role;
    if (role == protocol::Role::Operator && request.kind == protocol::ClientKind::Supervisor)
        return refused(LoginRefusal::NotAllowed,
                       "user " + account->name + " is an operator: operators use the Caller ID client, "
                       "not the Supervisor (ask an admin for a supervisor account)");
    const auto& desk = request.login.extension;
    if (!desk.empty() && role != protocol::Role::Admin &&
        std::find(account->extensions.begin(), account->extensions.end(), desk) == account->extensions.end())
        return refused(LoginRefusal::NotAllowed, "extension " + desk.substr(0, kMaxNumberBytes) +
                                                     " is not one of user " + account->name +
                                                     "'s extensions; set the right extension in the client "
                                                     "or ask an admin to add it (kxcti-server user set)");

    LoginGranted granted;
    if (auto kind = seat_for(request.kind, role)) {
        granted.seat = seats_.take(*kind);
        if (!granted.seat) {
            const auto limit = seats_.limit(*kind);
            log::warn(kLog, "login of ", who, " refused: all ", limit, " ", seat_name(*kind), " seats in use");
            return refused(LoginRefusal::SeatsFull,
                           "all " + std::to_string(limit) + " " + seat_name(*kind) + " seats are in use; close " +
                               kind_name(request.kind) + " on another desk, or raise [clients] " +
                               (*kind == SeatKind::Supervisor ? "supervisor_seats" : "callerid_seats") +
                               " in kxcti.conf");
        }
    }
    granted.scope = scope_of(*account, desk);
    auto& r = granted.reply;
    r.user = account->name;
    r.role = role;
    r.all_groups = granted.scope.all;
    r.groups.assign(granted.scope.groups.begin(), granted.scope.groups.end());
    r.extensions.assign(granted.scope.extensions.begin(), granted.scope.extensions.end());
    r.text = granted.seat ? seat_name(granted.seat->kind()) + " seat " + std::to_string(granted.seat->number()) +
                                " of " + std::to_string(seats_.limit(granted.seat->kind()))
                          : std::string("no seat taken");
    log::info(kLog, "user ", account->name, " (", role_name(role), ") logged in from ", request.address, " with ",
              kind_name(request.kind), "; ", r.text);
    return granted;
}

} // namespace kxcti::server::accounts
