#pragma once
// Parsing and printing the values of site configuration keys (internal to kxcti_site, used by
// keys.cpp, validate.cpp and store.cpp). Every parser throws SiteError with a message that
// says what was wrong and what is accepted; callers add which key it was.
#include "common/reports/settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::site::detail {

// The SMDR Ext column is 5 characters wide in every layout (smdr-panasonic.md), and CSTA device
// numbers of the same PBXes are no longer: an extension or ICD group number longer than this
// cannot appear in a record.
inline constexpr std::size_t kMaxExtLength = 5;
// Layout C's Dial Number column (50 characters) holds `<D>did<I>caller`: a DID is shorter.
inline constexpr std::size_t kMaxDidLength = 46;
// The most trunks a site can have: a KX-NS1000 network has a few thousand CO lines.
inline constexpr std::uint32_t kMaxTrunks = 10000;
// Names are shown in report columns and GUI lists; 200 bytes is 60+ Cyrillic characters,
// far beyond any column, and stops a stray paste (a whole CSV row) from becoming a name.
inline constexpr std::size_t kMaxNameBytes = 200;

// Extension or ICD group number: 1-5 of 0-9 A-Z a-z * # (letters for doorphones `D01` and TIE
// lines `T12` as the PBX prints them).
std::string parse_ext(std::string_view text, std::string_view what);
// DID: 1-46 of 0-9 * # + (as the PBX prints it after <D>).
std::string parse_did(std::string_view text);
// Free text: valid UTF-8, no control characters, at most kMaxNameBytes; surrounding spaces
// trimmed. May be empty.
std::string parse_name(std::string_view text);
// Extensions separated by commas and/or spaces; no duplicates.
std::vector<std::string> parse_members(std::string_view text);
// A whole number in [lo, hi].
std::uint32_t parse_count(std::string_view text, std::uint32_t lo, std::uint32_t hi, std::string_view unit);
// A decimal number (or a percentage "80%") within the bounds; open bounds exclude the value.
double parse_fraction(std::string_view text, double lo, bool lo_open, double hi, bool hi_open);
// A non-negative amount of money (no currency sign), at most kMaxSpend.
double parse_spend(std::string_view text);
// YYYY-MM-DD, a real calendar day.
reports::CivilDay parse_day(std::string_view text);

std::string format_day(const reports::CivilDay& day);
std::string format_number(double v);  // shortest text that reads back as the same double
std::string format_members(const std::vector<std::string>& members);

std::string_view trim(std::string_view text);

} // namespace kxcti::site::detail
