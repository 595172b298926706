#include "protocol/handshake.h"

#include <algorithm>

namespace kxcti::protocol {
namespace {

std::string speaks(std::uint16_t min, std::uint16_t max) {
    return min == max ? "protocol " + std::to_string(min)
                      : "protocols " + std::to_string(min) + " to " + std::to_string(max);
}

Refused refuse(RefusalCode code, const ServerOffer& server, std::string text) {
    return Refused{code, server.versions.min, server.versions.max, std::move(text)};
}

std::optional<std::string> hello_fault(const Hello& h) {
    if (h.min_version == 0 || h.min_version > h.max_version)
        return "your client announced protocol versions " + std::to_string(h.min_version) +
               " to " + std::to_string(h.max_version) +
               ", which is not a valid range: the client is faulty; reinstall or update it";
    if (h.features.size() > kMaxHelloFeatures)
        return "your client announced " + std::to_string(h.features.size()) +
               " features; at most " + std::to_string(kMaxHelloFeatures) + " are allowed";
    if (h.client_version.size() > kMaxHelloNameBytes)
        return "your client's version string is " + std::to_string(h.client_version.size()) +
               " bytes long; at most " + std::to_string(kMaxHelloNameBytes) + " are allowed";
    for (std::size_t i = 0; i < h.features.size(); ++i)
        if (h.features[i].size() > kMaxHelloNameBytes)
            return "feature " + std::to_string(i) + " announced by your client is " +
                   std::to_string(h.features[i].size()) + " bytes long; at most " +
                   std::to_string(kMaxHelloNameBytes) + " are allowed";
    return std::nullopt;
}

bool listed(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

} // namespace

HelloReply negotiate(const Hello& hello, const ServerOffer& server) {
    if (auto fault = hello_fault(hello)) return refuse(RefusalCode::BadHello, server, *fault);

    const std::string server_says = "this server (" + server.server_version + ") speaks " +
                                    speaks(server.versions.min, server.versions.max) +
                                    "; your client (" + hello.client_version + ") speaks " +
                                    speaks(hello.min_version, hello.max_version);
    if (hello.max_version < server.versions.min)
        return refuse(RefusalCode::UpdateRequired, server, server_says + ": update the client");
    if (hello.min_version > server.versions.max)
        return refuse(RefusalCode::UpdateRequired, server, server_says + ": update the server");

    Welcome w;
    w.version = std::min(hello.max_version, server.versions.max);
    w.server_version = server.server_version;
    // The server's order, each name once: the answer does not depend on the client's order.
    for (const auto& f : server.features)
        if (listed(hello.features, f) && !listed(w.features, f)) w.features.push_back(f);
    return w;
}

Hello make_hello(ClientKind kind, std::string client_version, std::vector<std::string> features) {
    return Hello{kSupportedVersions.min, kSupportedVersions.max, kind, std::move(client_version),
                 std::move(features)};
}

std::optional<std::string> check_welcome(const Hello& sent, const Welcome& welcome) {
    if (welcome.version < sent.min_version || welcome.version > sent.max_version)
        return "the server chose protocol " + std::to_string(welcome.version) +
               ", but this client speaks " + speaks(sent.min_version, sent.max_version) +
               ": the server is faulty";
    for (const auto& f : welcome.features)
        if (!listed(sent.features, f))
            return "the server enabled feature \"" + f +
                   "\", which this client did not ask for: the server is faulty";
    return std::nullopt;
}

} // namespace kxcti::protocol
