// Names for logs and the probe: connection states and event causes (ECMA-285 connection-states
// and event-causes modules).
#include "common/csta/types.h"

#include <array>

namespace kxcti::csta {

DeviceRef dialing_number(std::string digits) {
    DeviceRef d;
    d.form = DeviceForm::DialingNumber;
    d.number = std::move(digits);
    return d;
}

DeviceRef device_number(std::int64_t n) {
    DeviceRef d;
    d.form = DeviceForm::DeviceNumber;
    d.device_number = n;
    d.number = std::to_string(n);
    return d;
}

std::string_view connection_state_name(ConnectionState s) {
    static constexpr std::array<std::string_view, 7> kNames = {"null", "initiated", "alerting", "connected",
                                                               "hold", "queued", "fail"};
    return kNames[static_cast<std::size_t>(s) % kNames.size()];
}

std::optional<ConnectionState> connection_state(std::int64_t v) {
    if (v < 0 || v > 6) return std::nullopt;
    return static_cast<ConnectionState>(v);
}

std::string event_cause_name(int cause) {
    // Index = value; values 1..87 of ECMA-285's EventCause (34 is no longer used).
    static constexpr std::array<const char*, 88> kNames = {
        nullptr, "activeParticipation", "alternate", "busy", "callBack", "callCancelled",
        "callForwardImmediate", "callForwardBusy", "callForwardNoAnswer", "callForward",
        "callNotAnswered", "callPickup", "campOn", "destNotObtainable", "doNotDisturb",
        "incompatibleDestination", "invalidAccountCode", "keyOperation", "lockout", "maintenance",
        "networkCongestion", "networkNotObtainable", "newCall", "noAvailableAgents", "override", "park",
        "overflow", "recall", "redirected", "reorderTone", "resourcesNotAvailable", "silentParticipation",
        "transfer", "trunksBusy", nullptr, "blocked", "characterCountReached", "consultation", "distributed",
        "dTMFDigitDetected", "durationExceeded", "endOfMessageDetected", "enteringDistribution",
        "forcedPause", "makeCall", "messageSizeExceeded", "networkSignal", "nextMessage", "normalClearing",
        "noSpeechDetected", "numberChanged", "singleStepConference", "singleStepTransfer", "speechDetected",
        "switchingFunctionTerminated", "terminationCharacterReceived", "timeout", "aCDBusy", "aCDForward",
        "aCDSaturated", "alertTimeExpired", "autoWork", "campOnTrunks", "conference", "destDetected",
        "destOutOfOrder", "distributionDelay", "forcedTransition", "intrude", "invalidNumberFormat",
        "joinCall", "keyOperationInUse", "makePredictiveCall", "messageDurationExceeded",
        "multipleAlerting", "multipleQueuing", "networkDialling", "networkOutOfOrder", "normal",
        "notAvaliableBearerService", "notSupportedBearerService", "numberUnallocated", "queueCleared",
        "remainsInQueue", "reserved", "selectedTrunkBusy", "suspend", "unauthorisedBearerService"};
    if (cause > 0 && cause < static_cast<int>(kNames.size()) && kNames[static_cast<std::size_t>(cause)])
        return kNames[static_cast<std::size_t>(cause)];
    return "cause " + std::to_string(cause);
}

} // namespace kxcti::csta
