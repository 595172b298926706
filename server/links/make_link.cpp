#include "server/links/link_types.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace kxcti::server {

std::unique_ptr<Link> make_link(boost::asio::io_context& io, const LinkConfig& config,
                                LineHandler handler, const Clock& clock) {
    switch (config.type) {
    case LinkType::Serial: return make_serial_link(io, config, std::move(handler), clock);
    case LinkType::TcpClient: return make_tcp_client_link(io, config, std::move(handler), clock);
    case LinkType::Listen: return make_listen_link(io, config, std::move(handler), clock);
    }
    return make_tcp_client_link(io, config, std::move(handler), clock);
}

void enable_keepalive(int fd) {
    // Probe after a minute of silence, every 10 s, give up after 3 unanswered probes: a dead
    // PBX is noticed in about 90 s instead of the kernel's default two hours.
    constexpr int kIdleS = 60;
    constexpr int kIntervalS = 10;
    constexpr int kProbes = 3;
    int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
#ifdef TCP_KEEPIDLE
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &kIdleS, sizeof kIdleS);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &kIntervalS, sizeof kIntervalS);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &kProbes, sizeof kProbes);
#else
    (void)kIdleS; (void)kIntervalS; (void)kProbes;
#endif
}

} // namespace kxcti::server
