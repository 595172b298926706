// The stored calls' encoding: every field of every call and leg comes back, unknowns stay
// unknown, and damaged bytes are refused rather than misread.
#include "records.h"

#include "common/calls/assembler.h"
#include "common/calls/call_codec.h"

#include <catch2/catch.hpp>

using namespace kxcti;
using test::Rec;

namespace {

const std::string kCosta = std::string(KXCTI_TEST_DATA_DIR) + "/calls/costa_pattern_b.txt";

std::vector<calls::Call> round_trip(const std::vector<calls::Call>& calls) {
    std::string bytes;
    calls::encode_calls(calls, bytes);
    return calls::decode_calls(bytes);
}

} // namespace

TEST_CASE("codec: the real capture's calls come back field for field") {
    const auto calls = calls::assemble(test::journal_from_file(kCosta));
    REQUIRE(calls.size() == 141);
    std::string bytes;
    calls::encode_calls(calls, bytes);
    CHECK(calls::decode_calls(bytes) == calls);
    CHECK(bytes.size() < calls.size() * 120);  // compact: about 100 bytes a call
}

TEST_CASE("codec: every kind of leg, event ids, flags, unknown and negative values") {
    auto calls = calls::assemble(test::journal({
        Rec("09:01", "402", "01", "<I>0399").cd("RC"),
        Rec("09:01", "402", "01", "<I>0399").cd("AN"),
        Rec("09:03", "402", "01", "<I>0399").ring(10).dur(80),
        Rec("10:00", "601", "02", "<D>5551000<I>0301").ring(12).dur(0),
        Rec("10:02", "402", "", "EXT403").dur(15),
        Rec("10:02", "402", "02", "<D>5551000<I>0301").ring(3).dur(90),
        Rec("10:04", "403", "02", "<D>5551000<I>0301").ring(0).dur(100),
        Rec("10:50", "205", "04", "<I>0309999999").ring(12).dur(40),
        Rec("10:50", "205", "05", "3351234567").dur(40).cd("FW"),
        Rec("11:00", "401", "01", "0303333333-").dur(60).cd("TR"),
        Rec("11:20", "402", "", "EXT403").dur(30),
        Rec("11:30", "601", "03", "<I>").dur(0),  // no Ring: unknown wait
        Rec("12:00", "601", "01", "<I>0311").ring(45).dur(0).cd("NA"),
        Rec("12:10", "401", "01", "<I>0312").ring(5).dur(11 * 3600 + 59 * 60 + 59),  // suspect
    }));
    REQUIRE(calls.size() >= 8);
    calls.front().legs.front().event_ids.push_back(calls.front().id - 5);  // ids before the call's own
    calls.back().wait_s = -3;
    CHECK(round_trip(calls) == calls);
    CHECK(round_trip({}).empty());
}

TEST_CASE("codec: damaged or foreign bytes are refused") {
    const auto calls = calls::assemble(test::journal_from_file(kCosta));
    std::string bytes;
    calls::encode_calls(calls, bytes);
    CHECK_THROWS_AS(calls::decode_calls(bytes.substr(0, bytes.size() / 2)), calls::CodecError);
    CHECK_THROWS_AS(calls::decode_calls(bytes + "x"), calls::CodecError);
    CHECK_THROWS_AS(calls::decode_calls(""), calls::CodecError);
    std::string other = bytes;
    other[1] = static_cast<char>(calls::kCallCodecVersion + 1);
    CHECK_THROWS_AS(calls::decode_calls(other), calls::CodecError);
}
