#pragma once
// The typed result of reading one SMDR line. Every input line becomes exactly one ParsedLine;
// a value the layout does not carry is std::nullopt ("unknown"), never 0 or "".
#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::smdr {

// Record layouts of ../shared/reference/smdr-panasonic.md. The numeric values are stored in the
// database: append only, never renumber.
enum class Layout : std::uint8_t {
    Unknown = 0,
    A = 1,       // 80 columns, no charge, with Ring
    B = 2,       // 80 columns, with charge, no Ring
    C = 3,       // 120 columns, wide, charge and Ring
    TD816 = 4,   // KX-TD816/1232 variants (<INCOMING>, with/without charge and Ring)
    TA = 5,      // KX-TA/TE/TES/TEB printout (start time, '*' transfer prefix, "...." code)
    HtsCsv = 6,  // KX-HTS Master.csv CDR lines
};

// Stored in the database too: append only.
enum class LineKind : std::uint8_t {
    Record = 0,
    Header = 1,
    Rule = 2,
    Blank = 3,   // empty, spaces only, or a lone form feed
    Login = 4,   // "LOG IN" in the dial column
    Logout = 5,  // "LOG OUT" in the dial column
    Alarm = 6,   // PBX alarm lines ("ALM")
    Error = 7,   // could not be read: see ParsedLine::error
};

enum class Direction : std::uint8_t { Unknown = 0, In = 1, Out = 2, Intercom = 3 };
enum class DateOrder : std::uint8_t { Auto = 0, DMY = 1, MDY = 2, YMD = 3 };
enum class ClockMode : std::uint8_t { Auto = 0, H12 = 1, H24 = 2 };

struct CivilDate {
    int year = 0;   // four digits
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

struct TimeOfDay {
    int hour = 0;    // 0..23
    int minute = 0;  // 0..59
    std::optional<int> second;  // only layouts that print seconds (HTS CSV)
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

struct Record {
    Layout layout = Layout::Unknown;
    std::optional<CivilDate> date;        // nullopt when printed as "**/**/**" (clock changed)
    std::optional<TimeOfDay> time;        // end of call (TA layout: start of call)
    bool time_is_start = false;           // true for layouts that print the start time (TA)
    std::optional<std::string> ext;       // extension, ICD group floating number, Dxxx, Txxx, *xxx
    std::optional<std::string> co;        // trunk number as printed ("05"); nullopt for intercom
    Direction direction = Direction::Unknown;
    std::optional<std::string> caller;    // incoming caller number; nullopt for bare <I>
    std::optional<std::string> did;       // <D>did<I>caller
    // The name the PBX prints beside the number (KX-NS/TDA Feature Guide, Dial Number: "<I>ABC
    // COMPANY12345678", "<D>CDE9876<I>Q COMPANY", outgoing "ABC COMPANY12345678"; KX-TD816
    // "<I> 1234567890 MARY WARD"): the caller's name on incoming calls, the directory name on
    // outgoing ones; did_name the DDI/DID name. Bytes as printed (ISO-8859-1, CP1251, ...).
    std::optional<std::string> name;
    std::optional<std::string> did_name;
    // Outgoing digits (P F = . X * # kept, a trailing '-' stripped into `transferred`); for an
    // intercom line the target extension without its "EXT" prefix ("401": the number is what
    // call assembly joins on); for <DISA incoming>/<UCD waiting> the marker; for the PBX's texts
    // (Check in, Check out, Timed Reminder/...) the text itself with direction Unknown.
    std::optional<std::string> dialed;
    bool transferred = false;             // '-' after the number or '*' prefix (TA)
    // Digits the transfer target entered, printed after the '-' ("0376689064-123" -> "123").
    std::optional<std::string> transfer_digits;
    std::optional<int> ring_s;            // ring time in seconds, if the layout prints it
    std::optional<int> duration_s;        // call duration in seconds
    std::optional<std::string> cost;      // as printed ("EU00000.00")
    std::optional<std::string> account;   // account code
    std::optional<std::string> cd;        // condition code: TR FW D0..D4 RM RC AN NA VR VA
};

struct ParsedLine {
    LineKind kind = LineKind::Error;
    bool form_feed = false;              // the line began with '\f' (page break)
    std::optional<Layout> header_layout; // for kind == Header: the layout it announces
    Record record;                       // filled for Record, Login and Logout
    std::string error;                   // for kind == Error: why, in words a user can act on
    // A fixed-column (A, B, C) line that filled its layout's whole width: the link pads its
    // lines with spaces, so a shorter line later on is a cut, not a right-trimmed line.
    bool full_width = false;
    // How the record's date was read. date_order_assumed: the date fitted several orders and
    // nothing (options, detection, this line) decided, so ParseOptions::ambiguous_date_default
    // was used. date_order_decisive: this line's date fits exactly one order (e.g. 31/12/20).
    DateOrder date_order = DateOrder::Auto;
    bool date_order_assumed = false;
    bool date_order_decisive = false;
};

} // namespace kxcti::smdr
