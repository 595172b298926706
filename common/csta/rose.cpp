#include "common/csta/rose.h"

#include "common/csta/ber_writer.h"

#include <array>

namespace kxcti::csta {
namespace {

RoseDecoded failed(std::string why) {
    RoseDecoded r;
    r.error = std::move(why);
    return r;
}

bool is_universal(const Tlv& t, std::uint32_t number) {
    return t.tag.cls == TagClass::Universal && t.tag.number == number;
}

// An operation or error code: local INTEGER, or a global OID (reported as -1).
std::optional<std::int64_t> read_code(const Tlv& t) {
    if (is_universal(t, univ::kOid)) return -1;
    if (!is_universal(t, univ::kInteger)) return std::nullopt;
    const auto v = read_integer(t);
    if (!v.ok) return std::nullopt;
    return v.value;
}

std::string where(const Tlv& t) { return " at offset " + std::to_string(t.offset); }

} // namespace

std::string operation_name(std::int64_t opcode) {
    const char* name = nullptr;
    switch (opcode) {
    case op::kMakeCall: name = "makeCall"; break;
    case op::kEventReport: name = "cSTAEventReport"; break;
    case op::kEscape: name = "escape"; break;
    case op::kPrivateEvent: name = "privateEvent"; break;
    case op::kMonitorStart: name = "monitorStart"; break;
    case op::kMonitorStop: name = "monitorStop"; break;
    case op::kSnapshotDevice: name = "snapshotDevice"; break;
    case op::kGetSwitchingFunctionDevices: name = "getSwitchingFunctionDevices"; break;
    case op::kSwitchingFunctionDevices: name = "switchingFunctionDevices"; break;
    case op::kSystemStatus: name = "systemStatus"; break;
    case op::kCdrReport: name = "cDRReport"; break;
    case op::kStartCdrTransmission: name = "startCDRTransmission"; break;
    default: return "operation " + std::to_string(opcode);
    }
    return std::string(name) + " (" + std::to_string(opcode) + ")";
}

RoseDecoded decode_rose(const Tlv& apdu) {
    if (apdu.tag.cls != TagClass::Context || !apdu.tag.constructed || apdu.tag.number < 1 || apdu.tag.number > 4)
        return failed(tag_text(apdu.tag) + where(apdu) + " is not a ROSE APDU ([1] to [4], constructed)");
    RoseDecoded out;
    Cursor c(apdu, 1);
    auto first = c.next();
    if (!first) return failed(c.failed() ? c.error() : "empty ROSE APDU" + where(apdu));

    switch (apdu.tag.number) {
    case 1: {
        out.pdu.kind = RoseKind::Invoke;
        auto& inv = out.pdu.invoke;
        const auto id = read_integer(*first);
        if (!is_universal(*first, univ::kInteger) || !id.ok) return failed("Invoke without an INTEGER invoke id" + where(*first));
        inv.invoke_id = id.value;
        auto next = c.next();
        if (next && next->tag == context(0, false)) {
            const auto linked = read_integer(*next);
            if (!linked.ok) return failed("Invoke: " + linked.error);
            inv.linked_id = linked.value;
            next = c.next();
        }
        if (!next) return failed(c.failed() ? c.error() : "Invoke without an operation code" + where(apdu));
        const auto code = read_code(*next);
        if (!code) return failed("Invoke: operation code" + where(*next) + " is neither INTEGER nor OID");
        inv.opcode = *code;
        inv.argument = c.next();
        break;
    }
    case 2: {
        out.pdu.kind = RoseKind::ReturnResult;
        auto& res = out.pdu.result;
        const auto id = read_integer(*first);
        if (!is_universal(*first, univ::kInteger) || !id.ok) return failed("ReturnResult without an INTEGER invoke id" + where(*first));
        res.invoke_id = id.value;
        if (auto seq = c.next()) {
            if (seq->tag != kSequenceTag) return failed("ReturnResult: " + tag_text(seq->tag) + where(*seq) + " where SEQUENCE {opcode, result} was expected");
            Cursor inner = c.enter(*seq);
            auto code_tlv = inner.next();
            if (!code_tlv) return failed("ReturnResult: empty result SEQUENCE" + where(*seq));
            const auto code = read_code(*code_tlv);
            if (!code) return failed("ReturnResult: operation code" + where(*code_tlv) + " is neither INTEGER nor OID");
            res.opcode = *code;
            res.result = inner.next();
            while (inner.next()) ++out.skipped;
            if (inner.failed()) return failed(inner.error());
        }
        break;
    }
    case 3: {
        out.pdu.kind = RoseKind::ReturnError;
        auto& err = out.pdu.error;
        const auto id = read_integer(*first);
        if (!is_universal(*first, univ::kInteger) || !id.ok) return failed("ReturnError without an INTEGER invoke id" + where(*first));
        err.invoke_id = id.value;
        auto code_tlv = c.next();
        if (!code_tlv) return failed(c.failed() ? c.error() : "ReturnError without an error code" + where(apdu));
        const auto code = read_code(*code_tlv);
        if (!code) return failed("ReturnError: error code" + where(*code_tlv) + " is neither INTEGER nor OID");
        err.error_code = *code;
        err.parameter = c.next();
        break;
    }
    case 4: {
        out.pdu.kind = RoseKind::Reject;
        auto& rej = out.pdu.reject;
        if (is_universal(*first, univ::kInteger)) {
            const auto id = read_integer(*first);
            if (!id.ok) return failed("Reject: " + id.error);
            rej.invoke_id = id.value;
        } else if (!is_universal(*first, univ::kNull)) {
            return failed("Reject: invoke id" + where(*first) + " is neither INTEGER nor NULL");
        }
        auto problem = c.next();
        if (!problem || problem->tag.cls != TagClass::Context || problem->tag.number > 3)
            return failed(c.failed() ? c.error() : "Reject without a problem [0]..[3]" + where(apdu));
        const auto v = read_integer(*problem);
        if (!v.ok) return failed("Reject: " + v.error);
        rej.problem_kind = static_cast<RejectProblem>(problem->tag.number);
        rej.problem = v.value;
        break;
    }
    }
    while (c.next()) ++out.skipped;
    if (c.failed()) return failed(c.error());
    out.ok = true;
    return out;
}

Bytes encode_invoke(std::int64_t invoke_id, std::int64_t opcode, ByteView argument) {
    Writer w;
    w.constructed(context(1, true), [&] {
        w.integer(invoke_id);
        w.integer(opcode);
        w.raw(argument);
    });
    return w.take();
}

Bytes encode_return_result(std::int64_t invoke_id, std::int64_t opcode, ByteView result) {
    Writer w;
    w.constructed(context(2, true), [&] {
        w.integer(invoke_id);
        w.constructed(kSequenceTag, [&] {
            w.integer(opcode);
            w.raw(result);
        });
    });
    return w.take();
}

Bytes encode_return_result_empty(std::int64_t invoke_id) {
    Writer w;
    w.constructed(context(2, true), [&] { w.integer(invoke_id); });
    return w.take();
}

Bytes encode_return_error(std::int64_t invoke_id, std::int64_t error_code, ByteView parameter) {
    Writer w;
    w.constructed(context(3, true), [&] {
        w.integer(invoke_id);
        w.integer(error_code);
        w.raw(parameter);
    });
    return w.take();
}

Bytes encode_reject(std::optional<std::int64_t> invoke_id, RejectProblem kind, std::int64_t problem) {
    Writer w;
    w.constructed(context(4, true), [&] {
        if (invoke_id) w.integer(*invoke_id);
        else w.null();
        w.integer(problem, context(static_cast<std::uint32_t>(kind), false));
    });
    return w.take();
}

Bytes encode_null_result(std::int64_t invoke_id, std::int64_t opcode) {
    Writer null;
    null.null();
    return encode_return_result(invoke_id, opcode, null.bytes());
}

std::string error_text(const ReturnError& error) {
    if (error.error_code != 1) return "error code " + std::to_string(error.error_code);
    static constexpr std::array<const char*, 8> kCategories = {
        "operation", "security", "stateIncompatibility", "systemResourceAvailability",
        "subscribedResourceAvailability", "performanceManagement", "privateData", "unspecified"};
    std::string text = "universalFailure";
    if (!error.parameter || error.parameter->tag.cls != TagClass::Context || error.parameter->tag.number >= kCategories.size())
        return text;
    const Tlv& p = *error.parameter;
    text += std::string(": ") + kCategories[p.tag.number];
    // ECMA-285 modules tag explicitly: [n] { ENUMERATED }; accept the implicit form as well.
    std::optional<Tlv> value = p;
    if (p.tag.constructed) value = Cursor(p, 1).next();
    if (value && !value->tag.constructed && !value->value.empty()) {
        const auto v = read_integer(*value);
        if (v.ok) {
            text += " " + std::to_string(v.value);
            // The values a monitor or discovery request meets on a real site.
            if (p.tag.number == 0 && v.value == 12) text += " (invalidDeviceID)";
            if (p.tag.number == 0 && v.value == 4) text += " (objectNotKnown)";
            if (p.tag.number == 0 && v.value == 50) text += " (serviceNotSupported)";
            if (p.tag.number == 0 && v.value == 62) text += " (invalidMonitorObject)";
            if (p.tag.number == 3 && v.value == 7) text += " (overallMonitorLimitExceeded)";
            if (p.tag.number == 4 && v.value == 2) text += " (objectMonitorLimitExceeded)";
            if (p.tag.number == 4 && v.value == 4) text += " (outstandingReqLimitExceeded)";
        }
    }
    return text;
}

std::string reject_text(const Reject& reject) {
    static constexpr std::array<const char*, 4> kKinds = {"general", "invoke", "returnResult", "returnError"};
    std::string text = std::string(kKinds[static_cast<std::size_t>(reject.problem_kind) & 3u]) + " problem " +
                       std::to_string(reject.problem);
    if (reject.problem_kind == RejectProblem::Invoke && reject.problem == 1) text += " (unrecognizedOperation)";
    if (reject.problem_kind == RejectProblem::Invoke && reject.problem == 2) text += " (mistypedArgument)";
    if (reject.problem_kind == RejectProblem::Invoke && reject.problem == 3) text += " (resourceLimitation)";
    if (reject.problem_kind == RejectProblem::General && reject.problem == 0) text += " (unrecognizedPDU)";
    if (reject.problem_kind == RejectProblem::General && reject.problem == 2) text += " (badlyStructuredPDU)";
    return text;
}

} // namespace kxcti::csta
