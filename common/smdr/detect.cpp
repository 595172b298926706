// Recognising what a line is before reading it as a record (page headers, alarms), and deciding
// a site's date order from many lines.
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

namespace kxcti::smdr {
namespace detail {
namespace {
bool contains(std::string_view s, std::string_view what) noexcept { return s.find(what) != std::string_view::npos; }
} // namespace

bool header_line(std::string_view line, std::optional<Layout>& layout) noexcept {
    std::size_t first = 0;  // asked of every line: look at its start before trimming it all
    while (first < line.size() && is_space(line[first])) ++first;
    if (line.substr(first, 4) != "Date") return false;
    auto t = trim(line);
    if (!contains(t, "Time")) return false;
    // Header texts of the reference: A has Ring but no Cost, B has Cost but no Ring; C (wide) has
    // both, or is simply wider than 80 columns; the KX-TA printout ends in "Duration Code".
    bool ring = contains(t, "Ring"), cost = contains(t, "Cost");
    constexpr std::size_t kNarrowWidth = 81;  // A and B headers are 80 columns (+ a form feed)
    if (ring && (cost || line.size() > kNarrowWidth)) layout = Layout::C;
    else if (ring) layout = Layout::A;
    else if (cost) layout = Layout::B;
    else if (contains(t, "Code") && !contains(t, "Acc")) layout = Layout::TA;
    else layout.reset();
    return true;
}

bool alarm_line(std::string_view line) noexcept {
    // "ALM" as the start of a word: PBX alarm lines. Not inside a word (a CSV caller "PALMER").
    for (std::size_t p = line.find("ALM"); p != std::string_view::npos; p = line.find("ALM", p + 1))
        if (p == 0 || !is_alpha(line[p - 1])) return true;
    return false;
}

} // namespace detail

using namespace detail;

void DateOrderVote::add(std::string_view line) noexcept {
    while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
    auto text = leading_date(line);
    // Only a date followed by a time is a record's date (not a header's or a note's digits).
    std::size_t after = static_cast<std::size_t>(text.data() - line.data()) + text.size();
    while (after < line.size() && line[after] == ' ') ++after;
    if (after >= line.size() || !(is_digit(line[after]) || line[after] == '*')) return;
    RawDate raw;
    if (!scan_date(text, raw) || raw.stars) return;
    unsigned mask = valid_orders(raw);
    if (mask == 0) return;
    ++dated_;
    auto has = [&](DateOrder o) { return (mask >> static_cast<unsigned>(o)) & 1u; };
    valid_[0] += has(DateOrder::DMY);
    valid_[1] += has(DateOrder::MDY);
    valid_[2] += has(DateOrder::YMD);
    if (has(DateOrder::DMY) && !has(DateOrder::MDY)) ++dmy_only_;
    if (has(DateOrder::MDY) && !has(DateOrder::DMY)) ++mdy_only_;
    if (!has(DateOrder::DMY) && !has(DateOrder::MDY)) ++ymd_only_;
    if (dated_ > 1) {
        first_changes_ += raw.f[0] != prev_[0];
        middle_changes_ += raw.f[1] != prev_[1];
        last_changes_ += raw.f[2] != prev_[2];
    }
    for (int i = 0; i < 3; ++i) prev_[i] = raw.f[i];
}

DateOrder DateOrderVote::decide() const noexcept {
    if (dated_ == 0) return DateOrder::Auto;
    // yy/mm/dd with two-digit years fits most dd/mm/yy dates too (20/12/07 is both), so it wins
    // only when some date fits no other order, or when the first number is the steady one
    // (a year changes less often than a day) and every date fits it.
    if (valid_[2] == dated_ && (ymd_only_ > 0 || first_changes_ < last_changes_)) return DateOrder::YMD;
    // Otherwise a day above 12 decides between dd/mm and mm/dd; the majority wins if a few
    // garbled lines disagree.
    if (dmy_only_ > mdy_only_ && valid_[0] > valid_[1]) return DateOrder::DMY;
    if (mdy_only_ > dmy_only_ && valid_[1] > valid_[0]) return DateOrder::MDY;
    // No day above 12 anywhere (the first twelve days of months): the day is the number that
    // keeps changing while the month stays (07/12/20, 08/12/20, 09/12/20 is dd/mm/yy). Asks for
    // a clear majority of changes so that a single month boundary decides nothing.
    if (dmy_only_ == 0 && mdy_only_ == 0) {
        constexpr unsigned long long kMinDayChanges = 2;  // two day changes: three days of records
        if (valid_[0] == dated_ && first_changes_ >= kMinDayChanges && first_changes_ > 2 * middle_changes_)
            return DateOrder::DMY;
        if (valid_[1] == dated_ && middle_changes_ >= kMinDayChanges && middle_changes_ > 2 * first_changes_)
            return DateOrder::MDY;
    }
    return DateOrder::Auto;
}

DateOrder detect_date_order(std::span<const std::string_view> lines) noexcept {
    DateOrderVote vote;
    for (auto l : lines) vote.add(l);
    return vote.decide();
}

} // namespace kxcti::smdr
