#pragma once
// What a pop-up says about a number's earlier calls, from the server's history (newest first).
// Pure functions; the texts are translated in the context "kxcti::callerid".
#include "protocol/messages_lookup.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace kxcti::callerid {

enum class CallResult { Answered, Lost, NotAnswered, Unknown };

// Answered: talk time > 0. Lost: the PBX's NA (the caller gave up ringing). NotAnswered: rang,
// no talk time, not NA (e.g. an ICD group's own leg). Unknown: nothing printed.
CallResult result_of(const protocol::HistoryCall& call);

enum class LostFlag {
    None,               // the number's last call was answered, or none was lost
    LostNotCalledBack,  // its newest lost call came after its last answered one, and no call back
    LostCalledBack,     // lost, then an outgoing call to it (when the history lists outgoing calls)
};

// Walks the history from the newest call: an answered incoming call settles it (None); the
// first lost call found is the flag, CalledBack if an outgoing call came after it. The server's
// history lists calls *from* the number, so a call back by dialling out shows only where the
// history includes outgoing calls; a caller who got through later clears the flag either way.
LostFlag lost_flag(const std::vector<protocol::HistoryCall>& newest_first);

// "1:05", "12:00:07"; "" for a negative (unknown) duration.
QString duration_text(std::int32_t seconds);
// "answered 1:05", "lost after 0:31", "not answered", "" (translated).
QString result_text(const protocol::HistoryCall& call);
// "2026-11-20 14:03" (the PBX's date and time as printed, seconds dropped).
QString when_text(const protocol::HistoryCall& call);
// A Unix time in microseconds as local "yyyy-MM-dd HH:mm"; "" for 0.
QString local_time_text(std::int64_t unix_us);

} // namespace kxcti::callerid
