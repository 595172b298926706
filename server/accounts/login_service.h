#pragma once
// The login decision, apart from sockets: rate limits, the password check, the role and
// client kind, the desk extension, and a seat. server/net calls admit() on the session's
// strand as soon as a Login arrives (cheap: it only counts), then authenticate() on its
// authentication thread (slow on purpose: PBKDF2), and sends what it returns.
#include "protocol/messages.h"
#include "server/accounts/account_store.h"
#include "server/accounts/login_limiter.h"
#include "server/accounts/scope.h"
#include "server/accounts/seats.h"

#include <optional>
#include <string>
#include <variant>

namespace kxcti::server::accounts {

struct LoginRequest {
    std::string address;  // the peer's IP address, for the per-address limit and the log
    protocol::ClientKind kind = protocol::ClientKind::Cli;
    protocol::Login login;
};

struct LoginGranted {
    protocol::LoginOk reply;
    Scope scope;
    std::optional<Seats::Ticket> seat;  // held for the session's life
};

using LoginOutcome = std::variant<LoginGranted, protocol::LoginRefused>;

class LoginService {
public:
    // `dummy_iterations`: the cost of the hash computed for an unknown user, so that a wrong
    // name takes as long as a wrong password (set it to what `user add` uses).
    LoginService(AccountStore& store, LoginLimiter& limiter, Seats& seats,
                 unsigned dummy_iterations = kDefaultIterations);

    // Any thread. A refusal when `address` has made too many attempts; counts this one.
    std::optional<protocol::LoginRefused> admit(const std::string& address);

    // The authentication thread only (it uses the store's connection). Never throws: a
    // database failure is a refusal with code Unavailable.
    LoginOutcome authenticate(const LoginRequest& request);

private:
    LoginOutcome decide(const LoginRequest& request);

    AccountStore& store_;
    LoginLimiter& limiter_;
    Seats& seats_;
    unsigned dummy_iterations_;
    std::optional<PasswordHash> dummy_;  // made at the first unknown name
};

} // namespace kxcti::server::accounts
