#include "server/links/lan_login.h"

#include <cctype>

namespace kxcti::server {
namespace {

constexpr std::string_view kDash = "-";
constexpr std::string_view kPasswordPrompt = "Enter Password";  // the ':' after it is optional
constexpr std::string_view kRejected = "Rejected";

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
    // The rest of the prompt line (":" and spaces) belongs to the dialogue.
    if (in_prompt_tail_) {
        std::size_t skip = 0;
        while (skip < buffer_.size() && (buffer_[skip] == ':' || buffer_[skip] == ' ' || buffer_[skip] == '\t'))
            ++skip;
        buffer_.erase(0, skip);
        if (buffer_.empty()) return step;
        in_prompt_tail_ = false;
    }
    // So do the line ends the PBX sends after our password. Spaces are kept: a page header
    // ("  Date ...") starts with them.
    std::size_t skip = 0;
    while (skip < buffer_.size() && (buffer_[skip] == '\r' || buffer_[skip] == '\n' || buffer_[skip] == '\0')) ++skip;
    buffer_.erase(0, skip);

    std::string_view word = buffer_;
    while (!word.empty() && (word.front() == ' ' || word.front() == '\t')) word.remove_prefix(1);
    if (word.empty()) return step;

    Match rejected = match(word, kRejected);
    Match again = match(word, kPasswordPrompt);
    if (rejected == Match::Full) return fail(std::move(step), kLoginRejected);
    if (again == Match::Full) return fail(std::move(step), kLoginWrongPassword);
    if (rejected == Match::Prefix || again == Match::Prefix) return step;

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
