#pragma once
// The Panasonic LAN SMDR login dialogue as a pure state machine (no I/O, no clock):
//   PBX: "-"              client: USER CR      (user "SMDR" by default)
//   PBX: "Enter Password:" client: PASSWORD CR
//   PBX: records...        or "Rejected"        or "Enter Password:" again (wrong password)
// Source of the dialogue: ../shared/reference/smdr-panasonic.md (Transport, LAN).
// Tolerant: prompts may come with CR/LF/spaces around them and split across reads; a prompt
// may come without the "-" first; "Rejected" is recognised at any point before the records.
// Lossless: after the password, every byte up to the verdict that is not "Rejected" or a new
// prompt is handed on as data (blank lines, a page header's leading spaces), except the prompt's
// own ':' and the spaces after it in the same read.
// The link owns the timeout ("PBX silent during login") because only it has a clock.
#include <cstddef>
#include <string>
#include <string_view>

namespace kxcti::server {

struct LoginStep {
    enum class Outcome {
        NeedMore,  // keep reading (and write `send` first if it is not empty)
        LoggedIn,  // the dialogue is over: `data` holds bytes that are already records
        Rejected,  // give up on this connection: `reason` says why (never contains the password)
    };
    Outcome outcome = Outcome::NeedMore;
    std::string send;    // bytes to write to the PBX now
    std::string data;    // LoggedIn: leftover bytes past the dialogue
    std::string reason;  // Rejected: a sentence a user can act on
};

class LanLogin {
public:
    LanLogin(std::string user, std::string password);

    LoginStep feed(std::string_view bytes);

    // The password has gone out: from now on silence is normal (a PBX with no calls prints
    // nothing), so the link stops its login timer and counts the connection as up.
    bool password_sent() const { return phase_ == Phase::Verdict; }
    bool done() const { return phase_ == Phase::Done || phase_ == Phase::Failed; }
    // Bytes thrown away before the password went out because they were no prompt: a peer that
    // streams records at once needs `login = no`; the link says so when the login times out.
    std::size_t ignored_bytes() const { return ignored_; }

private:
    enum class Phase { ExpectPrompt, ExpectPasswordPrompt, Verdict, Done, Failed };

    LoginStep step_before_password(LoginStep step);
    LoginStep step_verdict(LoginStep step);
    LoginStep fail(LoginStep step, std::string_view reason);

    std::string user_;
    std::string password_;
    Phase phase_ = Phase::ExpectPrompt;
    std::string buffer_;  // bytes not yet decided
    bool in_prompt_tail_ = false;  // just past "Enter Password": its ':' and spaces follow
    std::string reason_;
    std::size_t ignored_ = 0;
};

// What the link logs when the PBX answers "Rejected".
inline constexpr std::string_view kLoginRejected =
    "PBX rejected the login (wrong password, or another SMDR client is connected: the PBX accepts "
    "one at a time)";
inline constexpr std::string_view kLoginWrongPassword =
    "PBX asked for the password again: the password is wrong (check `password` in the link's "
    "section of the configuration)";

} // namespace kxcti::server
