#include "server/daemon/client_front.h"

#include "common/util/log.h"
#include "server/daemon/demo_accounts.h"

#include <algorithm>

namespace kxcti::server {
namespace {

constexpr std::string_view kLog = "server";

LiveParser seeded_parser(const ServerConfig& config, bool demo) {
    storage::Connection db(config.db_path, /*read_only=*/false);
    // Before the services read the site: the demo's events then carry their group at once.
    if (demo && seed_demo_site(db))
        log::info(kLog, "demo: ICD group ", kDemoGroup, " with extensions 401-406 added to the empty site configuration");
    return LiveParser(db, config.smdr);
}

// The address a client on this machine uses for a listener bound to `address`.
std::string local_host(const std::string& address) {
    if (address == "0.0.0.0") return "127.0.0.1";
    if (address == "::") return "::1";
    return address;
}

} // namespace

ClientFront::ClientFront(const ServerConfig& config, const Clock& clock, bool demo)
    : config_(config), demo_(demo), services_(config.db_path, clock), parser_(seeded_parser(config, demo)),
      net_(io_, config.net, services_.services(), clock) {
    net_.set_site(services_.load_site());
}

ClientFront::~ClientFront() {
    stop("server stopping");
    wait();
}

void ClientFront::start() {
    // The accounts' connection is the login thread's once the server runs: read and write it before.
    std::vector<DemoAccount> made;
    if (demo_ && config_.net.clients.enabled) {
        try {
            made = create_demo_accounts(services_.accounts(), config_.data_dir);
        } catch (const std::exception& e) {
            log::error(kLog, "cannot create the demo's client accounts: ", e.what(),
                       " (add one with: kxcti-server user add NAME --role admin)");
        }
    }
    const bool accounts = !services_.accounts().list().empty();
    net_.start();
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxNetThreads);
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { io_.run(); });
    announce(made, accounts);
}

void ClientFront::announce(const std::vector<DemoAccount>& made, bool accounts) {
    const auto& clients = config_.net.clients;
    if (net_.ncid_port())
        log::info(kLog, "NCID feed: point NCID clients at ", local_host(config_.net.ncid.address), ":",
                  net_.ncid_port());
    if (!net_.local_port()) return;
    const std::string connect = "kxcti-cli watch --host " + local_host(clients.address) + " --port " +
                                std::to_string(net_.local_port()) + (config_.net.tls.enabled ? " --tls" : "");
    if (!made.empty()) {
        log::info(kLog, "demo client accounts (created because this demo database had none; also in ",
                  demo_accounts_file(config_.data_dir).string(), ", readable by you only):");
        for (const auto& a : made)
            log::info(kLog, "  user ", a.name, " (", a.role, ", ", a.scope, ") password ", a.password);
        log::info(kLog, "watch live events: ", connect, " --user demo-admin   (type the password, then Enter)");
        return;
    }
    if (demo_ && std::filesystem::exists(demo_accounts_file(config_.data_dir))) {
        log::info(kLog, "watch live events: ", connect, " --user demo-admin   (passwords in ",
                  demo_accounts_file(config_.data_dir).string(), ")");
        return;
    }
    if (!accounts)
        log::warn(kLog, "no client accounts yet: add one with kxcti-server user add NAME --role admin|supervisor|"
                        "operator (then: ", connect, " --user NAME)");
    else
        log::info(kLog, "watch live events: ", connect, " --user NAME   (accounts: kxcti-server user list)");
}

std::optional<smdr::Record> ClientFront::line(const ReceivedLine& line, bool publish) {
    auto record = parser_.record(line);
    if (record && publish) net_.publish_record(*record, line.received_at);
    return record;
}

void ClientFront::publish(live::LiveEvent event) { net_.publish(std::move(event)); }

void ClientFront::reload_site() {
    try {
        net_.set_site(services_.load_site());
    } catch (const std::exception& e) {
        log::warn(kLog, "cannot reload the site configuration for live events: ", e.what(),
                  " (check it with kxcti-server config list); the previous one stays in use");
    }
}

void ClientFront::stop(std::string reason) {
    std::call_once(stopped_, [&] { net_.stop(std::move(reason)); });
}

void ClientFront::wait() {
    for (auto& t : threads_)
        if (t.joinable()) t.join();
}

} // namespace kxcti::server
