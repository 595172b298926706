#include "server/links/lan_login.h"

#include <cctype>

namespace kxcti::server {
namespace {

constexpr std::string_view kDash = "-";
constexpr std::string_view kPasswordPrompt = "Enter Password";  // the ':' after it is optional
constexpr std::string_view kRejected = "Rejected";
// Blank bytes held after the password while the verdict is open: a PBX that prints this many
// line ends is printing (blank lines), not answering, so they are handed on as data.
constexpr std::size_t kMaxHeldBlankBytes = 256;

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// How much of `token` `text` matches from its start, case-insensitively: Full, a Prefix of the
// token (more bytes may complete it), or None.
enum class Match { None, Prefix, Full };
Match match(std::string_view text, std::string_view token) {
    std::size_t n = text.size() < token.size() ? text.size() : token.size();
    for (std::size_t i = 0; i < n; ++i)
        if (lower(text[i]) != lower(token[i])) return Match::None;
    return text.size() >= token.size() ? Match::Full : Match::Prefix;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'; }

} // namespace

LanLogin::LanLogin(std::string user, std::string password)
    : user_(std::move(user)), password_(std::move(password)) {}

LoginStep LanLogin::feed(std::string_view bytes) {
    LoginStep step;
    if (phase_ == Phase::Done) {
        step.outcome = LoginStep::Outcome::LoggedIn;
        step.data.assign(bytes);
        return step;
    }
    if (phase_ == Phase::Failed) {
        step.outcome = LoginStep::Outcome::Rejected;
        step.reason = reason_;
        return step;
    }
    buffer_.append(bytes);
    if (phase_ != Phase::Verdict) step = step_before_password(std::move(step));
    if (phase_ == Phase::Verdict) step = step_verdict(std::move(step));
    return step;
}

LoginStep LanLogin::step_before_password(LoginStep step) {
    while (phase_ == Phase::ExpectPrompt || phase_ == Phase::ExpectPasswordPrompt) {
        std::size_t skip = 0;
        while (skip < buffer_.size() && (is_space(buffer_[skip]) || buffer_[skip] == ':')) ++skip;
        buffer_.erase(0, skip);
        if (buffer_.empty()) return step;

        if (match(buffer_, kRejected) == Match::Full) return fail(std::move(step), kLoginRejected);
        if (match(buffer_, kPasswordPrompt) == Match::Full) {
            // Also when it comes without the "-" first: answer it.
            buffer_.erase(0, kPasswordPrompt.size());
            step.send += password_;
            step.send += '\r';
            phase_ = Phase::Verdict;
            in_prompt_tail_ = true;
            return step;
        }
        if (match(buffer_, kDash) == Match::Full) {
            buffer_.erase(0, kDash.size());
            // A repeated "-" while we wait for the password prompt is ignored: answering it
            // again could loop; the login timeout ends a PBX that keeps asking.
            if (phase_ == Phase::ExpectPrompt) {
                step.send += user_;
                step.send += '\r';
                phase_ = Phase::ExpectPasswordPrompt;
            }
            continue;
        }
        if (match(buffer_, kRejected) == Match::Prefix || match(buffer_, kPasswordPrompt) == Match::Prefix)
            return step;  // wait for the rest of the word
        buffer_.erase(0, 1);
        ++ignored_;
    }
    return step;
}

LoginStep LanLogin::step_verdict(LoginStep step) {
    // The prompt's ':' and the spaces right after it in the same read belong to the dialogue.
    // Spaces in a later read are the PBX's output: a page header ("  Date ...") starts with them.
    if (in_prompt_tail_) {
        if (buffer_.empty()) return step;  // the ':' may still come on its own
        std::size_t skip = 0;
        if (buffer_[0] == ':') {
            skip = 1;
            while (skip < buffer_.size() && (buffer_[skip] == ' ' || buffer_[skip] == '\t')) ++skip;
        }
        buffer_.erase(0, skip);
        in_prompt_tail_ = false;
    }
    // Line ends before the verdict word are looked past but kept: when the answer is records,
    // they are its first (blank) lines, and a link hands on every byte the PBX printed.
    std::string_view word = buffer_;
    while (!word.empty() && (is_space(word.front()))) word.remove_prefix(1);
    if (word.empty()) {
        if (buffer_.size() <= kMaxHeldBlankBytes) return step;
    } else {
        Match rejected = match(word, kRejected);
        Match again = match(word, kPasswordPrompt);
        if (rejected == Match::Full) return fail(std::move(step), kLoginRejected);
        if (again == Match::Full) return fail(std::move(step), kLoginWrongPassword);
        if (rejected == Match::Prefix || again == Match::Prefix) return step;
    }

    phase_ = Phase::Done;
    step.outcome = LoginStep::Outcome::LoggedIn;
    step.data.swap(buffer_);
    return step;
}

LoginStep LanLogin::fail(LoginStep step, std::string_view reason) {
    phase_ = Phase::Failed;
    reason_.assign(reason);
    buffer_.clear();
    step.outcome = LoginStep::Outcome::Rejected;
    step.reason = reason_;
    return step;
}

} // namespace kxcti::server
