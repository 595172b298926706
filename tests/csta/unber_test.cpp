// Cross-checks a few of our encodings against Debian's asn1c `unber` when it is installed: every
// element unber reports (offset, tag, header and value length) must be what our reader sees at
// that offset. Skipped, with a warning in the test output, when unber is absent.
#include "common/csta/acse.h"
#include "common/csta/event.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/services.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace kxcti::csta;

namespace {

std::string unber_tag(const Tag& t) {
    const std::string n = std::to_string(t.number);
    switch (t.cls) {
    case TagClass::Universal: return "[UNIVERSAL " + n + "]";
    case TagClass::Application: return "[APPLICATION " + n + "]";
    case TagClass::Context: return "[" + n + "]";
    case TagClass::Private: return "[PRIVATE " + n + "]";
    }
    return "?";
}

std::vector<std::pair<std::string, Bytes>> encodings() {
    std::vector<std::pair<std::string, Bytes>> out;
    out.emplace_back("AARQ", encode_aarq({}));
    AssociationSettings auth;
    auth.authenticate = true;
    auth.user = "cti";
    auth.password = "secret";
    out.emplace_back("AARQ with authentication", encode_aarq(auth));
    out.emplace_back("monitorStart", encode_invoke(120, op::kMonitorStart, encode_monitor_start_arg(dialing_number("101"))));
    std::vector<DiscoveredDevice> devices;
    for (int i = 0; i < 40; ++i) devices.push_back({device_number(i), std::to_string(100 + i), -1, 1});
    out.emplace_back("device list (long lengths)", encode_invoke(9, op::kEscape, encode_kme_device_list(1, true, devices)));
    Event e;
    e.type = EventType::Transferred;
    e.cross_ref = "ab";
    e.connection.call_id = "\x01\x02";
    e.connection.device = dialing_number("201");
    e.subject = dialing_number("201");
    e.other = dialing_number("202");
    for (int i = 0; i < 8; ++i) {
        ConnectionListEntry c;
        c.new_connection = e.connection;
        c.endpoint = dialing_number(std::to_string(300 + i));
        e.connections.push_back(c);
    }
    e.cause = cause::kTransfer;
    out.emplace_back("Transferred (over 255 bytes)", encode_event_invoke(77, e));
    return out;
}

} // namespace

TEST_CASE("our encodings read the same in asn1c's unber (when installed)") {
    const auto which = kxcti::test::run_program({"sh", "-c", "command -v unber"});
    if (which.status != 0) {
        WARN("unber (Debian package asn1c) is not installed: cross-check of " << encodings().size()
                                                                                << " encodings skipped");
        return;
    }
    kxcti::test::ScratchDir dir("kxcti-unber");
    const std::regex element(R"re(<[CP] O="(\d+)" T="([^"]+)" TL="(\d+)" V="(\d+)")re");
    for (const auto& [name, bytes] : encodings()) {
        INFO(name << ": " << hex(bytes));
        const auto path = dir / "pdu.ber";
        kxcti::test::write_all(path, std::string(bytes.begin(), bytes.end()));
        const auto r = kxcti::test::run_program({"unber", "-p", path.string()});
        REQUIRE(r.status == 0);
        std::size_t seen = 0;
        for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), element); it != std::sregex_iterator(); ++it) {
            const auto& m = *it;
            const std::size_t offset = std::stoul(m[1]);
            REQUIRE(offset < bytes.size());
            const auto t = read_tlv(ByteView(bytes).subspan(offset));
            REQUIRE(t.status == Status::Ok);
            REQUIRE(unber_tag(t.tlv.tag) == m[2].str());
            REQUIRE(t.tlv.header_bytes == std::stoul(m[3]));
            REQUIRE(t.tlv.value.size() == std::stoul(m[4]));
            ++seen;
        }
        REQUIRE(seen == check_structure(bytes).elements);
    }
}
