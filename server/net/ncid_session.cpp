#include "server/net/ncid_session.h"

#include "common/util/log.h"
#include "protocol/ncid.h"

namespace kxcti::server::net {
namespace {

SharedBytes text(const std::string& s) {
    const auto* p = reinterpret_cast<const std::byte*>(s.data());
    return std::make_shared<const Bytes>(p, p + s.size());
}

} // namespace

NcidSession::NcidSession(std::shared_ptr<NetCore> core, std::unique_ptr<Transport> transport, Strand strand,
                         Where where)
    : PeerSession(std::move(transport), std::move(strand), std::move(where), core->ncid.write_queue_bytes, core->hub,
                  core->ncid_limits),
      core_(std::move(core)) {}

void NcidSession::on_started() {
    hub().subscribe_ncid(shared_from_this(), protocol::ncid::banner(core_->offer.server_version));
}

SharedBytes NcidSession::goodbye_bytes(Farewell why, const std::string& reason) {
    // NCID's MSG: line is shown to the user by every NCID client.
    if (why == Farewell::TooSlow) return text("MSG: disconnected: this client did not read its calls fast enough\r\n");
    return text("MSG: server shutting down: " + reason + "\r\n");
}

std::span<std::byte> NcidSession::read_space() { return {buffer_.data(), buffer_.size()}; }

void NcidSession::on_received(std::size_t n) {
    for (std::size_t i = 0; i < n && !closing(); ++i) {
        const char c = static_cast<char>(buffer_[i]);
        if (c == '\n') {
            if (!line_.empty() && line_.back() == '\r') line_.pop_back();
            on_line(line_);
            line_.clear();
        } else if (line_.size() >= protocol::ncid::kMaxLineBytes) {
            log::warn("net", describe(), " sent a line over ", protocol::ncid::kMaxLineBytes, " bytes: not NCID");
            return finish(text("MSG: line too long; this server speaks NCID\r\n"), "line too long");
        } else {
            line_.push_back(c);
        }
    }
}

void NcidSession::on_line(std::string_view line) {
    if (!core_->ncid.accept_gateway || !where().loopback) return;
    auto r = protocol::ncid::parse_gateway_line(line);
    if (r.status == protocol::ncid::GatewayStatus::Malformed) {
        log::warn("net", describe(), ": gateway line ignored: ", r.error);
        return;
    }
    if (r.status != protocol::ncid::GatewayStatus::Call) return;
    auto core = core_;
    if (!core->live_lane.post([core, call = r.call] { core->feed.gateway_ring(call); }))
        log::warn("net", "a gateway ring was dropped: the live queue is full");
}

} // namespace kxcti::server::net
