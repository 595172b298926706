#pragma once
// One NCID client (docs/protocol.md, "NCID feed"): on connect it gets the banner, the recent
// rings and "300 End of connection startup", then one CID line per ring. Read-only: what the
// client sends is read and dropped line by line (NCID clients send HELLO: lines), except that
// a loopback peer's gateway lines ("CALL: ...") become rings when [ncid] accept_gateway is on.
// A line longer than ncid::kMaxLineBytes ends the connection; so does falling behind by more
// than [ncid] write_queue_kb.
#include "server/net/net_core.h"
#include "server/net/peer_session.h"

#include <array>
#include <string>

namespace kxcti::server::net {

class NcidSession final : public PeerSession {
public:
    NcidSession(std::shared_ptr<NetCore> core, std::unique_ptr<Transport> transport, Strand strand, Where where);

private:
    void on_started() override;
    std::span<std::byte> read_space() override;
    void on_received(std::size_t n) override;
    void on_deadline() override {}
    SharedBytes goodbye_bytes(Farewell why, const std::string& reason) override;
    std::string describe() const override { return "NCID client " + where().peer; }
    void on_line(std::string_view line);

    std::shared_ptr<NetCore> core_;
    std::array<std::byte, 1024> buffer_{};
    std::string line_;
};

} // namespace kxcti::server::net
