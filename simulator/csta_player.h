#pragma once
// The traffic model as CSTA events (ECMA-285), the way kxcti-pbxsim's CTI link reports them.
// No capture of a Panasonic call event is public (../shared/reference/csta-panasonic.md), so
// this is ECMA-269's call model as a PBX following the standard would report an ICD centre:
//
//   the call enters a group      Queued at the group (numberQueued, callsInFront; cause newCall,
//                                overflow after an overflow)
//   a member rings               Diverted group -> member (distributed), Delivered at the member
//   its ring times out           Diverted member -> group (alertTimeExpired)
//   a colleague answers          ConnectionCleared of the member's connection
//   answered                     Established at the member
//   overflow                     ConnectionCleared of ringing members, Diverted group -> group (overflow)
//   caller hangs up waiting      ConnectionCleared of the caller's connection, CallCleared
//   consultation and transfer    Held, Delivered and Established of a second call at the target,
//                                Transferred (the caller's call continues under the second call's id)
//   forward to the outside       Diverted (callForwardImmediate) at the extension
//   call-back                    Originated and Established at the member
//   end of talk                  ConnectionCleared of the caller's connection, CallCleared
//   shift edges                  AgentLoggedOn / AgentLoggedOff
//
// Every event carries the model's time as its timestamp (GeneralizedTime, PBX local time) and
// is addressed to the monitors of the devices it concerns; each one says how the devices' calls
// change, so that snapshotDevice answers what the events so far have said. The caller's side of
// a call is a connection with the dynamic id "CO" + trunk; the trunk is also the
// associatedCallingDevice and the DID the networkCalledDevice.
#include "common/csta/event.h"
#include "common/csta/services.h"
#include "simulator/traffic_observer.h"
#include "simulator/traffic_scenario.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kxcti::sim {

// How one event changes what snapshotDevice reports.
struct DeviceChange {
    enum class Kind { Set, Remove, RemoveCall } kind = Kind::Set;
    std::string device;                   // Set / Remove
    std::string call_id;                  // raw octets
    csta::ConnectionState state = csta::ConnectionState::Null;  // Set
    csta::DeviceRef endpoint;             // Set: the other party as the snapshot names it
};

struct CstaItem {
    std::int64_t at = 0;                  // model second
    csta::Event event;                    // cross_ref is filled per monitor when sent
    std::vector<std::string> to;          // devices whose monitors report it
    std::vector<DeviceChange> changes;
};

// The devices the simulated PBX has: operators' extensions, forwarding extensions (stations)
// and ICD groups, numbered 1, 2, ... (the Panasonic device numbers of the escape list).
std::vector<csta::DiscoveredDevice> simulated_devices(const Scenario& scenario);

class CstaPlayer final : public TrafficObserver {
public:
    using Sink = std::function<void(CstaItem)>;
    // `start`: the first simulated day (for the timestamps).
    CstaPlayer(const Scenario& scenario, int start_year, int start_month, int start_day, Sink sink);

    void queued(const CallView& call, const std::string& group, std::int64_t at) override;
    void ringing(const CallView& call, const std::string& group, const std::string& ext, std::int64_t at) override;
    void stopped_ringing(const CallView& call, const std::string& ext, std::int64_t at) override;
    void answered(const CallView& call, const std::string& group, const std::string& ext, std::int64_t at) override;
    void overflowed(const CallView& call, const std::string& from, const std::string& to, std::int64_t at) override;
    void abandoned(const CallView& call, const std::string& group, std::int64_t at) override;
    void consulting(const CallView& call, const std::string& ext, const std::string& target, std::int64_t at) override;
    void transferred(const CallView& call, const std::string& ext, const std::string& target, std::int64_t at) override;
    void forwarded(const CallView& call, const std::string& ext, const std::string& to, std::int64_t at) override;
    void calling_out(std::uint64_t id, const std::string& ext, const std::string& number, std::int64_t at) override;
    void cleared(std::uint64_t id, std::int64_t at) override;
    void logged(const std::string& ext, bool in, std::int64_t at) override;

private:
    struct Call {
        std::string cid;                 // the current CSTA call id
        csta::DeviceRef caller;          // calling device (notKnown when withheld)
        std::string trunk, did;
        std::string first_group, group;  // where it came in, where it is
        std::set<std::string> ringing;
        std::string answerer;
        bool answered = false;
        bool outgoing = false;
        std::string consult_cid, consult_target;
        std::string forward_ext;
    };

    Call& call(const CallView& v);
    std::string new_call_id();
    csta::Event base(const Call& c, csta::EventType type, const std::string& subject, std::int64_t at) const;
    csta::ConnectionRef at_device(const std::string& cid, const std::string& device) const;
    csta::ConnectionRef caller_side(const Call& c, const std::string& cid) const;
    std::int64_t waiting_in(const std::string& group) const;
    void emit(std::int64_t at, csta::Event e, std::vector<std::string> to, std::vector<DeviceChange> changes = {});
    std::string stamp_text(std::int64_t at) const;

    int start_year_, start_month_, start_day_;
    Sink sink_;
    std::map<std::string, std::string> group_of_;  // operator -> its first group
    std::map<std::uint64_t, Call> calls_;
    std::uint16_t next_cid_ = 0;
};

} // namespace kxcti::sim
