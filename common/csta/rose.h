#pragma once
// ROSE (X.880) as CSTA uses it: [1] Invoke, [2] ReturnResult, [3] ReturnError, [4] Reject,
// with local (INTEGER) operation codes. Decoded values hold views into the PDU: use them before
// the frame buffer moves on.
#include "common/csta/ber.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kxcti::csta {

// Operation codes seen on Panasonic links (reference/csta-panasonic.md) and ECMA-285.
namespace op {
inline constexpr std::int64_t kMakeCall = 10;
inline constexpr std::int64_t kEventReport = 21;        // unconfirmed: never answered
inline constexpr std::int64_t kEscape = 51;
inline constexpr std::int64_t kPrivateEvent = 52;       // the public Panasonic client answers it
inline constexpr std::int64_t kMonitorStart = 71;
inline constexpr std::int64_t kMonitorStop = 73;
inline constexpr std::int64_t kSnapshotDevice = 74;
inline constexpr std::int64_t kGetSwitchingFunctionDevices = 204;
inline constexpr std::int64_t kSwitchingFunctionDevices = 205;
inline constexpr std::int64_t kSystemStatus = 211;
inline constexpr std::int64_t kCdrReport = 361;
inline constexpr std::int64_t kStartCdrTransmission = 363;
} // namespace op

// "systemStatus (211)" for logs.
std::string operation_name(std::int64_t opcode);

enum class RoseKind : std::uint8_t { Invoke, ReturnResult, ReturnError, Reject };

struct Invoke {
    std::int64_t invoke_id = 0;
    std::optional<std::int64_t> linked_id;
    std::int64_t opcode = -1;   // -1: a global (OID) operation code, which CSTA does not use
    std::optional<Tlv> argument;
};

struct ReturnResult {
    std::int64_t invoke_id = 0;
    std::optional<std::int64_t> opcode;  // absent in an empty result
    std::optional<Tlv> result;
};

struct ReturnError {
    std::int64_t invoke_id = 0;
    std::int64_t error_code = -1;
    std::optional<Tlv> parameter;
};

enum class RejectProblem : std::uint8_t { General = 0, Invoke = 1, ReturnResult = 2, ReturnError = 3 };

struct Reject {
    std::optional<std::int64_t> invoke_id;  // absent when the rejected PDU had none readable
    RejectProblem problem_kind = RejectProblem::General;
    std::int64_t problem = 0;
};

struct RosePdu {
    RoseKind kind = RoseKind::Invoke;
    Invoke invoke;
    ReturnResult result;
    ReturnError error;
    Reject reject;
};

struct RoseDecoded {
    bool ok = false;
    RosePdu pdu;
    std::string error;
    unsigned skipped = 0;  // unknown trailing elements ignored
};

// Decodes a ROSE APDU from an element whose tag is context [1]..[4] constructed.
RoseDecoded decode_rose(const Tlv& apdu);

// Encoders. `argument` / `result` / `parameter` are complete encoded elements (or empty).
Bytes encode_invoke(std::int64_t invoke_id, std::int64_t opcode, ByteView argument);
// ReturnResult { id, SEQUENCE { opcode, result } }.
Bytes encode_return_result(std::int64_t invoke_id, std::int64_t opcode, ByteView result);
// ReturnResult { id } with no result: the answer to an operation that returns nothing.
Bytes encode_return_result_empty(std::int64_t invoke_id);
Bytes encode_return_error(std::int64_t invoke_id, std::int64_t error_code, ByteView parameter);
Bytes encode_reject(std::optional<std::int64_t> invoke_id, RejectProblem kind, std::int64_t problem);

// The ReturnResult {211, NULL} a PBX expects for every systemStatus invoke
// (corpus: A20B0201013006020200D30500 for invoke id 1). The same shape answers privateEvent
// (52) and cDRReport (361).
Bytes encode_null_result(std::int64_t invoke_id, std::int64_t opcode);

// "universalFailure: operationalErrors 3" from a ReturnError (ECMA-285 error-definition).
std::string error_text(const ReturnError& error);
// "invoke problem 1 (duplicateInvocation)" etc.
std::string reject_text(const Reject& reject);

} // namespace kxcti::csta
