// Names used in JSON, logs and the database's readable views: stable, lower case except layouts.
#include "common/smdr/parser.h"

namespace kxcti::smdr {

std::string_view to_string(Layout l) noexcept {
    switch (l) {
    case Layout::A: return "A";
    case Layout::B: return "B";
    case Layout::C: return "C";
    case Layout::TD816: return "TD816";
    case Layout::TA: return "TA";
    case Layout::HtsCsv: return "HTS";
    case Layout::Unknown: break;
    }
    return "unknown";
}

std::string_view to_string(LineKind k) noexcept {
    switch (k) {
    case LineKind::Record: return "record";
    case LineKind::Header: return "header";
    case LineKind::Rule: return "rule";
    case LineKind::Blank: return "blank";
    case LineKind::Login: return "login";
    case LineKind::Logout: return "logout";
    case LineKind::Alarm: return "alarm";
    case LineKind::Error: break;
    }
    return "error";
}

std::string_view to_string(Direction d) noexcept {
    switch (d) {
    case Direction::In: return "in";
    case Direction::Out: return "out";
    case Direction::Intercom: return "intercom";
    case Direction::Unknown: break;
    }
    return "unknown";
}

std::optional<Layout> layout_from_string(std::string_view s) noexcept {
    for (Layout l : {Layout::A, Layout::B, Layout::C, Layout::TD816, Layout::TA, Layout::HtsCsv})
        if (s == to_string(l)) return l;
    return std::nullopt;
}

} // namespace kxcti::smdr
