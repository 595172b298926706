#pragma once
// Reports (docs/protocol.md, "Reports"): the client asks for one by name with text
// parameters; the server answers ReportColumns, then the rows in ReportRows chunks (every
// chunk but the last carries kFlagMore), ReportProgress between chunks of a long report, and
// ReportDone. RequestFailed instead, at any point, ends the stream. Every row names the group
// it belongs to; a session receives only rows of groups it may see ("" = site-wide: admins).
#include "protocol/message_types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kxcti::protocol {

enum class ColumnKind : std::uint8_t {
    Text = 0,
    Integer = 1, // a whole number in decimal
    Seconds = 2, // a duration in seconds, decimal; averages may have a fraction ("12.500")
    Ratio = 3,   // a decimal fraction 0..1 ("0.8125"); empty when undefined (nothing to divide)
    Date = 4,    // YYYY-MM-DD
    Time = 5,    // HH:MM or HH:MM:SS
    Decimal = 6, // a decimal number ("12.50"), e.g. money or Erlangs
    DateTime = 7, // YYYY-MM-DD HH:MM[:SS], the PBX's local time
};
constexpr WireEnum<ColumnKind> wire_enum(ColumnKind) { return {"ColumnKind", ColumnKind::DateTime}; }

struct ReportCatalogRequest {
    static constexpr MessageType kType = MessageType::ReportCatalogRequest;
    std::uint32_t request_id = 0;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id;
    }
    friend bool operator==(const ReportCatalogRequest&, const ReportCatalogRequest&) = default;
};

struct ReportInfo {
    std::string name;                 // what ReportRequest names, e.g. "calls"
    std::string title;                // for menus
    std::vector<std::string> params;  // parameter keys it takes, e.g. "from", "to"

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & name & title & params;
    }
    friend bool operator==(const ReportInfo&, const ReportInfo&) = default;
};

struct ReportCatalog {
    static constexpr MessageType kType = MessageType::ReportCatalog;
    std::uint32_t request_id = 0;
    std::vector<ReportInfo> reports;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & reports;
    }
    friend bool operator==(const ReportCatalog&, const ReportCatalog&) = default;
};

struct ReportParam {
    std::string key;
    std::string value;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & key & value;
    }
    friend bool operator==(const ReportParam&, const ReportParam&) = default;
};

struct ReportRequest {
    static constexpr MessageType kType = MessageType::ReportRequest;
    std::uint32_t request_id = 0;
    std::string name;
    std::vector<ReportParam> params;  // e.g. from=2026-11-01, to=2026-11-30, group=601

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & name & params;
    }
    friend bool operator==(const ReportRequest&, const ReportRequest&) = default;
};

struct ReportColumn {
    std::string name;
    ColumnKind kind = ColumnKind::Text;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & name & kind;
    }
    friend bool operator==(const ReportColumn&, const ReportColumn&) = default;
};

struct ReportColumns {
    static constexpr MessageType kType = MessageType::ReportColumns;
    std::uint32_t request_id = 0;
    std::vector<ReportColumn> columns;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & columns;
    }
    friend bool operator==(const ReportColumns&, const ReportColumns&) = default;
};

struct ReportRow {
    std::string group;               // the group the row is about; "" = the whole site
    std::vector<std::string> cells;  // one per column, formatted per ColumnKind

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & group & cells;
    }
    friend bool operator==(const ReportRow&, const ReportRow&) = default;
};

struct ReportRows {
    static constexpr MessageType kType = MessageType::ReportRows;
    std::uint32_t request_id = 0;
    std::vector<ReportRow> rows;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & rows;
    }
    friend bool operator==(const ReportRows&, const ReportRows&) = default;
};

struct ReportProgress {
    static constexpr MessageType kType = MessageType::ReportProgress;
    std::uint32_t request_id = 0;
    std::uint64_t done = 0;   // units of work done (records read, days computed...)
    std::uint64_t total = 0;  // 0: unknown

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & done & total;
    }
    friend bool operator==(const ReportProgress&, const ReportProgress&) = default;
};

struct ReportDone {
    static constexpr MessageType kType = MessageType::ReportDone;
    std::uint32_t request_id = 0;
    std::uint64_t rows = 0;  // rows sent (after the rights filter)
    std::string text;        // notes: thresholds used, data gaps

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id & rows & text;
    }
    friend bool operator==(const ReportDone&, const ReportDone&) = default;
};

// Client -> server: stop a running report; the server ends it with RequestFailed.
struct ReportCancel {
    static constexpr MessageType kType = MessageType::ReportCancel;
    std::uint32_t request_id = 0;

    template <class Archive>
    void serialize(Archive& ar, unsigned) {
        ar & request_id;
    }
    friend bool operator==(const ReportCancel&, const ReportCancel&) = default;
};

} // namespace kxcti::protocol

KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportCatalogRequest)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportInfo)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportCatalog)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportParam)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportRequest)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportColumn)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportColumns)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportRow)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportRows)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportProgress)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportDone)
KXCTI_PROTOCOL_STRUCT(kxcti::protocol::ReportCancel)
