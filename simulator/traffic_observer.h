#pragma once
// What happens to calls inside the traffic model, moment by moment, for outputs that show calls
// as they happen (the CSTA link, csta_player.h) rather than as SMDR prints them afterwards.
// The model calls these at the model second `at` the thing happens, in time order, from inside
// TrafficModel::step(); an observer must not call back into the model.
#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::sim {

// An incoming call as an observer sees it (outgoing call-backs name `dialed` instead).
struct CallView {
    std::uint64_t id = 0;               // the truth's call id
    std::optional<std::string> caller;  // nullopt: withheld
    std::string did;
    std::string trunk;                  // the CO line as the layout prints it ("05")
};

class TrafficObserver {
public:
    virtual ~TrafficObserver() = default;
    // The call entered `group`'s queue (its first group, or the next one after an overflow).
    virtual void queued(const CallView& call, const std::string& group, std::int64_t at) = 0;
    // A member started ringing for the call.
    virtual void ringing(const CallView& call, const std::string& group, const std::string& ext, std::int64_t at) = 0;
    // A member stopped ringing without answering (its ring timed out, a colleague answered, or
    // the call left the group); called after overflowed / abandoned for the members they cut.
    virtual void stopped_ringing(const CallView& call, const std::string& ext, std::int64_t at) = 0;
    virtual void answered(const CallView& call, const std::string& group, const std::string& ext, std::int64_t at) = 0;
    // The call moves on from `from` to `to` (overflow timer, or nobody logged in).
    virtual void overflowed(const CallView& call, const std::string& from, const std::string& to, std::int64_t at) = 0;
    // The caller hung up while waiting in `group` (queued or ringing).
    virtual void abandoned(const CallView& call, const std::string& group, std::int64_t at) = 0;
    // `ext` holds the caller and calls `target` (the consultation before a transfer).
    virtual void consulting(const CallView& call, const std::string& ext, const std::string& target, std::int64_t at) = 0;
    // `ext` transferred the caller to `target`.
    virtual void transferred(const CallView& call, const std::string& ext, const std::string& target, std::int64_t at) = 0;
    // The DID forwards the call at once from `ext` to the outside number `to`.
    virtual void forwarded(const CallView& call, const std::string& ext, const std::string& to, std::int64_t at) = 0;
    // A member calls `number` back (an outgoing call).
    virtual void calling_out(std::uint64_t id, const std::string& ext, const std::string& number, std::int64_t at) = 0;
    // The call is over (talk ended, forward or call-back ended).
    virtual void cleared(std::uint64_t id, std::int64_t at) = 0;
    // An operator logged in or out of its groups (shift edges).
    virtual void logged(const std::string& ext, bool in, std::int64_t at) = 0;
};

} // namespace kxcti::sim
